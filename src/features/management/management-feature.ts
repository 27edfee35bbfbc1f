// Management sets the example: their own check-in at the organisation's cadence
// and nudges on their lapsed strategic relations. Jobs only; their answers go
// through the plan, contact-log and nudge features' buttons.
import type { BotDeps, Feature } from '../../bot/feature.ts';
import type { NudgePorts } from '../nudge/nudge-ports.ts';
import type { PlanPorts } from '../plan/plan-ports.ts';
import { buildManagementCheckinJob, sendManagementCheckins } from './management-checkin.ts';
import type { ManagementPorts } from './management-ports.ts';
import { buildManagementNudgeJob, sendManagementNudges } from './send-management-nudges.ts';

export function createManagementFeature(ports: ManagementPorts, plans: PlanPorts, nudges: NudgePorts, deps: BotDeps): Feature {
  return {
    name: 'management',
    // Every team offers the jobs; their run keys are per organisation, so each runs once.
    teamJobs: (team) => [
      buildManagementCheckinJob(team, (organisationId, at) => sendManagementCheckins(deps, ports, plans, organisationId, at)),
      buildManagementNudgeJob(team, (organisationId, at) => sendManagementNudges(deps, ports, nudges, organisationId, at)),
    ],
  };
}
