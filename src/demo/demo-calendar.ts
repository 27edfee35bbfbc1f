// Dates of the demo, all relative to a given `now` on the Amsterdam wall clock:
// working-hour moments some days back, the Monday check-in starts, ISO week keys.
import { DateTime } from 'luxon';
import type { SeededRandom } from './seeded-random.ts';

export const DEMO_TIME_ZONE = 'Europe/Amsterdam';
const DAY_MS = 86_400_000;

function local(now: Date): DateTime {
  return DateTime.fromJSDate(now, { zone: DEMO_TIME_ZONE });
}

/**
 * A moment during office hours `daysAgo` days before `now` (at least 1). Weekends
 * move back to the Friday, so a moment is never younger than asked.
 */
export function pickWorkingMoment(now: Date, daysAgo: number, random: SeededRandom): Date {
  let day = local(now).minus({ days: Math.max(1, daysAgo) });
  if (day.weekday > 5) day = day.minus({ days: day.weekday - 5 });
  return day.set({ hour: random.int(8, 16), minute: random.pick([0, 10, 15, 30, 45]), second: 0, millisecond: 0 }).toJSDate();
}

/**
 * The `count` Monday 09:00 check-in starts before the week the live bot opens next,
 * newest first. That is the current ISO week while a (re)started bot still opens its
 * round (until Friday 17:00, as in checkin-schedule.ts), so a fresh playground posts it
 * for real; after that the current week is the demo's, or no round would ever hold it.
 */
export function listRecentCheckInStarts(now: Date, count: number): Date[] {
  const week = local(now).startOf('week');
  const liveOpensThisWeek = now < week.set({ weekday: 5, hour: 17 }).toJSDate();
  const monday = week.set({ hour: 9 }).minus({ weeks: liveOpensThisWeek ? 1 : 0 });
  return Array.from({ length: count }, (_, i) => monday.minus({ weeks: i }).toJSDate());
}

/** ISO week key such as '2026-W48' in Amsterdam time. */
export function formatWeekKey(instant: Date): string {
  return local(new Date(instant)).toFormat("kkkk-'W'WW");
}

/** The local calendar date as a UTC-midnight Date (what a Postgres DATE column holds). */
export function toLocalDate(instant: Date): Date {
  return new Date(`${local(instant).toISODate()}T00:00:00.000Z`);
}

/** Next week's Monday as a local date: "away until next week". */
export function findNextMonday(now: Date): Date {
  return toLocalDate(local(now).startOf('week').plus({ weeks: 1 }).toJSDate());
}

export function addDays(instant: Date, days: number): Date {
  return new Date(instant.getTime() + days * DAY_MS);
}

export function addHours(instant: Date, hours: number): Date {
  return new Date(instant.getTime() + hours * 3_600_000);
}

export function countDaysBetween(earlier: Date, later: Date): number {
  return (later.getTime() - earlier.getTime()) / DAY_MS;
}
