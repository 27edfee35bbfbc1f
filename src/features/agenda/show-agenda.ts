// The agenda on demand ("overleg", "agenda", "rro"): for the team named in the
// arguments, else the first team the actor leads, else their own team. Leads of
// that team, managers and admins may see it.
import type { InboundOf } from '../../core/inbound.ts';
import type { Reply } from '../../core/outbound.ts';
import { DomainError } from '../../core/domain-error.ts';
import type { Team } from '../../core/register.ts';
import type { Turn } from '../../bot/feature.ts';
import { ephemeral } from '../../bot/ephemeral.ts';
import type { AgendaPorts } from './agenda-ports.ts';
import { buildAgenda } from './build-agenda.ts';
import { loadAgendaData } from './load-agenda-data.ts';

export async function showAgenda(turn: Turn<InboundOf<'command'>>, ports: AgendaPorts, args: string): Promise<Reply[]> {
  const { actor, deps } = turn;
  const team = await chooseTeam(turn, args.trim());
  const isLead = actor.leadOfTeamIds.includes(team.id);
  if (!isLead && actor.staff.role !== 'manager' && actor.staff.role !== 'admin') {
    const leads = (await deps.ports.staff.listTeamMembers(team.id)).filter((m) => m.isLead).map((m) => m.staff.name);
    throw new DomainError('agenda_not_allowed', 'De RRO-agenda is alleen voor de teamleider(s), managers en beheerders.', {
      promptKey: 'agenda.not_allowed', values: { team: team.name, leads: leads.join(', ') || '—' },
    });
  }
  const data = await loadAgendaData(deps, ports, team);
  const message = buildAgenda(turn.t, data, { showNames: isLead, language: actor.language, timeZone: actor.timeZone });
  return ephemeral(message);
}

async function chooseTeam(turn: Turn, name: string): Promise<Team> {
  const { actor, deps } = turn;
  if (name !== '') {
    const team = await deps.ports.staff.findTeamByName(actor.organisation.id, name);
    if (team) return team;
    throw new DomainError('agenda_unknown_team', `Team "${name}" ken ik niet.`, { promptKey: 'agenda.unknown_team', values: { name } });
  }
  const team = actor.teams.find((t) => actor.leadOfTeamIds.includes(t.id)) ?? actor.teams[0];
  if (team) return team;
  throw new DomainError('agenda_no_team', 'Je zit niet in een team; noem het team, bijvoorbeeld "overleg Geriatrie".', { promptKey: 'agenda.no_team' });
}
