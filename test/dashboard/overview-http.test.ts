// The overview, rhythm and person pages over real HTTP on the demo organisation:
// most urgent first by the worst level, search as tolerant as the bot, weeks as
// people say them, and every status in words and a shape, not colour alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../src/core/clock.ts';
import type { Database } from '../../src/store/database.ts';
import { loadDemoOrganisation } from '../../src/store/load-demo.ts';
import { openTestDatabase } from '../support/test-database.ts';
import { get, startDashboardServer } from './dashboard-server.ts';

const NOW = new Date('2026-11-25T10:00:00Z');
const DAY = 86_400_000;
const RANK: Record<string, number> = { red: 0, yellow: 1, grey: 2, green: 3 };

/** The heat map's rows in page order: partner name and the status of each level. */
function heatRows(html: string): { name: string; statuses: string[] }[] {
  const body = /<table class="heat">[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr data-partner="([^"]*)">([\s\S]*?)<\/tr>/g)].map((m) => ({
    name: m[1]!.replace(/&amp;/g, '&'),
    statuses: [...m[2]!.matchAll(/data-status="(\w+)"/g)].map((s) => s[1]!),
  }));
}
const visibleText = (html: string) => html.replace(/<[^>]*>/g, ' ');

describe('dashboard overview over HTTP', () => {
  let db: Database;
  let server: Awaited<ReturnType<typeof startDashboardServer>>;
  let cookie: string;
  const page = async (path: string) => {
    const res = await get(server.base, path, cookie);
    expect(res.status).toBe(200);
    return res.text;
  };

  beforeAll(async () => {
    db = await openTestDatabase('pglite');
    await loadDemoOrganisation(db, NOW);
    const organisation = await db.prisma.organisation.findFirstOrThrow();
    const category = await db.prisma.category.findFirstOrThrow({ where: { organisationId: organisation.id }, orderBy: { name: 'asc' } });
    // Talked to operationally and strategically this week, but the tactical level is long overdue.
    const maxima = await db.prisma.partner.create({ data: { organisationId: organisation.id, name: 'Máxima Medisch Centrum', categoryId: category.id } });
    await db.prisma.contactMoment.createMany({ data: [
      { partnerId: maxima.id, level: 'operationeel', occurredAt: new Date(NOW.getTime() - 2 * DAY) },
      { partnerId: maxima.id, level: 'strategisch', occurredAt: new Date(NOW.getTime() - 3 * DAY) },
      { partnerId: maxima.id, level: 'tactisch', occurredAt: new Date(NOW.getTime() - 400 * DAY) },
    ] });
    server = await startDashboardServer(db, createManualClock(NOW), 'embedded');
    const manager = await db.prisma.staff.findFirstOrThrow({ where: { role: 'manager' } });
    const as = await get(server.base, `/dashboard/as?staff=${manager.id}`);
    cookie = as.headers.get('set-cookie')!.split(';')[0]!;
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  it('"meest dringend bovenaan" sorts by the worst level: a red cell sits above every all-green row', async () => {
    const rows = heatRows(await page('/dashboard'));
    expect(rows.length).toBeGreaterThan(20);
    const worst = rows.map((r) => Math.min(...r.statuses.map((s) => RANK[s]!)));
    expect(worst).toEqual([...worst].sort((a, b) => a - b));
    const maxima = rows.findIndex((r) => r.name === 'Máxima Medisch Centrum');
    expect(rows[maxima]!.statuses).toEqual(['green', 'red', 'green']);
    const firstAllGreen = rows.findIndex((r) => r.statuses.every((s) => s === 'green'));
    if (firstAllGreen >= 0) expect(maxima).toBeLessThan(firstAllGreen);
  });

  it.each([['maxima'], ['MAXIMA'], ['máxima medisch'], ['maxmia'], ['medisch max']])('search "%s" finds Máxima', async (q) => {
    const rows = heatRows(await page(`/dashboard?q=${encodeURIComponent(q)}`));
    expect(rows.map((r) => r.name)).toEqual(['Máxima Medisch Centrum']);
  });

  it('search finds nothing for a word that is not there, and the export follows the search', async () => {
    expect(heatRows(await page('/dashboard?q=zzgeenpartner'))).toEqual([]);
    const csv = await page('/dashboard/export.csv?q=maxima');
    expect(csv.trim().split('\n').slice(1).map((l) => l.split(';')[0]!.replace(/^"|"$/g, ''))).toEqual(['Máxima Medisch Centrum']);
  });

  it('week labels read "week 47", never the key "2026-W47"', async () => {
    const rhythm = visibleText(await page('/dashboard/ritme'));
    expect(rhythm).toMatch(/week 4\d/);
    expect(rhythm).not.toMatch(/\d{4}-W\d{2}|\bW\d{2}\b/);
    const overview = visibleText(await page('/dashboard'));
    expect(overview).toMatch(/week \d+/); // the trend chart's axis
    expect(overview).not.toMatch(/\d{4}-W\d{2}|\bW\d{2}\b/);
    const person = await db.prisma.staff.findFirstOrThrow({ where: { name: 'Sanne de Graaf' } });
    const personPage = visibleText(await page(`/dashboard/mensen/${person.id}`));
    expect(personPage).toMatch(/week 4\d/);
    expect(personPage).not.toMatch(/\d{4}-W\d{2}/);
  });

  it('every status cell says its status in words and shows a shape, not colour alone', async () => {
    const html = await page('/dashboard');
    const cells = [...html.matchAll(/<span class="cell status-(\w+)"[^>]*><span class="shape" aria-hidden="true">([^<]+)<\/span> ([^<]+)/g)];
    const all = html.match(/class="cell status-/g)!.length;
    expect(cells.length).toBe(all);
    expect(all).toBeGreaterThan(50);
    const words: Record<string, string> = { green: 'Op tijd', yellow: 'Aan de late kant', red: 'Te lang geleden', grey: 'Nog nooit' };
    const shapes: Record<string, string> = { green: '●', yellow: '▲', red: '■', grey: '○' };
    for (const [, status, shape, text] of cells) {
      expect(shape).toBe(shapes[status!]);
      expect(text!.trim()).toMatch(new RegExp(`^${words[status!]}(:|$)`));
    }
    expect(html).not.toMatch(/[🟢🟡🔴⚪]/u);
  });
});
