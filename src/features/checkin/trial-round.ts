// "proefronde": a teamleider sees this week's check-in as their team will get it —
// the channel question and their own personal overview — as a note only they see.
// Nothing is written: no round, no answer, so it cannot count in the team's figures.
// The buttons are left out, since they would answer a round that does not exist.
import type { Block } from '../../core/message.ts';
import type { Reply } from '../../core/outbound.ts';
import type { Team } from '../../core/register.ts';
import type { Turn } from '../../bot/feature.ts';
import { ephemeral } from '../../bot/ephemeral.ts';
import { requireLeadOf } from '../../bot/require-role.ts';
import { periodKeyFor, weekNumberOf } from '../../domain/period-key.ts';
import type { CheckinPorts } from './checkin-ports.ts';
import { buildPersonalMessage } from './checkin-messages.ts';

export async function showTrialRound(turn: Turn, ports: CheckinPorts, teamId: string | null): Promise<Reply[]> {
  const team = await teamFor(turn, teamId);
  if (!team) return ephemeral(turn.t('trial.no_team'));
  requireLeadOf(turn, team.id);
  const { actor, deps } = turn;
  const now = deps.clock.now();
  const week = weekNumberOf(periodKeyFor(now, team.timezone));
  const rows = await deps.ports.lapse.assignmentStatuses({ organisationId: actor.organisation.id, teamId: team.id, now, timeZone: team.timezone });
  const latest = await ports.findLatestRound(team.id);
  const personal = buildPersonalMessage((key, values) => turn.t(key, values), {
    name: actor.staff.name, week, roundId: latest?.id ?? '00000000-0000-4000-8000-000000000000',
    partners: rows.filter((r) => r.staffId === actor.staff.id),
    commitments: latest ? await ports.listOpenCommitments(actor.staff.id, latest.id) : [],
    partnerNames: new Map(rows.map((r) => [r.partnerId, r.partnerName])),
    threadTeam: team.channelRef ? team.name : null,
    language: actor.language,
  });
  const blocks: Block[] = [
    { type: 'header', text: turn.t('trial.header', { week }) },
    { type: 'context', text: turn.t('trial.intro', { team: team.name }) },
    { type: 'section', text: turn.t('trial.channel_part', { question: turn.t('checkin.root_question') }) },
    { type: 'divider' },
    ...personal.blocks.filter((b) => b.type !== 'actions' && b.type !== 'header'),
    { type: 'context', text: turn.t('trial.outro') },
  ];
  return ephemeral(turn.t('trial.text', { week, team: team.name }), blocks);
}

/** The team on the button, else the first team the person leads (an admin: their first team). */
async function teamFor(turn: Turn, teamId: string | null): Promise<Team | null> {
  if (teamId) return turn.deps.ports.staff.findTeam(teamId).then((t) => (t && t.organisationId === turn.actor.organisation.id ? t : null));
  const led = turn.actor.teams.find((t) => turn.actor.leadOfTeamIds.includes(t.id));
  return led ?? (turn.actor.staff.role === 'admin' ? turn.actor.teams[0] ?? null : null);
}
