// The network feature on the dashboard over real HTTP: the directory search, the
// coverage figure on the overview and its list (scoped per viewer), and the
// briefing sections on the partner page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../src/core/clock.ts';
import type { Database } from '../../src/store/database.ts';
import { loadDemoOrganisation } from '../../src/store/load-demo.ts';
import { openTestDatabase } from '../support/test-database.ts';
import { get, insertMagicLink, loginWithToken, startDashboardServer } from './dashboard-server.ts';

const NOW = new Date('2026-11-24T10:00:00Z');

describe('dashboard: who knows what, coverage per level, partner briefing', () => {
  let db: Database;
  let server: Awaited<ReturnType<typeof startDashboardServer>>;
  const cookie: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    db = await openTestDatabase('pglite');
    await loadDemoOrganisation(db, NOW);
    server = await startDashboardServer(db, createManualClock(NOW));
    for (const [who, name] of [['staff', 'Sanne de Graaf'], ['manager', 'Gerard van Wijk']] as const) {
      ids[who] = (await db.prisma.staff.findFirstOrThrow({ where: { name } })).id;
      cookie[who] = (await loginWithToken(server.base, await insertMagicLink(db, ids[who]!, new Date(NOW.getTime() + 15 * 60_000)))).cookie!;
    }
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  it('finds colleagues by expertise, typo-tolerant, and escapes what it shows', async () => {
    const page = await get(server.base, `/dashboard/wie?q=${encodeURIComponent('paliatieve zorg')}`, cookie.staff);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Thijs Verhoeven');
    expect(page.text).toContain('expertise: palliatieve zorg, hospice');
    expect((await get(server.base, '/dashboard/wie?q=x', cookie.staff)).status).toBe(400);
    expect((await get(server.base, '/dashboard/wie?q=pleeg', undefined)).status).toBe(401);
    const empty = await get(server.base, `/dashboard/wie?q=${encodeURIComponent('<script>zzqx')}`, cookie.staff);
    expect(empty.text).toContain('&lt;script&gt;zzqx');
    expect(empty.text).not.toContain('<script>zzqx');
  });

  it('shows coverage per level on the overview and lists the gaps, the whole organisation for a manager, own partners for staff', async () => {
    const overview = await get(server.base, '/dashboard', cookie.manager);
    expect(overview.text).toContain('Dekking per niveau');
    const all = await get(server.base, '/dashboard/dekking', cookie.manager);
    const mine = await get(server.base, '/dashboard/dekking', cookie.staff);
    const rows = (html: string) => [...html.matchAll(/<tr data-partner="/g)].length;
    expect(rows(all.text)).toBeGreaterThan(0);
    expect(rows(mine.text)).toBeLessThan(rows(all.text));
    const truth = await db.session.query<{ n: number }>(`
      SELECT count(*)::int AS n FROM "Partner" p JOIN "Category" c ON c.id = p."categoryId"
      WHERE p."archivedAt" IS NULL AND EXISTS (SELECT 1 FROM unnest(c."requiredLevels") l
        WHERE NOT EXISTS (SELECT 1 FROM "Assignment" a WHERE a."partnerId" = p.id AND a.level = l))`);
    expect(rows(all.text)).toBe(truth[0]!.n);
  });

  it('adds last contact per level, open commitments and successes to the partner page', async () => {
    const own = (await db.prisma.assignment.findFirstOrThrow({ where: { staffId: ids.staff } })).partnerId;
    const page = await get(server.base, `/dashboard/partners/${own}`, cookie.staff);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Laatste contact per niveau');
    expect(page.text).toContain('Open afspraken');
    expect(page.text).toContain('Recente successen');
  });
});
