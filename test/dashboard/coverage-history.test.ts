// The trend's history is frozen per finished week: the coverage-snapshot job records
// the weeks "as of" their own end, and a partner imported or archived today leaves
// every past week as it was — frozen or not. PGlite and a real PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../src/core/clock.ts';
import type { Team } from '../../src/core/register.ts';
import type { Scope } from '../../src/dashboard/dashboard-query-ports.ts';
import { listFinishedWeekEnds, listTrendWeekEnds } from '../../src/domain/trend-weeks.ts';
import { buildCoverageSnapshotJob, FROZEN_WEEKS } from '../../src/features/coverage-history/coverage-snapshot-job.ts';
import { createScheduler } from '../../src/schedules/scheduler.ts';
import { recordFinishedWeeks } from '../../src/store/coverage-week-store.ts';
import { createDashboardQueries } from '../../src/store/dashboard-queries.ts';
import { forgetTrends } from '../../src/store/dashboard-trend-query.ts';
import type { Database } from '../../src/store/database.ts';
import { createJobRunStore } from '../../src/store/job-run-store.ts';
import { openDemoDatabase, testDbKinds } from '../support/test-database.ts';

const NOW = new Date('2026-11-24T10:00:00Z');
const TZ = 'Europe/Amsterdam';

describe.each(testDbKinds())('coverage history (%s)', (kind) => {
  let db: Database;
  let scope: Scope;
  let team: Team;

  beforeAll(async () => {
    let organisationId: string;
    ({ db, demo: { organisationId } } = await openDemoDatabase(kind, NOW));
    scope = { organisationId, staffIds: null, now: NOW, timeZone: TZ };
    team = (await db.prisma.team.findFirstOrThrow({ where: { organisationId } })) as unknown as Team;
  }, 120_000);
  afterAll(async () => db?.close());

  const trend = async (s: Scope = scope) => {
    forgetTrends();
    return createDashboardQueries(db).trend(s, listTrendWeekEnds(s.now, TZ, 26));
  };

  it('the job freezes the finished weeks with the same figures the live rule gives, once', async () => {
    const live = await trend();
    const sanne = await db.prisma.staff.findFirstOrThrow({ where: { name: 'Sanne de Graaf' } });
    const liveMine = await trend({ ...scope, staffIds: [sanne.id] });
    expect(live.some((p) => p.onTime > 0)).toBe(true);

    const clock = createManualClock(NOW);
    const scheduler = createScheduler({
      loadJobs: async () => [buildCoverageSnapshotJob(team, { recordFinishedWeeks: (o, tz, w) => recordFinishedWeeks(db.session, o, tz, w) })],
      claims: createJobRunStore(db.prisma), clock, owner: 'test',
    });
    await scheduler.reload();
    expect(await scheduler.runDue()).toEqual([`coverage-weeks:${scope.organisationId}:2026-W47`]);
    expect(await db.prisma.coverageWeek.count({ where: { organisationId: scope.organisationId } })).toBe(FROZEN_WEEKS);
    expect(await scheduler.runDue()).toEqual([]);

    // Read from the snapshots now: identical to what the live rule gave, for the organisation and for one person.
    expect(await trend()).toEqual(live);
    expect(await trend({ ...scope, staffIds: [sanne.id] })).toEqual(liveMine);

    // A week later the job freezes just the week that ended.
    clock.set(new Date('2026-12-01T10:00:00Z'));
    expect(await scheduler.runDue()).toEqual([`coverage-weeks:${scope.organisationId}:2026-W48`]);
    const keys = (await db.prisma.coverageWeek.findMany({ where: { organisationId: scope.organisationId }, orderBy: { weekEnd: 'asc' } })).map((w) => w.weekKey);
    expect(keys).toHaveLength(FROZEN_WEEKS + 1);
    expect(keys.at(-1)).toBe('2026-W48');
  });

  it('a partner imported today and one archived today change the current week only', async () => {
    const before = await trend();
    const old = await db.prisma.partner.findFirstOrThrow({ where: { organisationId: scope.organisationId, archivedAt: null, moments: { some: {} } } });
    await db.prisma.partner.update({ where: { id: old.id }, data: { archivedAt: NOW } });
    await db.prisma.partner.createMany({
      data: Array.from({ length: 84 }, (_, i) => ({ organisationId: scope.organisationId, name: `Nieuw Ziekenhuis ${i}`, createdAt: NOW })),
    });
    const after = await trend();
    expect(after.slice(0, -1)).toEqual(before.slice(0, -1));
    expect(after.at(-1)!.total).toBe(before.at(-1)!.total + 84 - 1);

    // Unfrozen weeks are computed as of their own end too: drop the snapshots and compare again.
    await db.prisma.coverageWeek.deleteMany({ where: { organisationId: scope.organisationId } });
    await db.prisma.partnerCoverageWeek.deleteMany({ where: { organisationId: scope.organisationId } });
    expect((await trend()).slice(0, -1)).toEqual(before.slice(0, -1));

    // Frozen again after the change: still the same history.
    await recordFinishedWeeks(db.session, scope.organisationId, TZ, listFinishedWeekEnds(NOW, TZ, FROZEN_WEEKS));
    expect((await trend()).slice(0, -1)).toEqual(before.slice(0, -1));
  });
});
