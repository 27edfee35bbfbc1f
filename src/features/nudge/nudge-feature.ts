// Nudges: a daily DM per person about lapsed partners, and the four answers to
// it (contact gelogd, ingepland, snooze, niet (meer) mijn partner).
import type { BotDeps, Feature } from '../../bot/feature.ts';
import { disownNudge } from './disown-nudge.ts';
import { buildNudgeJob } from './nudge-job.ts';
import type { HandoverPorts } from './handover-ports.ts';
import type { NudgePorts } from './nudge-ports.ts';
import { openNudgeLogForm } from './open-nudge-log-form.ts';
import { NUDGE_PLANNED_FORM_ID, openNudgePlanForm } from './open-nudge-plan-form.ts';
import { planNudgeContact } from './plan-nudge-contact.ts';
import { sendNudges } from './send-nudges.ts';
import { snoozeNudge } from './snooze-nudge.ts';

/** Jobs need the clock and translations outside a turn, hence deps. */
export function createNudgeFeature(ports: NudgePorts, deps: BotDeps, handover?: HandoverPorts): Feature {
  return {
    name: 'nudge',
    actions: {
      'nudge.logged': (turn) => openNudgeLogForm(turn, ports),
      'nudge.planned': (turn) => openNudgePlanForm(turn, ports),
      'nudge.snooze': (turn) => snoozeNudge(turn, ports),
      'nudge.not_mine': (turn) => disownNudge(turn, ports),
    },
    forms: { [NUDGE_PLANNED_FORM_ID]: (turn) => planNudgeContact(turn, ports) },
    teamJobs: (team) => (team.nudgesEnabled ? [buildNudgeJob(team, (teamId, at) => sendNudges(deps, ports, teamId, at, handover))] : []),
  };
}
