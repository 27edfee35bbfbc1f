// What the stand-in platform delivered since a mark, per target, each delivery
// labelled with the kind of its outbox key ('checkin-dm', 'nudge-dm', …), so a
// scenario can assert exactly which messages each person received.
import type { Recorded } from '../support/recording-sender.ts';
import type { BotHarness } from '../support/bot-harness.ts';

export interface Delivered extends Recorded {
  kind: string;
  /** The outbox key, e.g. 'quickscan:<roundId>:invite:<staffId>'; undefined for a direct reply. */
  key: string | undefined;
}

export async function readInbox(h: BotHarness, from: number): Promise<Delivered[]> {
  const sent = h.platform.sent.slice(from);
  const rows = await h.db.prisma.outbox.findMany({
    where: { deliveredRef: { in: sent.map((s) => s.ref) } },
    select: { idempotencyKey: true, deliveredRef: true },
  });
  const keyOf = new Map(rows.map((r) => [r.deliveredRef, r.idempotencyKey]));
  return sent.map((s) => {
    const key = keyOf.get(s.ref);
    return { ...s, key, kind: key?.split(':')[0] ?? 'unknown' };
  });
}

/** Kinds received by one target, sorted: ['agenda-dm', 'checkin-dm', …]. */
export function kindsFor(inbox: Delivered[], to: string): string[] {
  return inbox.filter((d) => d.to === to).map((d) => d.kind).sort();
}
