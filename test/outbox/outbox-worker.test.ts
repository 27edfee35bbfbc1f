// The outbox worker against the real store on both databases and a stand-in
// platform over real HTTP: idempotent enqueue, back-off, dead letters, rate
// limits, an outage, and two workers draining one PostgreSQL.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createManualClock, type ManualClock } from '../../src/core/clock.ts';
import type { OutboundDelivery } from '../../src/core/outbound.ts';
import { PermanentDeliveryError, RateLimitedError, type PlatformSender } from '../../src/core/platform-sender.ts';
import { createOutboxWorker } from '../../src/outbox/outbox-worker.ts';
import type { Database } from '../../src/store/database.ts';
import { createOutboxStore, type OutboxStore } from '../../src/store/outbox-store.ts';
import { startHttpPlatformStandIn, type HttpPlatformStandIn } from '../support/http-platform-stand-in.ts';
import { createHttpSender } from '../support/http-sender.ts';
import { openTestDatabase, testDbKinds } from '../support/test-database.ts';

const START = new Date('2026-11-23T08:00:00Z');
const context = { identityOf: async () => null, conversationRefOf: async () => null, deliveredRefOf: async () => null };

/** A channel post whose text is its key, so the stand-in can spot duplicates. */
function post(key: string): { key: string; delivery: OutboundDelivery } {
  return { key, delivery: { type: 'post', platform: 'local', to: { kind: 'channel', channelRef: 'C-team' }, message: { text: key, blocks: [] } } };
}

