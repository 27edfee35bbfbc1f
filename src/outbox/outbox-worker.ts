// Delivers the outbox: claims due rows, hands each to its platform's sender with
// bounded concurrency, honours rate limits (the whole platform lane waits for
// retry-after, then the same message goes again; it is not counted as failed),
// backs off on errors and dead-letters after maxAttempts or a permanent error.
import type { Clock } from '../core/clock.ts';
import { PermanentDeliveryError, RateLimitedError, type DeliveryContext, type PlatformSender } from '../core/platform-sender.ts';
import type { OutboxItem, OutboxStore } from '../store/outbox-store.ts';

export interface OutboxWorkerOptions {
  outbox: OutboxStore;
  /** Read at each delivery, so adapters may be added after the worker was created. */
  senders: readonly PlatformSender[];
  context: DeliveryContext;
  clock: Clock;
  log?: { warn(obj: object, msg: string): void; error(obj: object, msg: string): void };
  maxAttempts?: number;
  concurrency?: number;
  baseBackoffMs?: number;
  leaseMs?: number;
  /** Called after a post was delivered; used to remember where it landed (a round's thread…). */
  onDelivered?(delivery: OutboxItem['delivery'], ref: string): Promise<void>;
}

export interface DrainResult {
  sent: number;
  retried: number;
  dead: number;
  /** 429 answers waited out (not failures). */
  rateLimited: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function createOutboxWorker(opts: OutboxWorkerOptions) {
  const maxAttempts = opts.maxAttempts ?? 8;
  // 16 lanes keep a 1,000 msg/s platform busy over loopback-like latencies (bench:fanout).
  const concurrency = opts.concurrency ?? 16;
  const baseBackoff = opts.baseBackoffMs ?? 2_000;
  const lease = opts.leaseMs ?? 60_000;
  const pausedUntil = new Map<string, number>();
  let timer: NodeJS.Timeout | undefined;
  let draining: Promise<DrainResult> | undefined;
  let again = false;

  /** Waits while the platform lane is paused by a rate limit (real time: limits are). */
  async function waitForLane(platform: string): Promise<void> {
    for (;;) {
      const wait = (pausedUntil.get(platform) ?? 0) - Date.now();
      if (wait <= 0) return;
      await sleep(wait);
    }
  }

  async function deliverOne(item: OutboxItem, claimedAt: number, result: DrainResult): Promise<void> {
    const platform = item.delivery.platform;
    const sender = opts.senders.find((s) => s.platform === platform);
    if (!sender) {
      // No adapter for this platform in this process (yet): leave it pending.
      await opts.outbox.release(item.id, { error: `geen adapter voor ${platform}`, nextAttemptAt: new Date(opts.clock.now().getTime() + 60_000), failed: false });
      return;
    }
    for (;;) {
      await waitForLane(platform);
      // A claim that waited out half its lease goes back: another instance may
      // take it over once the lease ends, and two senders would mean a duplicate.
      if (Date.now() - claimedAt > lease / 2) {
        await opts.outbox.release(item.id, { error: 'lease bijna verlopen tijdens wachten op rate limit', nextAttemptAt: opts.clock.now(), failed: false });
        result.retried++;
        return;
      }
      let ref: string;
      try {
        ref = (await sender.deliver(item.delivery, opts.context)).ref;
      } catch (err) {
        if (err instanceof RateLimitedError) {
          // Not a failure: the whole lane waits retry-after, then this item goes again.
          pausedUntil.set(platform, Math.max(pausedUntil.get(platform) ?? 0, Date.now() + err.retryAfterMs));
          result.rateLimited++;
          continue;
        }
        await recordFailure(item, err, result);
        return;
      }
      await opts.outbox.markSent(item.id, ref, opts.clock.now());
      result.sent++;
      try {
        await opts.onDelivered?.(item.delivery, ref);
      } catch (err) {
        // The message is out; a failed bookkeeping step must not make it go twice.
        opts.log?.error({ key: item.idempotencyKey, err }, 'afgeleverd, maar vastleggen van de verwijzing mislukt');
      }
      return;
    }
  }

  async function recordFailure(item: OutboxItem, err: unknown, result: DrainResult): Promise<void> {
    const message = err instanceof Error ? err.message : String(err);
    if (err instanceof PermanentDeliveryError || item.attempts + 1 >= maxAttempts) {
      await opts.outbox.markDead(item.id, message);
      opts.log?.error({ key: item.idempotencyKey, attempts: item.attempts + 1 }, 'bericht definitief niet afgeleverd (dead letter)');
      result.dead++;
      return;
    }
    const backoff = Math.min(baseBackoff * 2 ** item.attempts, 15 * 60_000);
    await opts.outbox.release(item.id, { error: message, nextAttemptAt: new Date(opts.clock.now().getTime() + backoff), failed: true });
    opts.log?.warn({ key: item.idempotencyKey, attempt: item.attempts + 1, backoffMs: backoff }, 'afleveren mislukt; later opnieuw');
    result.retried++;
  }

  async function drainOnce(): Promise<DrainResult> {
    const result: DrainResult = { sent: 0, retried: 0, dead: 0, rateLimited: 0 };
    for (;;) {
      const batch = await opts.outbox.claimDue(opts.clock.now(), concurrency * 8, lease);
      if (batch.length === 0) return result;
      const claimedAt = Date.now();
      let next = 0;
      const lanes = Array.from({ length: Math.min(concurrency, batch.length) }, async () => {
        while (next < batch.length) await deliverOne(batch[next++]!, claimedAt, result);
      });
      await Promise.all(lanes);
      // Released rows are due again at once (no adapter, stale lease): stop rather than spin.
      if (result.retried > 0 && result.sent === 0) return result;
    }
  }

  /** Sends everything that is due now; concurrent calls share one drain. */
  function drain(): Promise<DrainResult> {
    if (draining) {
      again = true;
      return draining;
    }
    draining = (async () => {
      const total: DrainResult = { sent: 0, retried: 0, dead: 0, rateLimited: 0 };
      do {
        again = false;
        const r = await drainOnce();
        total.sent += r.sent;
        total.retried += r.retried;
        total.dead += r.dead;
        total.rateLimited += r.rateLimited;
      } while (again);
      return total;
    })().finally(() => {
      draining = undefined;
    });
    return draining;
  }

  return {
    drain,
    /** Wake the worker now (after an enqueue) instead of at the next poll. */
    kick(): void {
      void drain().catch((err: unknown) => opts.log?.error({ err }, 'outbox-worker fout'));
    },
    start(pollMs = 2_000): void {
      timer ??= setInterval(() => this.kick(), pollMs);
      timer.unref();
    },
    stop(): void {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
    idle(): Promise<unknown> {
      return draining ?? Promise.resolve();
    },
  };
}

export type OutboxWorker = ReturnType<typeof createOutboxWorker>;
