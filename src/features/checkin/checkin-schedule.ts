// When a team's check-in opens and its reminder goes out, as jobs-as-data. The
// round opens on the first working day of the ISO week on/after the team's
// check-in weekday (Easter Monday moves it to Tuesday); a week without one is skipped.
import type { Team } from '../../core/register.ts';
import { dateOfIsoWeekday, instantAt, localDateOf, periodKeyFor } from '../../domain/period-key.ts';
import { weekdayCronAt } from '../../domain/time-of-day.ts';
import { isWorkingDay } from '../../domain/working-days.ts';
import type { ScheduledJob } from '../../core/scheduled-job.ts';

/** The local date ('YYYY-MM-DD') the round of this week opens, or null when the week has no working day for it. */
export function findCheckinDay(periodKey: string, checkinWeekday: number): string | null {
  for (let weekday = checkinWeekday; weekday <= 5; weekday += 1) {
    const date = dateOfIsoWeekday(periodKey, weekday);
    if (isWorkingDay(date)) return date;
  }
  return null;
}

export interface CheckinRunners {
  openRound(team: Team, periodKey: string): Promise<void>;
  sendReminders(team: Team, periodKey: string): Promise<void>;
}

export function buildCheckinJobs(team: Team, run: CheckinRunners): ScheduledJob[] {
  const zone = team.timezone;
  const week = (at: Date) => periodKeyFor(at, zone);
  const isCheckinDay = (at: Date) => findCheckinDay(week(at), team.checkinWeekday) === localDateOf(at, zone);
  return [
    {
      id: `checkin:${team.id}`,
      cron: weekdayCronAt(team.checkinTime),
      timeZone: zone,
      runKey: (at) => `checkin:${team.id}:${week(at)}`,
      appliesTo: isCheckinDay,
      // A restart later in the week still opens this week's round.
      usefulUntil: (at) => instantAt(dateOfIsoWeekday(week(at), 5), '17:00', zone),
      handler: (at) => run.openRound(team, week(at)),
    },
    {
      id: `reminder:${team.id}`,
      cron: weekdayCronAt(team.reminderTime),
      timeZone: zone,
      runKey: (at) => `reminder:${team.id}:${week(at)}`,
      appliesTo: isCheckinDay,
      usefulUntil: (at) => instantAt(localDateOf(at, zone), '23:59', zone),
      handler: (at) => run.sendReminders(team, week(at)),
    },
  ];
}
