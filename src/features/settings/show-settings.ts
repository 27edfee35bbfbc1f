// "instellingen": the team's current settings with buttons that open a form per
// part. Only a lead of the team or an admin; others hear who can help them.
import type { Block } from '../../core/message.ts';
import type { Reply } from '../../core/outbound.ts';
import type { Team } from '../../core/register.ts';
import type { Turn } from '../../bot/feature.ts';
import { ephemeral } from '../../bot/ephemeral.ts';
import type { SettingsPorts } from './settings-ports.ts';

/** The team asked for, the actor's own team, or — for an admin in no team — the only team; 'ask' when several could be meant. */
export async function pickTeam(turn: Turn, ports: SettingsPorts, args: string): Promise<Team | 'ask' | null> {
  const teams = await ports.listTeams(turn.actor.organisation.id);
  const name = args.trim().toLowerCase();
  if (name !== '') return teams.find((t) => t.name.toLowerCase() === name) ?? null;
  const preferred = turn.actor.leadOfTeamIds[0] ?? turn.actor.teams[0]?.id;
  const own = teams.find((t) => t.id === preferred);
  if (own || turn.actor.staff.role !== 'admin') return own ?? null;
  // An admin in no team: never guess between teams (the settings shown would be an arbitrary team's).
  return teams.length === 1 ? teams[0]! : 'ask';
}

async function askWhichTeam(turn: Turn, ports: SettingsPorts, beheerUrl: string): Promise<Reply[]> {
  const teams = await ports.listTeams(turn.actor.organisation.id);
  if (teams.length === 0) return ephemeral(turn.t('beheer-org.settings_no_teams', { url: beheerUrl }));
  const names = teams.map((t) => t.name);
  return ephemeral(turn.t('beheer-org.settings_which_team', { example: names[0]!, teams: names.slice(0, 30).join(', '), url: beheerUrl }));
}

export function canConfigure(turn: Turn, teamId: string): boolean {
  return turn.actor.staff.role === 'admin' || turn.actor.leadOfTeamIds.includes(teamId);
}

export async function showSettings(turn: Turn, ports: SettingsPorts, args: string, beheerUrl: string): Promise<Reply[]> {
  const team = await pickTeam(turn, ports, args);
  if (team === 'ask') return askWhichTeam(turn, ports, beheerUrl);
  if (!team) return ephemeral(turn.t('settings.no_team', { name: args.trim() || '—' }));
  const members = await turn.deps.ports.staff.listTeamMembers(team.id);
  if (!canConfigure(turn, team.id)) {
    const admins = await turn.deps.ports.organisations.listAdmins(turn.actor.organisation.id);
    const who = [...members.filter((m) => m.isLead).map((m) => m.staff.name), ...admins.map((a) => a.name)];
    return ephemeral(turn.t('settings.refused', { team: team.name, who: [...new Set(who)].join(', ') || '—' }));
  }
  const day = (n: number) => turn.t(`settings.weekday.${n}`);
  const admin = turn.actor.staff.role === 'admin';
  const organisation = admin ? await ports.findOrganisationSettings(turn.actor.organisation.id) : null;
  const button = (part: string) => ({ type: 'button' as const, actionId: `settings.open_${part}`, label: turn.t(`settings.button_${part}`), value: team.id });
  const blocks: Block[] = [
    { type: 'header', text: turn.t('settings.title', { team: team.name }) },
    { type: 'fields', fields: [
      { label: turn.t('settings.label_checkin'), value: `${day(team.checkinWeekday)} ${team.checkinTime}` },
      { label: turn.t('settings.label_reminder'), value: team.reminderTime },
      { label: turn.t('settings.label_agenda'), value: `${day(team.agendaWeekday)} ${team.agendaTime}` },
      { label: turn.t('settings.label_nudges'), value: team.nudgesEnabled ? turn.t('settings.nudges_on', { time: team.nudgeTime }) : turn.t('settings.nudges_off') },
      { label: turn.t('settings.label_channel'), value: team.channelRef ?? '—' },
      { label: turn.t('settings.label_celebration'), value: team.celebrationChannelRef ?? '—' },
      { label: turn.t('settings.label_language'), value: turn.t(`settings.language.${team.language}`) },
      ...(organisation ? [
        { label: turn.t('settings.field_grace_days'), value: String(organisation.neverContactedGraceDays) },
        { label: turn.t('settings.field_cadence'), value: turn.t(`settings.cadence.${organisation.managementCheckinCadence}`) },
      ] : []),
    ] },
    { type: 'section', text: turn.t('settings.members', { names: members.map((m) => (m.isLead ? `${m.staff.name} (${turn.t('settings.lead_mark')})` : m.staff.name)).join(', ') || '—' }).slice(0, 3000) },
    { type: 'actions', elements: [
      button('schedule'), button('channels'), button('language'), button('members'), ...(admin ? [button('categories'), button('organisation')] : []),
      // The check-in feature's proefronde: this week's check-in for the lead alone.
      { type: 'button', actionId: 'checkin.trial', label: turn.t('settings.button_trial'), value: team.id },
    ] },
  ];
  return ephemeral(turn.t('settings.title', { team: team.name }), blocks);
}
