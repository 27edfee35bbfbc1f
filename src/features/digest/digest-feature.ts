// The monthly management digest with figures: a scheduled job only. Its printable
// page lives on the dashboard and computes the same figures (computeDigestFigures).
import type { BotDeps, Feature } from '../../bot/feature.ts';
import { buildDigestJob, type DigestOptions } from './digest-job.ts';
import type { DigestPorts } from './digest-ports.ts';

export function createDigestFeature(ports: DigestPorts, deps: BotDeps, options: DigestOptions): Feature {
  return {
    name: 'digest',
    teamJobs: (team) => [buildDigestJob(team, ports, deps, options)],
  };
}
