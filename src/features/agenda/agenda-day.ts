// The RRO agenda goes out on the first working day on or after the team's agenda
// weekday within its ISO week (Tuesday after Easter Monday stays Tuesday; a
// holiday Tuesday moves it to Wednesday) — but never before the week's reminder:
// when a holiday moves the check-in onto the agenda day, an agenda at 09:30 would
// show "0 van 6", so it waits for the next working day.
import { DateTime } from 'luxon';
import type { Team } from '../../core/register.ts';
import { dateOfIsoWeekday } from '../../domain/period-key.ts';
import { workingDaysInIsoWeek } from '../../domain/working-days.ts';

export type AgendaSchedule = Pick<Team, 'agendaWeekday' | 'agendaTime' | 'checkinWeekday' | 'reminderTime'>;

function firstWorkingDayFrom(periodKey: string, weekday: number, after = ''): string | undefined {
  const from = dateOfIsoWeekday(periodKey, weekday);
  return workingDaysInIsoWeek(periodKey).find((day) => day >= from && day > after);
}

/** The local date ('YYYY-MM-DD') of this week's agenda, or null when no working day is left for it. */
export function findAgendaDay(periodKey: string, team: AgendaSchedule): string | null {
  const nominal = firstWorkingDayFrom(periodKey, team.agendaWeekday);
  if (!nominal) return null;
  // An agenda set before the check-in weekday is the team's choice; only a moved round pushes it.
  const checkinDay = team.checkinWeekday <= team.agendaWeekday ? firstWorkingDayFrom(periodKey, team.checkinWeekday) : undefined;
  // 'HH:MM' times compare as text: the agenda may share the day only when it comes after the reminder.
  if (!checkinDay || nominal > checkinDay || (nominal === checkinDay && team.agendaTime >= team.reminderTime)) return nominal;
  return firstWorkingDayFrom(periodKey, team.agendaWeekday, checkinDay) ?? null;
}

export function isAgendaDay(localDate: string, team: AgendaSchedule): boolean {
  const periodKey = DateTime.fromISO(localDate, { zone: 'utc' }).toFormat("kkkk-'W'WW");
  return findAgendaDay(periodKey, team) === localDate;
}
