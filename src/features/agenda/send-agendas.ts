// The weekly RRO agenda: a DM to each lead of the team, in their own language.
// Nothing changes state, so the outbox entries stand on their own.
import { pickLanguage } from '../../core/i18n/translator.ts';
import type { BotDeps } from '../../bot/feature.ts';
import { findOrganisationPlatform } from '../nudge/organisation-platform.ts';
import type { AgendaPorts } from './agenda-ports.ts';
import { buildAgenda } from './build-agenda.ts';
import { loadAgendaData } from './load-agenda-data.ts';

export async function sendAgendas(deps: BotDeps, ports: AgendaPorts, teamId: string, periodKey: string): Promise<void> {
  const team = await deps.ports.staff.findTeam(teamId);
  if (!team) return;
  const leads = (await deps.ports.staff.listTeamMembers(team.id)).filter((m) => m.isLead).map((m) => m.staff);
  if (leads.length === 0) return;
  const data = await loadAgendaData(deps, ports, team);
  const platform = await findOrganisationPlatform(deps, team.organisationId);
  const entries = leads.map((lead) => {
    const language = pickLanguage(lead.language, team.language);
    const message = buildAgenda((key, values) => deps.t(language, key, values), data, {
      showNames: true, language, timeZone: lead.timezone ?? team.timezone,
    });
    return {
      key: `agenda-dm:${team.id}:${periodKey}:${lead.id}`,
      delivery: { type: 'post' as const, platform, to: { kind: 'person' as const, staffId: lead.id }, message },
    };
  });
  if ((await deps.ports.outbox.enqueue(entries)) > 0) deps.notifyOutbox();
}
