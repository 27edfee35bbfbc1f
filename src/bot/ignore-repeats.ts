// Platforms resend what they think was not received (Slack after 3 s with
// X-Slack-Retry-Num, Teams on a slow answer) and people double-click: an Inbound
// whose envelope carries a delivery id seen before is answered with nothing.
// The receipt is written before the turn (so a retry arriving while the first
// is still busy is ignored too) and removed again when the turn fails outright,
// so the platform's next retry is processed. A turn that only answered form
// errors changed nothing, so its receipt goes too: the same values submitted
// again must show the errors again, not close the form.
import type { Inbound } from '../core/inbound.ts';
import type { Reply } from '../core/outbound.ts';
import type { InboundReceipts } from './feature.ts';

export function ignoreRepeats(receipts: InboundReceipts, handle: (raw: unknown) => Promise<Reply[]>) {
  return async function handleOnce(raw: unknown): Promise<Reply[]> {
    const envelope = (raw as Partial<Inbound> | null)?.envelope;
    const id = typeof envelope?.deliveryId === 'string' && envelope.deliveryId ? envelope.deliveryId : undefined;
    if (!id) return handle(raw);
    const key = `${String(envelope?.platform)}:${id}`.slice(0, 250);
    if (!(await receipts.firstTime(key))) return [];
    try {
      const replies = await handle(raw);
      if (replies.length > 0 && replies.every((r) => r.type === 'form_errors')) await receipts.forget(key).catch(() => undefined);
      return replies;
    } catch (err) {
      await receipts.forget(key).catch(() => undefined);
      throw err;
    }
  };
}
