// The first words to a new team member (or a workspace that just installed the bot).
import type { Reply } from '../../core/outbound.ts';
import type { Turn } from '../../bot/feature.ts';
import { ephemeral } from '../../bot/ephemeral.ts';

export async function welcome(turn: Turn): Promise<Reply[]> {
  return ephemeral(turn.t('commands.welcome_title', { name: turn.actor.staff.name }), [
    { type: 'header', text: turn.t('commands.welcome_title', { name: turn.actor.staff.name }) },
    { type: 'section', text: turn.t('commands.welcome_body') },
    { type: 'context', text: turn.t('commands.welcome_help') },
  ]);
}
