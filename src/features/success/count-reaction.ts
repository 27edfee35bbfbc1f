// A reaction on a celebration post counts towards the success (shown in digests).
import type { InboundOf } from '../../core/inbound.ts';
import type { Reply } from '../../core/outbound.ts';
import type { Turn } from '../../bot/feature.ts';
import type { SuccessPorts } from './success-ports.ts';

export async function countReaction(turn: Turn<InboundOf<'reaction_added'>>, ports: SuccessPorts): Promise<Reply[] | null> {
  // Not a celebration post: leave the reaction to other features.
  return (await ports.countReaction(turn.inbound.messageRef)) ? [] : null;
}
