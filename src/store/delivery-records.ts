// Remembers where a delivered post landed when the core asked for it
// (delivery.recordAs): a round's root message becomes its thread, a success
// post its celebration message.
import type { OutboxDelivery } from '../core/outbound.ts';
import type { Prisma } from './generated/client.ts';

export function createDeliveryRecorder(client: Prisma.TransactionClient) {
  return async function recordDelivered(delivery: OutboxDelivery, ref: string): Promise<void> {
    if (delivery.type !== 'post' || !delivery.recordAs) return;
    const { kind, id } = delivery.recordAs;
    if (kind === 'round-thread') await client.checkInRound.update({ where: { id }, data: { threadRef: ref } });
    else await client.success.update({ where: { id }, data: { celebrationMessageRef: ref } });
  };
}
