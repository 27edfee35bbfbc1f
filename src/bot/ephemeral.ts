// The most common answer to a turn: one message only the person sees.
import type { Block, Message } from '../core/message.ts';
import type { Reply } from '../core/outbound.ts';

/** ephemeral('Opgeslagen.'), ephemeral(text, blocks) or ephemeral(message): one reply. */
export function ephemeral(text: string, blocks?: Block[]): Reply[];
export function ephemeral(message: Message): Reply[];
export function ephemeral(content: string | Message, blocks: Block[] = []): Reply[] {
  return [{ type: 'ephemeral', message: typeof content === 'string' ? { text: content, blocks } : content }];
}