function keys(n: number, prefix = 'checkin-dm:r1'): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}:${i}`);
}

describe.each(testDbKinds())('outbox worker (%s)', (kind) => {
  let db: Database;
  let outbox: OutboxStore;
  let clock: ManualClock;
  let platform: HttpPlatformStandIn;

  function worker(options: { sender?: PlatformSender; maxAttempts?: number; concurrency?: number } = {}) {
    return createOutboxWorker({
      outbox,
      senders: [options.sender ?? createHttpSender(platform.url)],
      context,
      clock,
      baseBackoffMs: 1_000,
      // A platform that is down is probed in real time; keep that short here.
      probeMaxMs: 10,
      maxAttempts: options.maxAttempts ?? 8,
      concurrency: options.concurrency ?? 4,
    });
  }

  async function row(key: string) {
    return db.prisma.outbox.findUniqueOrThrow({ where: { idempotencyKey: key } });
  }

  beforeEach(async () => {
    db = await openTestDatabase(kind);
    outbox = createOutboxStore(db.prisma);
    clock = createManualClock(START);
    platform = await startHttpPlatformStandIn();
  });

  afterEach(async () => {
    await platform.close();
    await db.close();
  });

  it('enqueues a key once, delivers it once and marks it sent with the platform ref', async () => {
    expect(await outbox.enqueue([post('k:1')])).toBe(1);
    expect(await db.prisma.$transaction((tx) => createOutboxStore(tx).enqueue([post('k:1'), post('k:2')]))).toBe(1);
    const w = worker();
    expect(await w.drain()).toMatchObject({ sent: 2, dead: 0 });
    expect(await w.drain()).toMatchObject({ sent: 0 });
    expect(platform.received.map((r) => r.key).sort()).toEqual(['k:1', 'k:2']);
    const sent = await row('k:1');
    expect(sent).toMatchObject({ status: 'sent', attempts: 0, lockedUntil: null });
    expect(sent.deliveredRef).toBe(platform.received.find((r) => r.key === 'k:1')!.ref);
    expect(await outbox.deliveredRefOf('k:1')).toBe(sent.deliveredRef);
  });

  it('backs off after failures and retries once the clock passes the next attempt', async () => {
    await outbox.enqueue([post('k:1')]);
    platform.failNextRequests(2);
    const w = worker();
    expect(await w.drain()).toMatchObject({ sent: 0, retried: 1 });
    const first = await row('k:1');
    expect(first).toMatchObject({ status: 'pending', attempts: 1 });
    expect(first.lastError).toContain('500');
    expect(first.nextAttemptAt.getTime() - START.getTime()).toBe(1_000);

    expect(await w.drain()).toMatchObject({ sent: 0, retried: 0 }); // not due yet
    clock.advance(1_000);
    await w.drain();
    const second = await row('k:1');
    expect(second.attempts).toBe(2);
    expect(second.nextAttemptAt.getTime() - clock.now().getTime()).toBe(2_000); // doubled

    clock.advance(2_000);
    expect(await w.drain()).toMatchObject({ sent: 1 });
    expect(await row('k:1')).toMatchObject({ status: 'sent', lastError: null });
    expect(platform.received).toHaveLength(1);
  });

  it('dead-letters after maxAttempts, lists it, and an admin can requeue it', async () => {
    await outbox.enqueue([post('k:dead')]);
    platform.failNextRequests(3);
    const w = worker({ maxAttempts: 3 });
    for (let i = 0; i < 3; i++) {
      await w.drain();
      clock.advance(60_000);
    }
    const dead = await row('k:dead');
    expect(dead).toMatchObject({ status: 'dead', attempts: 3 });
    expect(dead.lastError).toContain('500');
    const listed = await outbox.listDead();
    expect(listed.map((d) => d.idempotencyKey)).toEqual(['k:dead']);
    expect(await w.drain()).toMatchObject({ sent: 0 }); // dead stays dead

    expect(await outbox.requeue(dead.id, clock.now())).toBe(true);
    expect(await outbox.requeue(dead.id, clock.now())).toBe(false); // no longer dead
    expect(await w.drain()).toMatchObject({ sent: 1 });
    expect(await outbox.countByStatus()).toEqual({ pending: 0, sent: 1, dead: 0 });
  });

  it('dead-letters a permanent error at once', async () => {
    await outbox.enqueue([post('k:gone')]);
    const refusing: PlatformSender = {
      platform: 'local',
      deliver: async () => {
        throw new PermanentDeliveryError('channel_not_found');
      },
    };
    expect(await worker({ sender: refusing }).drain()).toMatchObject({ dead: 1 });
    expect(await row('k:gone')).toMatchObject({ status: 'dead', attempts: 1, lastError: 'channel_not_found' });
  });

  it('a 4xx answer of the HTTP platform is permanent too', async () => {
    await outbox.enqueue([{ key: 'k:bad', delivery: { ...post('k:bad').delivery, message: { text: ' ', blocks: [] } } }]);
    // The stand-in refuses an empty key with 400.
    const sender = createHttpSender(platform.url, () => '');
    expect(await worker({ sender }).drain()).toMatchObject({ dead: 1 });
    expect((await row('k:bad')).lastError).toContain('400');
  });

  it('honours Retry-After in a 429 storm without counting failures', async () => {
    // 3 per 200 ms window, Retry-After in whole windows: the storm of 3/s, five times faster. A shorter
    // window lets a slow machine's lanes trickle in under the limit, and then no 429 comes at all.
    platform.setRate(3, 200);
    await outbox.enqueue(keys(9).map((k) => post(k)));
    // Every send that starts while a Retry-After the worker already got is still running.
    const http = createHttpSender(platform.url);
    const limits: { at: number; ms: number }[] = [];
    const early: number[] = [];
    const sender: PlatformSender = {
      platform: 'local',
      async deliver(delivery, ctx) {
        const at = Date.now();
        if (limits.some((l) => at >= l.at && at < l.at + l.ms)) early.push(at);
        try {
          return await http.deliver(delivery, ctx);
        } catch (err) {
          if (err instanceof RateLimitedError) limits.push({ at: Date.now(), ms: err.retryAfterMs });
          throw err;
        }
      },
    };
    const started = Date.now();
    const result = await worker({ sender }).drain();
    const took = Date.now() - started;
    expect(result).toMatchObject({ sent: 9, dead: 0, retried: 0 });
    expect(result.rateLimited).toBeGreaterThan(0);
    // 3 at once, then twice a pause of (at least) one whole window.
    expect(took).toBeGreaterThanOrEqual(380);
    // Honouring Retry-After means a handful of 429s, not a hammering loop: the whole lane waits
    // (on a slow machine a short window lets a hammering loop stay under this count, not the check above it).
    expect(early).toEqual([]);
    expect(platform.rateLimited).toBeLessThanOrEqual(3 * 4);
    const rows = await db.prisma.outbox.findMany();
    expect(rows.every((r) => r.status === 'sent' && r.attempts === 0)).toBe(true);
    expect(platform.duplicates()).toEqual([]);
  });

  it('loses nothing and duplicates nothing when the platform is down for a while', async () => {
    const all = keys(40);
    await outbox.enqueue(all.map((k) => post(k)));
    platform.failNextRequests(25);
    const w = worker();
    for (let i = 0; i < 10 && (await outbox.countByStatus()).pending > 0; i++) {
      await w.drain();
      clock.advance(10 * 60_000);
    }
    expect(await outbox.countByStatus()).toEqual({ pending: 0, sent: 40, dead: 0 });
    expect(platform.received.map((r) => r.key).sort()).toEqual([...all].sort());
    expect(platform.duplicates()).toEqual([]);
    expect(platform.failed).toBe(25);
  });

  it('a platform answering 5xx to everything for a while dead-letters nothing: the outage is not the messages\' fault', async () => {
    const all = keys(10, 'outage');
    await outbox.enqueue(all.map((k) => post(k)));
    platform.failNextRequests(60);
    // Three attempts would dead-letter every message if outage failures counted.
    const w = worker({ maxAttempts: 3 });
    for (let i = 0; i < 100 && (await outbox.countByStatus()).pending > 0; i++) {
      await w.drain();
      clock.advance(1_000);
    }
    expect(platform.failed).toBe(60);
    expect(await outbox.countByStatus()).toEqual({ pending: 0, sent: 10, dead: 0 });
    expect(platform.duplicates()).toEqual([]);
  });

  it.runIf(kind === 'postgres')('two workers on two connections send each of 500 messages exactly once', async () => {
    const all = keys(500, 'fanout:r2');
    await db.prisma.$transaction((tx) => createOutboxStore(tx).enqueue(all.map((k) => post(k))));
    // A second instance: its own pool on the same database.
    const { openDatabase } = await import('../../src/store/database.ts');
    const url = await db.prisma.$queryRawUnsafe<{ db: string }[]>('SELECT current_database() AS db');
    const other = await openDatabase({ url: withDatabase(process.env.TEST_DATABASE_URL!, url[0]!.db), poolSize: 4 });
    try {
      const second = createOutboxWorker({ outbox: createOutboxStore(other.prisma), senders: [createHttpSender(platform.url)], context, clock, concurrency: 4 });
      const [a, b] = await Promise.all([worker().drain(), second.drain()]);
      expect(a.sent + b.sent).toBe(500);
      expect(a.sent).toBeGreaterThan(0);
      expect(b.sent).toBeGreaterThan(0);
      expect(platform.received).toHaveLength(500);
      expect(platform.duplicates()).toEqual([]);
      expect(await outbox.countByStatus()).toEqual({ pending: 0, sent: 500, dead: 0 });
    } finally {
      await other.close();
    }
  });
});

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
