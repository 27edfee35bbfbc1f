// The monthly introductions of a team as a scheduled job: the first working day of
// the month at 10:00 in the team's timezone, once per month. The team's opt-in is
// checked when it runs, so switching it on needs no schedule reload.
import type { Team } from '../../core/register.ts';
import { instantAt, localDateOf } from '../../domain/period-key.ts';
import { isFirstWorkingDayOfMonth } from '../../domain/first-working-day.ts';
import type { ScheduledJob } from '../../core/scheduled-job.ts';

export const INTRODUCTION_TIME = '10:00';

export function buildIntroductionJob(team: Team, run: (teamId: string, monthKey: string, at: Date) => Promise<void>): ScheduledJob {
  const dateOf = (at: Date) => localDateOf(at, team.timezone);
  return {
    id: `introductions:${team.id}`,
    cron: '0 10 * * 1-5',
    timeZone: team.timezone,
    runKey: (at) => `introductions:${team.id}:${dateOf(at).slice(0, 7)}`,
    appliesTo: (at) => isFirstWorkingDayOfMonth(dateOf(at)),
    usefulUntil: (at) => instantAt(dateOf(at), '17:00', team.timezone),
    handler: (at) => run(team.id, dateOf(at).slice(0, 7), at),
  };
}
