// The help card: what the bot is for and every sub-command, in the actor's
// language; leads and admins also see how to change their team's settings.
import type { Message } from '../../core/message.ts';
import type { Turn } from '../../bot/feature.ts';

const EVERYONE = ['partners', 'log', 'plan', 'away', 'back', 'success', 'answer', 'agenda', 'who', 'partner', 'profile', 'introductions'] as const;

export function buildHelpCard(turn: Turn): Message {
  const canConfigure = turn.actor.staff.role === 'admin' || turn.actor.leadOfTeamIds.length > 0;
  const items = [...EVERYONE, ...(canConfigure ? (['settings', 'trial'] as const) : [])].map((name) => ({
    text: turn.t(`help.command.${name}`),
  }));
  return {
    text: turn.t('help.title'),
    blocks: [
      { type: 'header', text: turn.t('help.title') },
      { type: 'section', text: turn.t('help.intro') },
      { type: 'list', items },
      { type: 'context', text: turn.t('help.footer') },
    ],
  };
}
