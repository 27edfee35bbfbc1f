// A login link may name the dashboard page to land on (the welcome's import wizard);
// anything that is not a plain /dashboard path lands on the overview: no open redirect.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../src/core/clock.ts';
import type { Database } from '../../src/store/database.ts';
import { openDemoDatabase } from '../support/test-database.ts';
import { insertMagicLink, startDashboardServer } from './dashboard-server.ts';

const NOW = new Date('2026-11-24T10:00:00Z');

describe('dashboard login: where a link lands', () => {
  let db: Database;
  let server: Awaited<ReturnType<typeof startDashboardServer>>;
  let admin: string;

  beforeAll(async () => {
    ({ db } = await openDemoDatabase('pglite', NOW));
    server = await startDashboardServer(db, createManualClock(NOW));
    admin = (await db.prisma.staff.findFirstOrThrow({ where: { role: 'admin' } })).id;
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  it.each([
    ['/dashboard/beheer/import', '/dashboard/beheer/import'],
    ['/dashboard/beheer/wachtrij', '/dashboard/beheer/wachtrij'],
    ['https://evil.example/dashboard', '/dashboard'],
    ['//evil.example', '/dashboard'],
    ['/dashboard/../../etc', '/dashboard'],
    ['/dashboard/beheer?x=1', '/dashboard'],
    ['/elders', '/dashboard'],
  ])('next=%s lands on %s', async (next, expected) => {
    const token = await insertMagicLink(db, admin, new Date(NOW.getTime() + 15 * 60_000));
    const res = await fetch(`${server.base}/dashboard/login?token=${token}&next=${encodeURIComponent(next)}`, { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(expected);
  });
});
