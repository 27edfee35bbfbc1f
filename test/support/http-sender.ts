// A PlatformSender (platform 'local') that POSTs each delivery to the HTTP
// stand-in platform and maps its answers like a real adapter does: 429 → rate
// limited (Retry-After seconds), other 4xx → permanent, 5xx/network → retry.
import type { OutboundDelivery } from '../../src/core/outbound.ts';
import { PermanentDeliveryError, RateLimitedError, type PlatformSender } from '../../src/core/platform-sender.ts';
import { renderPlainText } from '../../src/core/plain-text.ts';
import { z } from 'zod';

const ZSendAnswer = z.object({ ref: z.string().min(1) });

/** The stand-in's `to`, as the recording sender writes it. */
export function describeTarget(delivery: OutboundDelivery): string {
  if (delivery.type === 'update') return `update:${delivery.ofKey}`;
  const to = delivery.to;
  if (to.kind === 'person') return `person:${to.staffId}`;
  if (to.kind === 'channel') return `channel:${to.channelRef}`;
  return `thread:${to.channelRef}/${to.threadRef}`;
}

/**
 * The stand-in needs a key to spot duplicates, but a sender never sees the
 * outbox key; by default tests put the key in the message's `text`.
 */
export function createHttpSender(
  baseUrl: string,
  keyOf: (delivery: OutboundDelivery) => string = (d) => d.message.text,
): PlatformSender {
  return {
    platform: 'local',
    async deliver(delivery, context) {
      const body = JSON.stringify({ key: keyOf(delivery), to: describeTarget(delivery), text: renderPlainText(delivery.message) });
      const res = await fetch(`${baseUrl}/send`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, ...(context.signal ? { signal: context.signal } : {}) });
      if (res.status === 429) {
        await res.body?.cancel();
        const seconds = Number(res.headers.get('retry-after') ?? '1');
        throw new RateLimitedError((Number.isFinite(seconds) ? seconds : 1) * 1000);
      }
      if (res.status >= 400 && res.status < 500) {
        throw new PermanentDeliveryError(`platform weigert bericht (${res.status}): ${await res.text()}`);
      }
      if (!res.ok) throw new Error(`platform fout ${res.status}: ${await res.text()}`);
      return { ref: ZSendAnswer.parse(await res.json()).ref };
    },
  };
}
