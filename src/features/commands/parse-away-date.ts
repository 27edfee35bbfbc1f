// "afwezig tot …": understands 24-12, 24/12, 24-12-2026, 2026-12-24 and
// "24 december" / "24 dec" (Dutch or English month names). A day without a year
// means its next occurrence on or after today.
import { DateTime } from 'luxon';

const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, january: 1, feb: 2, februari: 2, february: 2, mrt: 3, maart: 3, mar: 3, march: 3,
  apr: 4, april: 4, mei: 5, may: 5, jun: 6, juni: 6, june: 6, jul: 7, juli: 7, july: 7,
  aug: 8, augustus: 8, august: 8, sep: 9, sept: 9, september: 9, okt: 10, oktober: 10, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

/** today is YYYY-MM-DD; returns YYYY-MM-DD or null when the text is no date. */
export function parseAwayDate(text: string, today: string): string | null {
  const s = text.trim().toLowerCase().replace(/^(tot|until|till)\s+/, '');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return dateOf(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{4}))?$/.exec(s);
  if (m) return m[3] ? dateOf(+m[3], +m[2]!, +m[1]!) : nextOccurrence(+m[1]!, +m[2]!, today);
  m = /^(\d{1,2})\s+([a-z]+)\.?(?:\s+(\d{4}))?$/.exec(s);
  const month = m ? MONTHS[m[2]!] : undefined;
  if (m && month) return m[3] ? dateOf(+m[3], month, +m[1]!) : nextOccurrence(+m[1]!, month, today);
  return null;
}

function dateOf(year: number, month: number, day: number): string | null {
  const d = DateTime.fromObject({ year, month, day });
  return d.isValid ? d.toISODate() : null;
}

function nextOccurrence(day: number, month: number, today: string): string | null {
  const year = Number(today.slice(0, 4));
  const thisYear = dateOf(year, month, day);
  if (thisYear && thisYear >= today) return thisYear;
  return dateOf(year + 1, month, day);
}
