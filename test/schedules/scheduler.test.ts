// The scheduler on the real JobRun claims: once per run key across calls,
// restarts and instances; catch-up while useful; DST; retry after a failure.
import { DateTime } from 'luxon';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createManualClock, type ManualClock } from '../../src/core/clock.ts';
import type { ScheduledJob } from '../../src/core/scheduled-job.ts';
import { createScheduler } from '../../src/schedules/scheduler.ts';
import type { Database } from '../../src/store/database.ts';
import { createJobRunStore } from '../../src/store/job-run-store.ts';
import { openTestDatabase, testDbKinds } from '../support/test-database.ts';
import { openSecondConnection } from './second-connection.ts';

const TZ = 'Europe/Amsterdam';
const HOUR = 3600_000;

/** Mondays 09:00 Amsterdam, one run per ISO week, useful for a day. */
function weeklyJob(ran: Date[], extra: Partial<ScheduledJob> = {}): ScheduledJob {
  return {
    id: 'weekly:team-a',
    cron: '0 9 * * 1',
    timeZone: TZ,
    runKey: (at) => `weekly:team-a:${DateTime.fromJSDate(at, { zone: TZ }).toFormat("kkkk-'W'WW")}`,
    usefulUntil: (at) => new Date(at.getTime() + 24 * HOUR),
    handler: async (at) => {
      ran.push(at);
    },
    ...extra,
  };
}

