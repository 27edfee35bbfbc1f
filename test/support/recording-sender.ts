// A stand-in platform for core tests: records every delivery it is handed, can
// fail or rate-limit on demand. (Adapter tests use real HTTP stand-ins instead.)
import type { OutboundDelivery } from '../../src/core/outbound.ts';
import { RateLimitedError, type PlatformSender } from '../../src/core/platform-sender.ts';
import { renderPlainText } from '../../src/core/plain-text.ts';

export interface Recorded {
  ref: string;
  delivery: OutboundDelivery;
  /** 'person:<staffId>' | 'channel:<ref>' | 'thread:<channel>/<thread>' | 'update:<key>' */
  to: string;
  text: string;
}

export function createRecordingSender(platform: OutboundDelivery['platform'] = 'local') {
  const sent: Recorded[] = [];
  let failNext = 0;
  let rateLimitNext = 0;
  let seq = 0;
  const sender: PlatformSender = {
    platform,
    async deliver(delivery) {
      if (failNext > 0) {
        failNext--;
        throw new Error('platform onbereikbaar (test)');
      }
      if (rateLimitNext > 0) {
        rateLimitNext--;
        throw new RateLimitedError(50);
      }
      const ref = `msg-${++seq}`;
      const to =
        delivery.type === 'update'
          ? `update:${delivery.ofKey}`
          : delivery.to.kind === 'person'
            ? `person:${delivery.to.staffId}`
            : delivery.to.kind === 'channel'
              ? `channel:${delivery.to.channelRef}`
              : `thread:${delivery.to.channelRef}/${delivery.to.threadRef}`;
      sent.push({ ref, delivery, to, text: renderPlainText(delivery.message) });
      return { ref };
    },
  };
  return {
    sender,
    sent,
    failNextSends(n: number) {
      failNext = n;
    },
    rateLimitNextSends(n: number) {
      rateLimitNext = n;
    },
    to(target: string): Recorded[] {
      return sent.filter((s) => s.to === target);
    },
    clear() {
      sent.length = 0;
    },
  };
}
