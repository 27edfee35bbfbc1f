// The RRO agenda for the lead: weekly as a DM before the meeting, and on demand.
import type { BotDeps, Feature } from '../../bot/feature.ts';
import { buildAgendaJob } from './agenda-job.ts';
import type { AgendaPorts } from './agenda-ports.ts';
import { sendAgendas } from './send-agendas.ts';
import { showAgenda } from './show-agenda.ts';

/** Jobs need the clock and translations outside a turn, hence deps. */
export function createAgendaFeature(ports: AgendaPorts, deps: BotDeps): Feature {
  return {
    name: 'agenda',
    commands: { agenda: (turn, args) => showAgenda(turn, ports, args) },
    teamJobs: (team) => [buildAgendaJob(team, (teamId, periodKey) => sendAgendas(deps, ports, teamId, periodKey))],
  };
}
