// Whether a local date is the first working day of its month (weekends and Dutch
// public holidays skipped): the day of the monthly digest and management check-in.
import { DateTime } from 'luxon';
import { isWorkingDay } from './working-days.ts';

export function isFirstWorkingDayOfMonth(localDate: string): boolean {
  if (!isWorkingDay(localDate)) return false;
  for (let d = DateTime.fromISO(localDate).startOf('month'); d.toISODate()! < localDate; d = d.plus({ days: 1 })) {
    if (isWorkingDay(d.toISODate()!)) return false;
  }
  return true;
}
