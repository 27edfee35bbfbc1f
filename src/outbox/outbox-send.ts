// Two helpers of the outbox worker for faults: a send with a deadline (a hung
// platform call is abandoned, and aborted where the sender listens), and a
// database write retried until it works (bookkeeping after the platform has
// accepted a message must not be lost to a database outage).
import { PermanentDeliveryError, type DeliveryContext, type OutboxSender } from '../core/platform-sender.ts';
import type { OutboxDelivery } from '../core/outbound.ts';
import type { OutboxItem } from './outbox-worker-ports.ts';

export class SendTimeoutError extends Error {
  constructor(ms: number) {
    super(`platform gaf binnen ${ms} ms geen antwoord; later opnieuw`);
    this.name = 'SendTimeoutError';
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** `inFlight` holds the abort of every running send, so a shutdown can cut them off. */
export async function sendWithDeadline(
  sender: OutboxSender, item: OutboxItem, context: DeliveryContext, timeoutMs: number, inFlight: Set<AbortController>,
): Promise<{ ref: string }> {
  const abort = new AbortController();
  inFlight.add(abort);
  let timeout: NodeJS.Timeout | undefined;
  try {
    const sending = deliverBy(sender, item.delivery, { ...context, signal: abort.signal });
    sending.catch(() => undefined); // an abandoned send may still fail later
    const given = new Promise<never>((_, reject) => {
      timeout = setTimeout(() => reject(new SendTimeoutError(timeoutMs)), timeoutMs);
      abort.signal.addEventListener('abort', () => reject(new Error('verzenden afgebroken bij afsluiten')), { once: true });
    });
    return await Promise.race([sending, given]);
  } finally {
    clearTimeout(timeout);
    abort.abort();
    inFlight.delete(abort);
  }
}

export interface RecordLog {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** Retries `write` (100 ms doubling to `maxPauseMs`, default 2 s) until it works or `giveUpAt()` passes; false = given up. */
export async function recordUntilDone(
  what: string, key: string, write: () => Promise<void>, giveUpAt: () => number, log?: RecordLog, maxPauseMs = 2_000,
): Promise<boolean> {
  for (let pause = Math.min(100, maxPauseMs), warned = false; ; pause = Math.min(pause * 2, maxPauseMs)) {
    try {
      await write();
      return true;
    } catch (err) {
      if (Date.now() + pause > giveUpAt()) {
        log?.error({ key, err: messageOf(err) }, `${what}: niet vastgelegd voor het afsluiten`);
        return false;
      }
      if (!warned) log?.warn({ key, err: messageOf(err) }, `${what}: database weigert; blijft proberen`);
      warned = true;
      await sleep(pause);
    }
  }
}

/** E-mails go to the mail sender only, chat deliveries to their platform's sender only. */
function deliverBy(sender: OutboxSender, delivery: OutboxDelivery, context: DeliveryContext): Promise<{ ref: string }> {
  if (sender.platform === 'mail') {
    if (delivery.type !== 'mail') return Promise.reject(new PermanentDeliveryError(`geen e-mail: ${delivery.type}`));
    return sender.deliver(delivery, context);
  }
  if (delivery.type === 'mail') return Promise.reject(new PermanentDeliveryError(`e-mail bij ${sender.platform}`));
  return sender.deliver(delivery, context);
}
