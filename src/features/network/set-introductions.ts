// `kennismaken aan|uit` (a lead for their team, an admin for their first team):
// the team's opt-in to monthly introductions. `kennismaken stop|weer` and the button
// under an introduction: the person's own opt-out.
import { z } from 'zod';
import type { Reply } from '../../core/outbound.ts';
import type { Turn } from '../../bot/feature.ts';
import { requireLeadOf } from '../../bot/require-role.ts';
import type { IntroductionStore } from './introduction-ports.ts';

const ZChoice = z.enum(['aan', 'on', 'uit', 'off', 'stop', 'weer', 'again']);

export async function setIntroductions(turn: Turn, store: IntroductionStore, args: string): Promise<Reply[]> {
  const choice = ZChoice.safeParse(args.trim().toLowerCase());
  if (!choice.success) return [note(turn.t('network.intro_usage'))];
  if (choice.data === 'stop' || choice.data === 'weer' || choice.data === 'again') return optOut(turn, store, choice.data === 'stop');
  const team = turn.actor.teams.find((t) => turn.actor.leadOfTeamIds.includes(t.id)) ?? (turn.actor.staff.role === 'admin' ? turn.actor.teams[0] : undefined);
  if (!team) return [note(turn.t('commands.forbidden_lead'))];
  requireLeadOf(turn, team.id);
  const enabled = choice.data === 'aan' || choice.data === 'on';
  await store.setTeamIntroductions(team.id, enabled);
  return [note(turn.t(enabled ? 'network.intro_team_on' : 'network.intro_team_off', { team: team.name }))];
}

export async function optOut(turn: Turn, store: IntroductionStore, out = true): Promise<Reply[]> {
  await store.setOptOut(turn.actor.staff.id, out);
  return [note(turn.t(out ? 'network.intro_opted_out' : 'network.intro_opted_in'))];
}

function note(text: string): Reply {
  return { type: 'ephemeral', message: { text, blocks: [] } };
}
