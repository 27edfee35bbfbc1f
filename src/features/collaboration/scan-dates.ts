// When a quick-scan round reminds and closes, and when a scheduled one is due.
// Reminder after 5 days, closed after 14: two working weeks to answer, one nudge halfway.
import { DateTime } from 'luxon';
import { instantAt } from '../../domain/period-key.ts';

export const REMIND_AFTER_DAYS = 5;
export const CLOSE_AFTER_DAYS = 14;

/**
 * Calendar days on the organisation's wall clock, not 24-hour blocks: a round opened at
 * 09:30 closes at 09:30 fourteen days later across a DST change too, so the 09:30 run of
 * that day closes it (and may open the next one) instead of the day after.
 */
export function roundDates(openedAt: Date, timeZone: string): { remindAt: Date; closesAt: Date } {
  const opened = DateTime.fromJSDate(openedAt, { zone: timeZone });
  return { remindAt: opened.plus({ days: REMIND_AFTER_DAYS }).toJSDate(), closesAt: opened.plus({ days: CLOSE_AFTER_DAYS }).toJSDate() };
}

/** First day (YYYY-MM-DD) of the scan period holding a local date: quarters start in Jan, Apr, Jul, Oct. */
export function scanPeriodStart(localDate: string, intervalMonths: number): string {
  const month = Number(localDate.slice(5, 7)) - 1;
  const start = month - (month % intervalMonths);
  return `${localDate.slice(0, 4)}-${String(start + 1).padStart(2, '0')}-01`;
}

/**
 * A scheduled round is due when the collaboration existed when the period began and
 * no round (scheduled or on demand) opened since. A new collaboration waits for the
 * next period; `quickscan <naam>` starts one at once.
 */
export function isScanDue(o: { localDate: string; timeZone: string; intervalMonths: number; createdAt: Date; lastOpenedAt: Date | null }): boolean {
  if (o.intervalMonths <= 0) return false;
  const periodStart = instantAt(scanPeriodStart(o.localDate, o.intervalMonths), '00:00', o.timeZone);
  return o.createdAt < periodStart && (o.lastOpenedAt === null || o.lastOpenedAt < periodStart);
}
