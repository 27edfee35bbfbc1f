// Delivers the outbox: claims due rows, hands each to its platform's sender with
// bounded concurrency, honours rate limits (the whole platform lane waits for
// retry-after, then the same message goes again; it is not counted as failed),
// backs off on errors and dead-letters after maxAttempts or a permanent error.
// Faults: a send that does not answer within sendTimeoutMs is abandoned and
// retried later (its lane moves on); once the platform accepted a message its
// bookkeeping is retried until the database takes it (the claim stays ours while
// we beat); stop() ends within its deadline.
import { randomUUID } from 'node:crypto';
import type { Clock } from '../core/clock.ts';
import { PermanentDeliveryError, RateLimitedError, type DeliveryContext, type OutboxSender } from '../core/platform-sender.ts';
import type { ClaimAs, OutboxClaims, OutboxItem, WorkerInstances } from './outbox-worker-ports.ts';
import { messageOf as message, recordUntilDone, sendWithDeadline } from './outbox-send.ts';
import { scrubSecrets } from './scrub-secrets.ts';
import { createPlatformLanes } from './platform-lanes.ts';
import { createHeartbeat } from './worker-heartbeat.ts';

export interface OutboxWorkerOptions {
  outbox: OutboxClaims;
  /** Read at each delivery, so adapters may be added after the worker was created. */
  senders: readonly OutboxSender[];
  context: DeliveryContext;
  clock: Clock;
  log?: { warn(obj: object, msg: string): void; error(obj: object, msg: string): void };
  maxAttempts?: number;
  concurrency?: number;
  baseBackoffMs?: number;
  leaseMs?: number;
  /** A send with no answer after this long is abandoned and retried later (default 30 s). */
  sendTimeoutMs?: number;
  /** Heartbeats, so claims of a dead process are taken over; without it claims are never taken over. */
  instances?: WorkerInstances;
  instanceId?: string;
  heartbeatMs?: number;
  /** Longest pause between probes of a platform that answers 5xx to every message (default 2 s). */
  probeMaxMs?: number;
  /** Longest pause between retries of a database write after a send, e.g. markSent (default 2 s). */
  recordRetryMaxMs?: number;
  /** A holder silent this long is dead (default 3 s). */
  takeOverAfterMs?: number;
  /** Embedded database, one process: at start every other claim is a dead process's. */
  singleProcess?: boolean;
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
  const sendTimeout = opts.sendTimeoutMs ?? 30_000;
  const takeOverAfter = opts.takeOverAfterMs ?? 3_000;
  const instanceId = opts.instanceId ?? `outbox-${randomUUID()}`;
  const lanes = createPlatformLanes(opts.probeMaxMs);
  const inFlight = new Set<AbortController>();
  const instances = opts.instances;
  const heartbeat = instances
    ? createHeartbeat({
        beat: () => instances.beat(instanceId),
        everyMs: opts.heartbeatMs ?? 1_000,
        silentAfterMs: takeOverAfter,
        onBack: () => kick(),
        // A dead process's claims go out as soon as they may: not at the next poll, nor behind our own queue.
        onMayTakeOver: () => {
          takeOverDue = true;
          kick();
        },
        ...(opts.log ? { log: opts.log } : {}),
      })
    : null;
  let timer: NodeJS.Timeout | undefined;
  let draining: Promise<DrainResult> | undefined;
  let again = false;
  let stopping = false;
  /** Set when this instance may first take over silent holders' claims; the next take() claims them. */
  let takeOverDue = false;
  /** Bookkeeping retries end here (set by stop()). */
  let giveUpAt = Infinity;

  const claimAs = (): ClaimAs => ({ holder: instanceId, takeOverSilentForMs: heartbeat?.mayTakeOver() ? takeOverAfter : null });

  const record = (what: string, item: OutboxItem, write: () => Promise<void>) =>
    recordUntilDone(what, item.idempotencyKey, write, () => giveUpAt, opts.log, opts.recordRetryMaxMs);

