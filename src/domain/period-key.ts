// ISO week keys ('2026-W48') and local dates in a team's timezone. Everything goes
// through luxon so that DST changes and ISO week-years (2027-01-01 → 2026-W53) are right.
import { DateTime } from 'luxon';
import { z } from 'zod';

const PERIOD_KEY_PATTERN = /^(\d{4})-W(\d{2})$/;
const LOCAL_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** A period key such as '2026-W48' whose week exists in that ISO week-year. */
export const ZPeriodKey = z
  .string()
  .regex(PERIOD_KEY_PATTERN, { error: "periode moet de vorm 'JJJJ-Www' hebben, bijvoorbeeld '2026-W48'" })
  .refine((key) => weekStart(key).isValid, {
    error: "deze week bestaat niet in dat jaar (een jaar heeft 52 of 53 ISO-weken), bijvoorbeeld '2026-W48'",
  });
export type PeriodKey = z.infer<typeof ZPeriodKey>;

/** The ISO week key of an instant as seen on the wall clock in `timeZone`. */
export function periodKeyFor(instant: Date, timeZone: string): string {
  return formatPeriodKey(zoned(instant, timeZone));
}

export function previousPeriodKey(key: string): string {
  return formatPeriodKey(parsePeriodKey(key).minus({ weeks: 1 }));
}

export function nextPeriodKey(key: string): string {
  return formatPeriodKey(parsePeriodKey(key).plus({ weeks: 1 }));
}

/** The week number of a key: '2026-W48' → 48. */
export function weekNumberOf(key: string): number {
  return parsePeriodKey(key).weekNumber;
}

/** The calendar date ('YYYY-MM-DD') of an instant in `timeZone`. */
export function localDateOf(instant: Date, timeZone: string): string {
  return zoned(instant, timeZone).toISODate() as string;
}

/**
 * The instant at which the wall clock in `timeZone` shows `time` on `localDate`.
 * A time that does not exist (skipped by DST) moves forward, as luxon does.
 */
export function instantAt(localDate: string, time: string, timeZone: string): Date {
  if (!LOCAL_DATE_PATTERN.test(localDate)) {
    throw new Error(`Ongeldige datum '${localDate}': gebruik de vorm JJJJ-MM-DD, bijvoorbeeld 2026-11-23.`);
  }
  const clock = LOCAL_TIME_PATTERN.exec(time);
  if (!clock) throw new Error(`Ongeldige tijd '${time}': gebruik de vorm UU:MM, bijvoorbeeld 09:00.`);
  const local = DateTime.fromISO(localDate, { zone: timeZone }).set({
    hour: Number(clock[1]),
    minute: Number(clock[2]),
  });
  if (!local.isValid) throw new Error(`Ongeldige datum of tijdzone: ${localDate} ${time} ${timeZone} (${local.invalidExplanation}).`);
  return local.toJSDate();
}

/** The date ('YYYY-MM-DD') of ISO weekday 1 (Monday) … 7 (Sunday) in a week. */
export function dateOfIsoWeekday(periodKey: string, isoWeekday: number): string {
  if (!Number.isInteger(isoWeekday) || isoWeekday < 1 || isoWeekday > 7) {
    throw new Error(`Ongeldige weekdag ${isoWeekday}: gebruik 1 (maandag) tot en met 7 (zondag).`);
  }
  return parsePeriodKey(periodKey).set({ weekday: isoWeekday as 1 | 2 | 3 | 4 | 5 | 6 | 7 }).toISODate() as string;
}

function zoned(instant: Date, timeZone: string): DateTime {
  const local = DateTime.fromJSDate(instant, { zone: timeZone });
  if (!local.isValid) {
    throw new Error(`Onbekende tijdzone '${timeZone}': gebruik een IANA-naam zoals Europe/Amsterdam.`);
  }
  return local;
}

function formatPeriodKey(date: DateTime): string {
  return `${date.weekYear}-W${String(date.weekNumber).padStart(2, '0')}`;
}

/** Monday of the week, in UTC (week arithmetic needs no timezone). */
function weekStart(key: string): DateTime {
  const match = PERIOD_KEY_PATTERN.exec(key);
  if (!match) return DateTime.invalid('geen periodesleutel');
  const start = DateTime.fromObject(
    { weekYear: Number(match[1]), weekNumber: Number(match[2]), weekday: 1 },
    { zone: 'utc' },
  );
  // luxon rolls week 53 of a 52-week year over into the next year; reject that.
  return start.isValid && start.weekNumber === Number(match[2]) ? start : DateTime.invalid('week bestaat niet');
}

function parsePeriodKey(key: string): DateTime {
  const start = weekStart(key);
  if (!start.isValid) {
    throw new Error(`Ongeldige periode '${key}': gebruik de vorm JJJJ-Www met een bestaande week, bijvoorbeeld 2026-W48.`);
  }
  return start;
}
