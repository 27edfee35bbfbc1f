// The first working day of a month (weekends and Dutch public holidays skipped): the day
// of the monthly digest, the management check-in and the introductions.
import { isWorkingDay } from './working-days.ts';

/** The month's first working day (YYYY-MM-DD) of a local date. */
export function firstWorkingDayOfMonth(localDate: string): string {
  let day = `${localDate.slice(0, 8)}01`;
  while (!isWorkingDay(day)) day = `${day.slice(0, 8)}${String(Number(day.slice(8)) + 1).padStart(2, '0')}`;
  return day;
}

export function isFirstWorkingDayOfMonth(localDate: string): boolean {
  return localDate === firstWorkingDayOfMonth(localDate);
}
