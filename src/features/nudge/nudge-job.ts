// The daily nudge run of a team as a scheduled job: at the team's nudge time on
// Dutch working days, once per local date.
import type { Team } from '../../core/register.ts';
import { instantAt, localDateOf } from '../../domain/period-key.ts';
import { weekdayCronAt } from '../../domain/time-of-day.ts';
import { isWorkingDay } from '../../domain/working-days.ts';
import type { ScheduledJob } from '../../core/scheduled-job.ts';

export function buildNudgeJob(team: Team, run: (teamId: string, scheduledAt: Date) => Promise<void>): ScheduledJob {
  const dateOf = (at: Date) => localDateOf(at, team.timezone);
  return {
    id: `nudge:${team.id}`,
    cron: weekdayCronAt(team.nudgeTime),
    timeZone: team.timezone,
    runKey: (at) => `nudge:${team.id}:${dateOf(at)}`,
    appliesTo: (at) => isWorkingDay(dateOf(at)),
    usefulUntil: (at) => instantAt(dateOf(at), '23:59', team.timezone),
    handler: (at) => run(team.id, at),
  };
}
