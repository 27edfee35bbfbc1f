// The RRO agenda goes out on the first working day on or after the team's agenda
// weekday within its ISO week (Tuesday after Easter Monday stays Tuesday; a
// holiday Tuesday moves it to Wednesday).
import { DateTime } from 'luxon';
import { dateOfIsoWeekday } from '../../domain/period-key.ts';
import { workingDaysInIsoWeek } from '../../domain/working-days.ts';

export function isAgendaDay(localDate: string, agendaWeekday: number): boolean {
  const periodKey = DateTime.fromISO(localDate, { zone: 'utc' }).toFormat("kkkk-'W'WW");
  const from = dateOfIsoWeekday(periodKey, agendaWeekday);
  return workingDaysInIsoWeek(periodKey).find((day) => day >= from) === localDate;
}
