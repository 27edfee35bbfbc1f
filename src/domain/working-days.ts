// Dutch working days: Monday–Friday minus the public holidays that date-holidays marks
// as type 'public' for NL. That is Nieuwjaarsdag, Eerste en Tweede Paasdag, Koningsdag
// (26 April when the 27th is a Sunday), Hemelvaartsdag, Eerste en Tweede Pinksterdag and
// Eerste en Tweede Kerstdag. date-holidays marks Goede Vrijdag and Bevrijdingsdag as
// 'school', not 'public': most care CAOs give them off only sometimes (Bevrijdingsdag
// once every five years), so the bot treats them as working days.
import Holidays from 'date-holidays';
import { DateTime } from 'luxon';
import { dateOfIsoWeekday } from './period-key.ts';

export type HolidayLanguage = 'nl' | 'en';

interface HolidayNames {
  nl: string;
  en: string;
}

const LOCAL_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
// One Holidays instance per process: building one parses the country data.
let holidays: Holidays | undefined;
const holidaysByYear = new Map<number, Map<string, HolidayNames>>();

/** True on Monday–Friday unless it is a Dutch public holiday. */
export function isWorkingDay(localDate: string): boolean {
  const date = parseLocalDate(localDate);
  return date.weekday <= 5 && !publicHolidaysOf(date.year).has(localDate);
}

/** The name of the public holiday on that date, or null when there is none. */
export function holidayName(localDate: string, lang: HolidayLanguage = 'nl'): string | null {
  const date = parseLocalDate(localDate);
  return publicHolidaysOf(date.year).get(localDate)?.[lang] ?? null;
}

/** The first working day strictly after `localDate`. */
export function nextWorkingDay(localDate: string): string {
  let date = parseLocalDate(localDate);
  // Longest Dutch run without a working day is a few days; 14 guards against a bad table.
  for (let step = 0; step < 14; step += 1) {
    date = date.plus({ days: 1 });
    const candidate = date.toISODate() as string;
    if (isWorkingDay(candidate)) return candidate;
  }
  throw new Error(`Geen werkdag gevonden binnen twee weken na ${localDate}; controleer de feestdagentabel.`);
}

/** The working days ('YYYY-MM-DD') of an ISO week such as '2026-W18'. */
export function workingDaysInIsoWeek(periodKey: string): string[] {
  const days: string[] = [];
  for (let weekday = 1; weekday <= 5; weekday += 1) {
    const date = dateOfIsoWeekday(periodKey, weekday);
    if (isWorkingDay(date)) days.push(date);
  }
  return days;
}

function parseLocalDate(localDate: string): DateTime {
  const date = LOCAL_DATE_PATTERN.test(localDate) ? DateTime.fromISO(localDate, { zone: 'utc' }) : null;
  if (!date?.isValid) {
    throw new Error(`Ongeldige datum '${localDate}': gebruik de vorm JJJJ-MM-DD, bijvoorbeeld 2026-04-27.`);
  }
  return date;
}

// Keyed by the holiday's own local date string, so no timezone conversion is involved.
function publicHolidaysOf(year: number): Map<string, HolidayNames> {
  const cached = holidaysByYear.get(year);
  if (cached) return cached;
  holidays ??= new Holidays('NL');
  const names = new Map<string, HolidayNames>();
  for (const lang of ['nl', 'en'] as const) {
    for (const holiday of holidays.getHolidays(year, lang)) {
      if (holiday.type !== 'public') continue;
      const date = holiday.date.slice(0, 10);
      const entry = names.get(date) ?? { nl: holiday.name, en: holiday.name };
      entry[lang] = holiday.name;
      names.set(date, entry);
    }
  }
  holidaysByYear.set(year, names);
  return names;
}
