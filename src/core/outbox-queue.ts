// What a turn may do with the durable outbox: enqueue messages (a key that exists is
// skipped) and read the platform reference of a delivered one. The worker needs more
// (claim, settle) and takes the store itself; src/store/outbox-store.ts implements both.
import type { OutboundDelivery, OutboxDelivery } from './outbound.ts';

export interface OutboxQueue {
  /** Returns how many messages were new. */
  enqueue(items: { key: string; delivery: OutboxDelivery }[]): Promise<number>;
  deliveredRefOf(key: string): Promise<string | null>;
  /** The message a delivered row carried (to redraw it), or null when not delivered or purged. */
  deliveredMessageOf(key: string): Promise<OutboundDelivery | null>;
}
