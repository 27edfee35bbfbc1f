// The SQL read models against the domain rule (statusFor) on the demo organisation,
// on PGlite and on a real PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEVELS } from '../../src/core/register-types.ts';
import type { Scope } from '../../src/dashboard/dashboard-query-ports.ts';
import { listTrendWeekEnds } from '../../src/domain/trend-weeks.ts';
import { statusFor } from '../../src/domain/contact-status.ts';
import { createDashboardQueries } from '../../src/store/dashboard-queries.ts';
import { forgetTrends } from '../../src/store/dashboard-trend-query.ts';
import type { Database } from '../../src/store/database.ts';
import { openDemoDatabase, testDbKinds } from '../support/test-database.ts';

const NOW = new Date('2026-11-24T10:00:00Z');
const TZ = 'Europe/Amsterdam';

describe.each(testDbKinds())('dashboard queries (%s)', (kind) => {
  let db: Database;
  let scope: Scope;

  beforeAll(async () => {
    let organisationId: string;
    ({ db, demo: { organisationId } } = await openDemoDatabase(kind, NOW));
    scope = { organisationId, staffIds: null, now: NOW, timeZone: TZ };
    forgetTrends();
  }, 120_000);
  afterAll(async () => db?.close());

  // The reference: every partner's status per level and overall, with the domain rule.
  async function expectedStatuses(at: Date, staffIds: string[] | null = null) {
    const partners = await db.prisma.partner.findMany({
      where: { organisationId: scope.organisationId, archivedAt: null, ...(staffIds ? { assignments: { some: { staffId: { in: staffIds } } } } : {}) },
      include: { category: true, moments: { where: { occurredAt: { lte: at } } } },
    });
    return partners.map((p) => {
      const last = (ms: typeof p.moments) => ms.reduce<Date | null>((m, x) => (m && m > x.occurredAt ? m : x.occurredAt), null);
      return {
        name: p.name,
        overall: statusFor(last(p.moments), p.category, at, TZ).status,
        levels: Object.fromEntries(LEVELS.map((l) => [l, statusFor(last(p.moments.filter((m) => m.level === l)), p.category, at, TZ)])),
      };
    });
  }

  it('judges every partner on every level as the domain rule does, and counts them per level and rubriek', async () => {
    const overview = await createDashboardQueries(db).overview(scope, { limit: 1000, offset: 0 });
    const expected = await expectedStatuses(NOW);
    expect(overview.matching).toBe(expected.length);
    for (const e of expected) {
      const row = overview.rows.find((r) => r.partnerName === e.name)!;
      expect({ name: e.name, overall: row.overall, cells: row.cells.map((c) => [c.status, c.days]) }).toEqual({
        name: e.name, overall: e.overall, cells: LEVELS.map((l) => [e.levels[l]!.status, e.levels[l]!.daysSince]),
      });
    }
    for (const l of LEVELS) {
      expect(overview.levels[l].red).toBe(expected.filter((e) => e.levels[l]!.status === 'red').length);
      expect(overview.levels[l].grey).toBe(expected.filter((e) => e.levels[l]!.status === 'grey').length);
    }
    const byCategory = overview.categories.reduce((n, c) => n + c.green + c.yellow + c.red + c.grey, 0);
    expect(byCategory).toBe(expected.length);
    // Most urgent first: by the worst level of each row (overview-http.test.ts shows why).
    const ranks = overview.rows.map((r) => Math.min(...r.cells.map((c) => ['red', 'yellow', 'grey', 'green'].indexOf(c.status))));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('filters, pages and limits the heat map to the viewer\'s scope', async () => {
    const q = createDashboardQueries(db);
    const red = await q.overview(scope, { status: 'red', limit: 3, offset: 0 });
    expect(red.rows.every((r) => r.overall === 'red')).toBe(true);
    expect(red.rows.length).toBeLessThanOrEqual(3);
    const sanne = await db.prisma.staff.findFirstOrThrow({ where: { name: 'Sanne de Graaf' } });
    const mine = await q.overview({ ...scope, staffIds: [sanne.id] }, { limit: 1000, offset: 0 });
    const own = await db.prisma.partner.count({ where: { archivedAt: null, assignments: { some: { staffId: sanne.id } } } });
    expect(mine.matching).toBe(own);
    const name = mine.rows[0]!.partnerName;
    const found = await q.overview(scope, { q: name.slice(2, 9), limit: 50, offset: 0 });
    expect(found.rows.map((r) => r.partnerName)).toContain(name);
    expect((await q.overview(scope, { q: '%', limit: 50, offset: 0 })).matching).toBe(0);
  });

  it('the trend counts, at each week end, the partners whose last contact lies within the rubriek\'s maximum', async () => {
    const weeks = listTrendWeekEnds(NOW, TZ, 26);
    const points = await createDashboardQueries(db).trend(scope, weeks);
    expect(points).toHaveLength(26);
    for (const i of [0, 9, 20, 25]) {
      const expected = (await expectedStatuses(weeks[i]!.at)).filter((e) => e.overall === 'green' || e.overall === 'yellow').length;
      expect({ week: points[i]!.weekKey, onTime: points[i]!.onTime }).toEqual({ week: weeks[i]!.weekKey, onTime: expected });
    }
    expect(points[25]!.weekKey).toBe('2026-W48');
    expect(points[0]!.total).toBe((await expectedStatuses(NOW)).length);
  });

  it('rhythm: participation per round, commitments and nudges per team', async () => {
    const rhythm = await createDashboardQueries(db).rhythm(scope.organisationId, null, new Date(NOW.getTime() - 8 * 7 * 86_400_000));
    expect(rhythm.weeks.length).toBeGreaterThan(0);
    const first = rhythm.weeks[0]!;
    const round = await db.prisma.checkInRound.findFirstOrThrow({ where: { teamId: first.teamId, periodKey: first.periodKey }, include: { answers: true } });
    expect(first.answered).toBe(round.answers.length);
    expect(first.members).toBe(await db.prisma.teamMembership.count({ where: { teamId: first.teamId } }));
    const sent = rhythm.nudges.reduce((n, t) => n + t.sent, 0);
    expect(sent).toBeGreaterThan(0);
    for (const t of rhythm.nudges) expect(t.logged + t.planned + t.snoozed + t.notMine + t.escalated + t.none).toBe(t.sent);
  });
});
