// Claims across faults, on both databases with a stand-in platform over HTTP:
// the database refusing `markSent` after the platform accepted a message does
// not make anyone send it again (the holder keeps the reference and the claim,
// even when its lease has long run out), and the claims of a dead instance are
// taken over within seconds while a live instance's claims are left alone.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createManualClock, type ManualClock } from '../../src/core/clock.ts';
import type { OutboundDelivery } from '../../src/core/outbound.ts';
import { createOutboxWorker } from '../../src/outbox/outbox-worker.ts';
import type { Database } from '../../src/store/database.ts';
import type { OutboxClaims } from '../../src/outbox/outbox-worker-ports.ts';
import { createOutboxStore, type OutboxStore } from '../../src/store/outbox-store.ts';
import { createWorkerInstanceStore } from '../../src/store/worker-instance-store.ts';
import { startHttpPlatformStandIn, type HttpPlatformStandIn } from '../support/http-platform-stand-in.ts';
import { createHttpSender } from '../support/http-sender.ts';
import { openTestDatabase, testDbKinds } from '../support/test-database.ts';
import { until } from '../support/until.ts';

const context = { identityOf: async () => null, conversationRefOf: async () => null, deliveredRefOf: async () => null };
const post = (key: string): { key: string; delivery: OutboundDelivery } => ({
  key, delivery: { type: 'post', platform: 'local', to: { kind: 'channel', channelRef: 'C-team' }, message: { text: key, blocks: [] } },
});
const keys = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}:${i}`);

describe.each(testDbKinds())('outbox claims under faults (%s)', (kind) => {
  let db: Database;
  let outbox: OutboxStore;
  let clock: ManualClock;
  let platform: HttpPlatformStandIn;
  const stops: (() => Promise<void>)[] = [];

  function worker(instanceId: string, extra: { singleProcess?: boolean; outbox?: OutboxClaims } = {}) {
    const w = createOutboxWorker({
      outbox, senders: [createHttpSender(platform.url)], context, clock, concurrency: 4, baseBackoffMs: 100,
      // A lease far shorter than the outage below: only the heartbeat keeps the claim.
      leaseMs: 200,
      // Bookkeeping the database refused is tried again soon after it takes writes again. Not much
      // sooner: PGlite runs on this thread, and four lanes retrying every few ms starve the heartbeats.
      recordRetryMaxMs: 250,
      instances: createWorkerInstanceStore(db.prisma), instanceId, heartbeatMs: 100, takeOverAfterMs: 500, ...extra,
    });
    stops.push(() => w.stop(2_000));
    return w;
  }

  beforeEach(async () => {
    db = await openTestDatabase(kind);
    outbox = createOutboxStore(db.prisma);
    clock = createManualClock(new Date('2026-11-23T08:00:00Z'));
    platform = await startHttpPlatformStandIn();
  });

  afterEach(async () => {
    for (const stop of stops.splice(0)) await stop();
    await platform.close();
    await db.close();
  });

  it('the database refusing markSent after the platform accepted: kept, retried, never sent twice', async () => {
    // A real refusal by the database: a trigger that fails the update to 'sent' while a flag row exists.
    await db.session.exec(`
      CREATE TABLE refuse_sent (on_ boolean);
      CREATE FUNCTION refuse_sent() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF EXISTS (SELECT 1 FROM refuse_sent) THEN RAISE EXCEPTION 'database weigert (test)'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER refuse_sent BEFORE UPDATE ON "Outbox" FOR EACH ROW WHEN (NEW.status = 'sent') EXECUTE FUNCTION refuse_sent();
      INSERT INTO refuse_sent VALUES (true);`);
    const all = keys(20, 'refused');
    await outbox.enqueue(all.map(post));
    const a = worker('instance-a');
    await a.start(60_000);
    const draining = a.drain();
    // Each of the 4 lanes gets one message accepted, then holds on to its bookkeeping.
    await until('the platform accepting one message per lane', () => platform.received.length === 4);
    // Every lease has long expired; the rows are still held by a, which beats.
    clock.advance(10 * 60_000);
    const held = await db.prisma.outbox.findMany({ where: { idempotencyKey: { in: all } } });
    expect(held.map((r) => [r.status, r.lockedBy])).toEqual(all.map(() => ['pending', 'instance-a']));

    // A second instance, beating long enough to take over from a silent holder, finds nothing to take.
    // Seen through its store: a claim of b's would send a message again, and its drain would then
    // hang on the refused bookkeeping instead of failing here.
    let takeOverClaims = 0;
    const takenByB: string[] = [];
    const b = worker('instance-b', {
      outbox: {
        ...outbox,
        claimDue: async (now, limit, leaseMs, as) => {
          const rows = await outbox.claimDue(now, limit, leaseMs, as);
          takenByB.push(...rows.map((r) => r.idempotencyKey));
          if (as?.takeOverSilentForMs != null) takeOverClaims++;
          return rows;
        },
      },
    });
    await b.start(60_000);
    await until('the second instance claiming with take-over allowed, a few times', () => {
      expect(takenByB).toEqual([]);
      b.kick();
      return takeOverClaims >= 3;
    });
    expect(takenByB).toEqual([]);

    await db.session.exec('DELETE FROM refuse_sent');
    expect(await draining).toMatchObject({ sent: 20, retried: 0 });
    expect(await outbox.countByStatus()).toEqual({ pending: 0, sent: 20, dead: 0 });
    expect(platform.received).toHaveLength(20);
    expect(platform.duplicates()).toEqual([]);
  });

  it('claims of a dead instance are taken over within seconds; a live instance keeps its claims', async () => {
    const dead = keys(10, 'dead');
    const live = keys(10, 'live');
    await outbox.enqueue([...dead, ...live].map(post));
    const instances = createWorkerInstanceStore(db.prisma);
    await instances.beat('killed');
    await db.prisma.workerInstance.update({ where: { id: 'killed' }, data: { heartbeatAt: new Date(Date.now() - 60_000) } });
    const far = new Date(clock.now().getTime() + 60 * 60_000);
    await db.prisma.outbox.updateMany({ where: { idempotencyKey: { in: dead } }, data: { lockedBy: 'killed', lockedUntil: far } });
    await db.prisma.outbox.updateMany({ where: { idempotencyKey: { in: live } }, data: { lockedBy: 'alive', lockedUntil: far } });
    let beating = true;
    const alive = (async () => {
      while (beating) {
        await instances.beat('alive');
        await new Promise((r) => setTimeout(r, 100));
      }
    })();

    const started = Date.now();
    const c = worker('restarted');
    await c.start(60_000);
    await until('the dead instance\'s messages', async () => {
      await c.drain();
      return platform.received.length >= dead.length;
    }, 10_000);
    const took = Date.now() - started;
    expect(took).toBeLessThan(5_000);
    expect(platform.received.map((r) => r.key).sort()).toEqual([...dead].sort());
    const liveRows = await db.prisma.outbox.findMany({ where: { idempotencyKey: { in: live } } });
    expect(liveRows.every((r) => r.status === 'pending' && r.lockedBy === 'alive')).toBe(true);

    // The live one dies too: its claims follow.
    beating = false;
    await alive;
    await until('the second instance\'s messages', async () => {
      await c.drain();
      return platform.received.length === 20;
    }, 10_000);
    expect(platform.duplicates()).toEqual([]);
  });

  it("a restarted instance sends a dead instance's claims once its own run is long enough, not at its next poll", async () => {
    const dead = keys(10, 'after-kill');
    await outbox.enqueue(dead.map(post));
    const instances = createWorkerInstanceStore(db.prisma);
    await instances.beat('killed');
    // Silent for a minute already: still the new instance waits its own run (an outage would look the same).
    await db.prisma.workerInstance.update({ where: { id: 'killed' }, data: { heartbeatAt: new Date(Date.now() - 60_000) } });
    await db.prisma.outbox.updateMany({ where: { idempotencyKey: { in: dead } }, data: { lockedBy: 'killed', lockedUntil: new Date(clock.now().getTime() + 60 * 60_000) } });

    const c = worker('restarted');
    const started = performance.now();
    await c.start(60 * 60_000); // no poll in this test's lifetime: only the heartbeat can wake it
    c.kick();
    await c.idle();
    expect(platform.received).toHaveLength(0);
    await until('the killed instance\'s messages', () => platform.received.length === dead.length, 5_000);
    expect(performance.now() - started).toBeGreaterThanOrEqual(500);
    expect(platform.duplicates()).toEqual([]);
  });

  it("a dead instance's claims go before the new instance's own queue once it may take them", async () => {
    const dead = keys(10, 'claimed-by-killed');
    const backlog = keys(40, 'not-claimed');
    await outbox.enqueue(dead.map(post));
    await outbox.enqueue(backlog.map(post));
    const instances = createWorkerInstanceStore(db.prisma);
    await instances.beat('killed');
    await db.prisma.workerInstance.update({ where: { id: 'killed' }, data: { heartbeatAt: new Date(Date.now() - 60_000) } });
    await db.prisma.outbox.updateMany({ where: { idempotencyKey: { in: dead } }, data: { lockedBy: 'killed', lockedUntil: new Date(clock.now().getTime() + 60 * 60_000) } });
    // 5 posts/s: the first claimed batch (4 lanes × 8 = 32 rows) takes seconds, the take-over comes after 0.5 s.
    // One per 200 ms window rather than 5 per second, so lanes waiting out a 429 are soon back when it is lifted.
    platform.setRate(1, 200);
    const c = worker('restarted');
    await c.start(60 * 60_000);
    c.kick();
    // Once the take-over claim is in, the platform need no longer hold the queue back: what goes
    // first now shows where the dead instance's claims were put.
    await until('the take-over claim', async () =>
      (await db.prisma.outbox.count({ where: { idempotencyKey: { in: dead }, lockedBy: 'restarted' } })) === dead.length, 15_000);
    platform.setRate(undefined);
    await until('the killed instance\'s messages', () => dead.every((k) => platform.countOf(k) === 1), 15_000);
    // Counted in the platform's own order, not at whenever the check above noticed.
    const lastDead = Math.max(...dead.map((k) => platform.received.findIndex((r) => r.key === k)));
    const before = platform.received.slice(0, lastDead).filter((r) => r.key.startsWith('not-claimed')).length;
    expect(before).toBeLessThan(32);
    expect(platform.duplicates()).toEqual([]);
  });

  it.runIf(kind === 'pglite')('on the embedded database (one process) every old claim is free at start', async () => {
    const all = keys(10, 'embedded');
    await outbox.enqueue(all.map(post));
    await db.prisma.outbox.updateMany({ data: { lockedBy: 'previous-run', lockedUntil: new Date(clock.now().getTime() + 60 * 60_000) } });
    const w = worker('next-run', { singleProcess: true });
    await w.start(60_000);
    expect(await w.drain()).toMatchObject({ sent: 10 });
    expect(platform.duplicates()).toEqual([]);
  });
});
