// The weekly RRO agenda of a team as a scheduled job: at the team's agenda time
// on its agenda day, once per ISO week.
import type { Team } from '../../core/register.ts';
import { instantAt, localDateOf, periodKeyFor } from '../../domain/period-key.ts';
import { weekdayCronAt } from '../../domain/time-of-day.ts';
import type { ScheduledJob } from '../../core/scheduled-job.ts';
import { isAgendaDay } from './agenda-day.ts';

export function buildAgendaJob(team: Team, run: (teamId: string, periodKey: string) => Promise<void>): ScheduledJob {
  const dateOf = (at: Date) => localDateOf(at, team.timezone);
  return {
    id: `agenda:${team.id}`,
    cron: weekdayCronAt(team.agendaTime),
    timeZone: team.timezone,
    runKey: (at) => `agenda:${team.id}:${periodKeyFor(at, team.timezone)}`,
    appliesTo: (at) => isAgendaDay(dateOf(at), team),
    usefulUntil: (at) => instantAt(dateOf(at), '23:59', team.timezone),
    handler: (at) => run(team.id, periodKeyFor(at, team.timezone)),
  };
}
