// Coverage history: freezes each finished week of the dashboard's coverage trend.
// No commands; one scheduled job per organisation.
import type { Feature } from '../../bot/feature.ts';
import type { CoverageHistoryPorts } from './coverage-history-ports.ts';
import { buildCoverageSnapshotJob } from './coverage-snapshot-job.ts';

export function createCoverageHistoryFeature(ports: CoverageHistoryPorts): Feature {
  return {
    name: 'coverage-history',
    teamJobs: (team) => [buildCoverageSnapshotJob(team, ports)],
  };
}
