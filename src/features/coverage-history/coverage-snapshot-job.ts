// Every Monday at 00:30 the week that just ended is frozen for the dashboard's trend
// (which partners existed, which were on time). The same run backfills every missing
// week of the last half year, so a fresh install or a stopped week catches up by itself.
//
// Every team of an organisation offers the same job (id coverage-weeks:<organisationId>);
// the run key per finished week is claimed once, however many teams there are.
import { DateTime } from 'luxon';
import type { Team } from '../../core/register.ts';
import type { ScheduledJob } from '../../core/scheduled-job.ts';
import { listFinishedWeekEnds } from '../../domain/trend-weeks.ts';
import type { CoverageHistoryPorts } from './coverage-history-ports.ts';

/** As many weeks as the dashboard's trend shows. */
export const FROZEN_WEEKS = 26;

export function buildCoverageSnapshotJob(team: Team, ports: CoverageHistoryPorts): ScheduledJob {
  const zone = team.timezone;
  const finishedWeek = (at: Date) => DateTime.fromJSDate(at, { zone }).minus({ weeks: 1 });
  return {
    id: `coverage-weeks:${team.organisationId}`,
    cron: '30 0 * * 1',
    timeZone: zone,
    runKey: (at) => {
      const w = finishedWeek(at);
      return `coverage-weeks:${team.organisationId}:${w.weekYear}-W${String(w.weekNumber).padStart(2, '0')}`;
    },
    // A late run still freezes the right weeks: each is computed as of its own end.
    usefulUntil: (at) => DateTime.fromJSDate(at, { zone }).plus({ days: 7 }).toJSDate(),
    handler: async (at) => {
      await ports.recordFinishedWeeks(team.organisationId, zone, listFinishedWeekEnds(at, zone, FROZEN_WEEKS));
    },
  };
}
