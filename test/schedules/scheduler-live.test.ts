// Live firing through node-cron: two instances on one real PostgreSQL, a job
// every second; node-cron's RunCoordinator hook claims each second's run key in
// JobRun, so exactly one instance handles it.
import { describe, expect, it } from 'vitest';
import { systemClock } from '../../src/core/clock.ts';
import type { ScheduledJob } from '../../src/core/scheduled-job.ts';
import { createScheduler } from '../../src/schedules/scheduler.ts';
import { createJobRunStore } from '../../src/store/job-run-store.ts';
import { openTestDatabase } from '../support/test-database.ts';
import { until } from '../support/until.ts';
import { openSecondConnection } from './second-connection.ts';

describe.runIf(process.env.TEST_DATABASE_URL)('scheduler live firing (postgres)', () => {
  it('hands every second to exactly one of two instances', async () => {
    const db = await openTestDatabase('postgres');
    const other = await openSecondConnection(db);
    const handled = new Map<string, string[]>();
    const everySecond = (owner: string): ScheduledJob => ({
      id: 'job',
      cron: '* * * * * *',
      timeZone: 'Europe/Amsterdam',
      runKey: (at) => `job:${at.toISOString()}`,
      usefulUntil: (at) => at,
      handler: async (at) => {
        const key = `job:${at.toISOString()}`;
        handled.set(key, [...(handled.get(key) ?? []), owner]);
      },
    });
    const instances = [
      createScheduler({ loadJobs: async () => [everySecond('a')], claims: createJobRunStore(db.prisma), clock: systemClock, owner: 'a' }),
      createScheduler({ loadJobs: async () => [everySecond('b')], claims: createJobRunStore(other.prisma), clock: systemClock, owner: 'b' }),
    ];
    try {
      for (const s of instances) {
        await s.reload();
        s.startLive();
      }
      // Three seconds handled, however long each took on a busy machine.
      await until('three handled seconds', () => handled.size >= 3);
      for (const s of instances) s.stop();
      // A second claimed just before the stop may still be running: wait until every claim is handled and finished.
      const settled = async () => {
        const rows = await db.prisma.jobRun.findMany({ where: { jobId: 'job' } });
        return rows.every((r) => r.finishedAt !== null && handled.has(r.runKey)) ? rows : null;
      };
      let rows: Awaited<ReturnType<typeof settled>> = null;
      await until('every claim handled and finished', async () => (rows = await settled()) !== null);
      for (const [key, owners] of handled) expect({ key, owners: owners.length }).toEqual({ key, owners: 1 });
      expect(rows!.map((r) => r.runKey).sort()).toEqual([...handled.keys()].sort());
    } finally {
      for (const s of instances) s.stop();
      await other.close();
      await db.close();
    }
  });
});
