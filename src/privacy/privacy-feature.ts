// Privacy as a bot feature: for now only the daily retention job per organisation.
// Inzage and verwijderen are admin tasks (command line, dashboard beheer page).
import type { BotDeps, Feature } from '../bot/feature.ts';
import { buildRetentionJob } from './retention-job.ts';
import type { RetentionPorts } from './retention-policy.ts';

export function createPrivacyFeature(ports: RetentionPorts, deps: BotDeps): Feature {
  return {
    name: 'privacy',
    teamJobs: (team) => [buildRetentionJob(team, ports, deps)],
  };
}