  async function deliverOne(item: OutboxItem, claimedAt: number, result: DrainResult): Promise<void> {
    const platform = item.delivery.platform;
    const sender = opts.senders.find((s) => s.platform === platform);
    if (!sender) {
      // No adapter for this platform in this process (yet): leave it pending.
      await record('vrijgeven', item, () => opts.outbox.release(item.id, { error: `geen adapter voor ${platform}`, nextAttemptAt: new Date(opts.clock.now().getTime() + 60_000), failed: false }));
      return;
    }
    for (;;) {
      await lanes.wait(platform);
      // Without a heartbeat a claim is only as good as its lease: one that waited out half of it goes back.
      if (!heartbeat && Date.now() - claimedAt > lease / 2) {
        await record('vrijgeven', item, () => opts.outbox.release(item.id, { error: 'lease bijna verlopen tijdens wachten op rate limit', nextAttemptAt: opts.clock.now(), failed: false }));
        result.retried++;
        return;
      }
      let ref: string;
      try {
        ref = (await sendWithDeadline(sender, item, opts.context, sendTimeout, inFlight)).ref;
      } catch (err) {
        if (err instanceof RateLimitedError) {
          // Not a failure: the whole lane waits retry-after, then this item goes again.
          lanes.rateLimited(platform, err.retryAfterMs);
          result.rateLimited++;
          continue;
        }
        await recordFailure(item, err, result);
        return;
      }
      lanes.succeeded(platform);
      // The platform has it. Until the database agrees, the ref lives here and the claim stays ours.
      const scrubbed = scrubSecrets(item.delivery);
      if (!(await record(`afgeleverd (${ref})`, item, () => opts.outbox.markSent(item.id, ref, opts.clock.now(), scrubbed)))) return;
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
    if (err instanceof PermanentDeliveryError || item.attempts + 1 >= maxAttempts) {
      await record('dead letter', item, () => opts.outbox.markDead(item.id, message(err), scrubSecrets(item.delivery)));
      opts.log?.error({ key: item.idempotencyKey, attempts: item.attempts + 1 }, 'bericht definitief niet afgeleverd (dead letter)');
      result.dead++;
      return;
    }
    const platformDown = lanes.failed(item.delivery.platform, item.id);
    if (platformDown !== null) {
      // The platform is down, not this message: try again when the lane probes, without counting it.
      await record('opnieuw inplannen', item, () => opts.outbox.release(item.id, { error: message(err), nextAttemptAt: new Date(opts.clock.now().getTime() + platformDown), failed: false }));
      result.retried++;
      return;
    }
    const backoff = Math.min(baseBackoff * 2 ** item.attempts, 15 * 60_000);
    await record('opnieuw inplannen', item, () => opts.outbox.release(item.id, { error: message(err), nextAttemptAt: new Date(opts.clock.now().getTime() + backoff), failed: true }));
    opts.log?.warn({ key: item.idempotencyKey, attempt: item.attempts + 1, backoffMs: backoff }, 'afleveren mislukt; later opnieuw');
    result.retried++;
  }

  /** Lanes take claimed rows one by one and claim more when the queue runs dry, so one slow send holds up only its own lane. */
  async function drainOnce(): Promise<DrainResult> {
    const result: DrainResult = { sent: 0, retried: 0, dead: 0, rateLimited: 0 };
    const queue: { item: OutboxItem; claimedAt: number }[] = [];
    let exhausted = false;
    let claimError: unknown;
    let claiming: Promise<void> | undefined;
    /** `first`: a take-over claim (older rows, a dead process's) goes before what is queued. */
    const claimMore = async (first = false) => {
      try {
        const batch = await opts.outbox.claimDue(opts.clock.now(), concurrency * 8, lease, claimAs());
        const claimedAt = Date.now();
        const claimed = batch.map((item) => ({ item, claimedAt }));
        if (first) queue.unshift(...claimed);
        else queue.push(...claimed);
        // Released rows are due again at once (no adapter, stale lease): stop rather than spin.
        if ((batch.length === 0 && !first) || (result.retried > 0 && result.sent === 0)) exhausted = true;
      } catch (err) {
        claimError = err;
        exhausted = true;
      }
    };
    async function take() {
      for (;;) {
        if (stopping) return undefined;
        if (takeOverDue && !claiming && !exhausted) {
          takeOverDue = false;
          claiming = claimMore(true).finally(() => (claiming = undefined));
          await claiming;
        }
        const next = queue.shift();
        if (next || exhausted) return next;
        claiming ??= claimMore().finally(() => (claiming = undefined));
        await claiming;
      }
    }
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        for (let next = await take(); next; next = await take()) await deliverOne(next.item, next.claimedAt, result);
      }),
    );
    if (claimError && result.sent + result.retried + result.dead === 0) throw claimError;
    if (claimError) opts.log?.warn({ err: message(claimError) }, 'outbox: claimen mislukt; volgende ronde opnieuw');
    return result;
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
      } while (again && !stopping);
      return total;
    })().finally(() => {
      draining = undefined;
    });
    return draining;
  }

  function kick(): void {
    if (stopping) return;
    void drain().catch((err: unknown) => opts.log?.error({ err: message(err) }, 'outbox-worker fout'));
  }

  return {
    drain,
    instanceId,
    /** Wake the worker now (after an enqueue) instead of at the next poll. */
    kick,
    /** Polls the outbox; with `instances`, beats and frees a dead process's claims first. */
    async start(pollMs = 2_000): Promise<void> {
      stopping = false;
      giveUpAt = Infinity;
      if (opts.singleProcess) {
        try {
          const freed = await opts.outbox.releaseClaimsExcept(instanceId);
          if (freed > 0) opts.log?.warn({ freed }, 'outbox: claims van een vorig (gestopt) proces vrijgegeven');
        } catch (err) {
          opts.log?.error({ err: message(err) }, 'outbox: claims van een vorig proces vrijgeven mislukt');
        }
      }
      await instances?.forgetLongDead().catch(() => undefined);
      await heartbeat?.start();
      timer ??= setInterval(kick, pollMs);
      timer.unref();
    },
    /**
     * Stops taking new messages and waits for sends in flight, at most `deadlineMs`;
     * then abandons what still hangs (it is retried after a restart).
     */
    async stop(deadlineMs = 10_000): Promise<void> {
      if (timer) clearInterval(timer);
      timer = undefined;
      stopping = true;
      giveUpAt = Date.now() + deadlineMs;
      let deadline: NodeJS.Timeout | undefined;
      const inTime = await Promise.race([
        (draining ?? Promise.resolve()).then(() => true, () => true),
        new Promise<boolean>((r) => (deadline = setTimeout(() => r(false), Math.max(0, deadlineMs - 1_000)))),
      ]);
      clearTimeout(deadline);
      if (!inTime) {
        for (const abort of inFlight) abort.abort();
        await Promise.race([draining, sleep(1_000)]).catch(() => undefined);
      }
      heartbeat?.stop();
      await instances?.remove(instanceId).catch(() => undefined);
    },
    idle(): Promise<unknown> {
      return draining ?? Promise.resolve();
    },
  };
}

export type OutboxWorker = ReturnType<typeof createOutboxWorker>;