describe.each(testDbKinds())('scheduler (%s)', (kind) => {
  let db: Database;
  let clock: ManualClock;

  function scheduler(jobs: ScheduledJob[], database: Database = db, owner = 'a', leaseMs?: number) {
    return createScheduler({
      loadJobs: async () => jobs,
      claims: createJobRunStore(database.prisma),
      clock,
      owner,
      ...(leaseMs ? { leaseMs } : {}),
    });
  }

  // One database per kind: the scheduler writes nothing but JobRun claims, so emptying
  // JobRun gives each test the same start as a fresh copy of the migrated template.
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });

  afterAll(async () => {
    await db?.close();
  });

  beforeEach(async () => {
    await db.prisma.jobRun.deleteMany();
    clock = createManualClock(new Date('2026-11-23T08:30:00Z')); // Monday 09:30 Amsterdam
  });

  it('runs a weekly occurrence once, also across a restart', async () => {
    const ran: Date[] = [];
    const s = scheduler([weeklyJob(ran)]);
    await s.reload();
    expect(await s.runDue()).toEqual(['weekly:team-a:2026-W48']);
    expect(await s.runDue()).toEqual([]);
    const restarted = scheduler([weeklyJob(ran)], db, 'b');
    await restarted.reload();
    expect(await restarted.runDue()).toEqual([]);
    expect(ran).toEqual([new Date('2026-11-23T08:00:00Z')]);
    const row = await db.prisma.jobRun.findUniqueOrThrow({ where: { runKey: 'weekly:team-a:2026-W48' } });
    expect(row).toMatchObject({ claimedBy: 'a', error: null });
    expect(row.finishedAt).not.toBeNull();
  });

  it('catches up an occurrence missed while down, while it is still useful', async () => {
    const ran: Date[] = [];
    clock.set(new Date('2026-11-23T07:00:00Z')); // before Monday 09:00
    const before = scheduler([weeklyJob(ran)]);
    await before.reload();
    expect(await before.runDue()).toEqual([]);
    // "Down" over 09:00, back at 15:00.
    clock.set(new Date('2026-11-23T14:00:00Z'));
    const back = scheduler([weeklyJob(ran)]);
    await back.reload();
    expect(await back.runDue()).toEqual(['weekly:team-a:2026-W48']);
  });

  it('does not run a missed occurrence once it is no longer useful', async () => {
    const ran: Date[] = [];
    clock.set(new Date('2026-11-24T09:00:00Z')); // Tuesday 10:00, past usefulUntil (Tue 09:00)
    const s = scheduler([weeklyJob(ran)]);
    await s.reload();
    expect(await s.runDue()).toEqual([]);
    expect(ran).toEqual([]);
    expect(await db.prisma.jobRun.count()).toBe(0);
  });

  it('skips an occurrence appliesTo refuses, without claiming it', async () => {
    const ran: Date[] = [];
    const s = scheduler([weeklyJob(ran, { appliesTo: () => false })]);
    await s.reload();
    expect(await s.runDue()).toEqual([]);
    expect(await db.prisma.jobRun.count()).toBe(0);
  });

  it('fires at 09:00 Amsterdam on both sides of daylight saving time', async () => {
    const ran: Date[] = [];
    const s = scheduler([weeklyJob(ran)]);
    await s.reload();
    clock.set(new Date('2026-03-30T07:05:00Z')); // summer time since Sunday
    expect(await s.runDue()).toEqual(['weekly:team-a:2026-W14']);
    clock.set(new Date('2026-10-26T08:05:00Z')); // winter time since Sunday
    expect(await s.runDue()).toEqual(['weekly:team-a:2026-W44']);
    expect(ran).toEqual([new Date('2026-03-30T07:00:00Z'), new Date('2026-10-26T08:00:00Z')]);
  });

  it('a clock stepping forward, also onto the minute of a run and back again, meets every daily occurrence exactly once', async () => {
    // runDue reuses the occurrences an earlier call found; the steps cross its window's edges.
    const ran: Date[] = [];
    const daily = weeklyJob(ran, {
      id: 'daily:team-a',
      cron: '0 9 * * *',
      runKey: (at) => `daily:team-a:${DateTime.fromJSDate(at, { zone: TZ }).toISODate()}`,
      usefulUntil: (at) => new Date(at.getTime() + 2 * HOUR),
    });
    const s = scheduler([daily]);
    await s.reload();
    clock.set(new Date('2026-11-23T07:00:00Z'));
    const keys: string[] = [];
    for (const step of ['2026-11-23T08:00:00Z', '2026-11-23T08:30:00Z', '2026-11-24T07:59:59Z', '2026-11-24T08:00:00Z', '2026-11-25T07:30:00Z', '2026-11-25T09:30:00Z', '2026-11-26T08:00:00Z']) {
      clock.set(new Date(step));
      keys.push(...(await s.runDue()));
    }
    // Back before Thursday's run and past it again: it does not run twice.
    clock.set(new Date('2026-11-26T07:00:00Z'));
    keys.push(...(await s.runDue()));
    clock.set(new Date('2026-11-26T08:30:00Z'));
    keys.push(...(await s.runDue()));
    expect(keys).toEqual(['daily:team-a:2026-11-23', 'daily:team-a:2026-11-24', 'daily:team-a:2026-11-25', 'daily:team-a:2026-11-26']);
    expect(ran.map((d) => d.toISOString())).toEqual(['2026-11-23T08:00:00.000Z', '2026-11-24T08:00:00.000Z', '2026-11-25T08:00:00.000Z', '2026-11-26T08:00:00.000Z']);
  });

  it('leaves a failed run unfinished and retries it after the lease', async () => {
    let calls = 0;
    const job = weeklyJob([], {
      handler: async () => {
        calls++;
        if (calls === 1) throw new Error('database even weg');
      },
    });
    const s = scheduler([job], db, 'a', 10 * 60_000);
    await s.reload();
    expect(await s.runDue()).toEqual([]);
    const failed = await db.prisma.jobRun.findUniqueOrThrow({ where: { runKey: 'weekly:team-a:2026-W48' } });
    expect(failed).toMatchObject({ finishedAt: null, error: 'database even weg' });
    clock.advance(5 * 60_000);
    expect(await s.runDue()).toEqual([]); // still leased
    expect(calls).toBe(1);
    clock.advance(6 * 60_000);
    expect(await s.runDue()).toEqual(['weekly:team-a:2026-W48']);
    expect(calls).toBe(2);
    const done = await db.prisma.jobRun.findUniqueOrThrow({ where: { runKey: 'weekly:team-a:2026-W48' } });
    expect(done.finishedAt).not.toBeNull();
    expect(done.error).toBeNull();
  });

  it.runIf(kind === 'postgres')('two instances running runDue at once run each key exactly once', async () => {
    const other = await openSecondConnection(db);
    try {
      const handled = new Map<string, string[]>();
      const hourly = (owner: string): ScheduledJob => ({
        id: 'hourly',
        cron: '0 * * * *',
        timeZone: TZ,
        runKey: (at) => `hourly:${at.toISOString()}`,
        usefulUntil: () => new Date('2100-01-01T00:00:00Z'),
        handler: async (at) => {
          const key = `hourly:${at.toISOString()}`;
          handled.set(key, [...(handled.get(key) ?? []), owner]);
        },
      });
      const a = scheduler([hourly('a')], db, 'a');
      const b = scheduler([hourly('b')], other, 'b');
      await Promise.all([a.reload(), b.reload()]);
      const [ranA, ranB] = await Promise.all([a.runDue(), b.runDue()]);
      // Eight days of look-back: 192 hourly occurrences.
      expect(ranA.length + ranB.length).toBe(192);
      expect(handled.size).toBe(192);
      expect([...handled.values()].every((owners) => owners.length === 1)).toBe(true);
      expect(new Set([...ranA, ...ranB]).size).toBe(192);
    } finally {
      await other.close();
    }
  });
});
