// Access control over real HTTP: every route × role, magic-link login (valid,
// reused, expired), role-filtered exports and CSRF on the one state-changing form.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock, type ManualClock } from '../../src/core/clock.ts';
import { csrfTokenFor } from '../../src/dashboard/session-cookie.ts';
import type { Database } from '../../src/store/database.ts';
import { openDemoDatabase } from '../support/test-database.ts';
import { get, insertMagicLink, loginWithToken, startDashboardServer } from './dashboard-server.ts';

const NOW = new Date('2026-11-24T10:00:00Z');
type Who = 'anonymous' | 'staff' | 'lead' | 'otherLead' | 'manager' | 'admin';

describe('dashboard access (magic-link mode)', () => {
  let db: Database;
  let clock: ManualClock;
  let server: Awaited<ReturnType<typeof startDashboardServer>>;
  const ids: Record<string, string> = {};
  const cookies: Partial<Record<Who, string>> = {};

  beforeAll(async () => {
    ({ db } = await openDemoDatabase('pglite', NOW));
    clock = createManualClock(NOW);
    server = await startDashboardServer(db, clock);
    const person = async (name: string) => (await db.prisma.staff.findFirstOrThrow({ where: { name } })).id;
    ids.staff = await person('Sanne de Graaf');
    ids.lead = await person('Marieke van der Linden');
    ids.otherLead = await person('Hanneke Smit');
    ids.manager = await person('Gerard van Wijk');
    ids.admin = await person('Wouter Prins');
    ids.colleague = await person('Youssef El Amrani');
    ids.geriatrics = await person('Ruud Brouwer');
    const team = async (name: string) => (await db.prisma.team.findFirstOrThrow({ where: { name } })).id;
    ids.transfer = await team('Transferpunt');
    ids.geriatrie = await team('Geriatrie');
    ids.ownPartner = (await db.prisma.assignment.findFirstOrThrow({ where: { staffId: ids.staff } })).partnerId;
    const members = async (teamId: string) => (await db.prisma.teamMembership.findMany({ where: { teamId } })).map((m) => m.staffId);
    const [transferMembers, geriatrieMembers] = [await members(ids.transfer), await members(ids.geriatrie)];
    // A Geriatrie partner no one of Transferpunt holds (named, not the first row stored).
    ids.foreignPartner = (await db.prisma.partner.findFirstOrThrow({
      where: { assignments: { some: { staffId: { in: geriatrieMembers } }, none: { staffId: { in: transferMembers } } } },
      orderBy: { name: 'asc' },
    })).id;
    for (const who of ['staff', 'lead', 'otherLead', 'manager', 'admin'] as const) {
      const login = await loginWithToken(server.base, await insertMagicLink(db, ids[who]!, new Date(NOW.getTime() + 15 * 60_000)));
      cookies[who] = login.cookie!;
    }
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  // 200 = allowed, 403 = refused, 401 = not logged in.
  const matrix: [string, (i: Record<string, string>) => string, Record<Who, number>][] = [
    ['overview', () => '/dashboard', { anonymous: 401, staff: 200, lead: 200, otherLead: 200, manager: 200, admin: 200 }],
    ['overview export', () => '/dashboard/export.csv', { anonymous: 401, staff: 200, lead: 200, otherLead: 200, manager: 200, admin: 200 }],
    ['rhythm', () => '/dashboard/ritme', { anonymous: 401, staff: 403, lead: 200, otherLead: 200, manager: 200, admin: 200 }],
    ['rhythm of the Transferpunt team', (i) => `/dashboard/ritme?team=${i.transfer}`, { anonymous: 401, staff: 403, lead: 200, otherLead: 403, manager: 200, admin: 200 }],
    ['rhythm export of Transferpunt', (i) => `/dashboard/ritme/export.csv?team=${i.transfer}`, { anonymous: 401, staff: 403, lead: 200, otherLead: 403, manager: 200, admin: 200 }],
    ['successes wall', () => '/dashboard/successen', { anonymous: 401, staff: 200, lead: 200, otherLead: 200, manager: 200, admin: 200 }],
    ['successes export', () => '/dashboard/successen/export.csv', { anonymous: 401, staff: 200, lead: 200, otherLead: 200, manager: 200, admin: 200 }],
    ['successes per month', () => '/dashboard/successen/maanden', { anonymous: 401, staff: 403, lead: 403, otherLead: 403, manager: 200, admin: 200 }],
    ['months export', () => '/dashboard/successen/maanden/export.csv', { anonymous: 401, staff: 403, lead: 403, otherLead: 403, manager: 200, admin: 200 }],
    ['own partner page', (i) => `/dashboard/partners/${i.ownPartner}`, { anonymous: 401, staff: 200, lead: 200, otherLead: 403, manager: 200, admin: 200 }],
    ['own partner export', (i) => `/dashboard/partners/${i.ownPartner}/export.csv`, { anonymous: 401, staff: 200, lead: 200, otherLead: 403, manager: 200, admin: 200 }],
    ['partner of another team', (i) => `/dashboard/partners/${i.foreignPartner}`, { anonymous: 401, staff: 403, lead: 403, otherLead: 200, manager: 200, admin: 200 }],
    ['own person page', (i) => `/dashboard/mensen/${i.staff}`, { anonymous: 401, staff: 200, lead: 200, otherLead: 403, manager: 200, admin: 200 }],
    ['person export', (i) => `/dashboard/mensen/${i.staff}/export.csv`, { anonymous: 401, staff: 200, lead: 200, otherLead: 403, manager: 200, admin: 200 }],
    ['a colleague\'s page', (i) => `/dashboard/mensen/${i.colleague}`, { anonymous: 401, staff: 403, lead: 200, otherLead: 403, manager: 200, admin: 200 }],
    ['the lead\'s page', (i) => `/dashboard/mensen/${i.lead}`, { anonymous: 401, staff: 403, lead: 200, otherLead: 403, manager: 200, admin: 200 }],
    ['a geriatrics member\'s page', (i) => `/dashboard/mensen/${i.geriatrics}`, { anonymous: 401, staff: 403, lead: 403, otherLead: 200, manager: 200, admin: 200 }],
    ['an unknown partner', () => '/dashboard/partners/00000000-0000-4000-8000-000000000000', { anonymous: 401, staff: 403, lead: 403, otherLead: 403, manager: 403, admin: 403 }],
    ['a malformed id', () => '/dashboard/mensen/abc', { anonymous: 401, staff: 403, lead: 403, otherLead: 403, manager: 403, admin: 403 }],
    ['the person chooser (embedded only)', () => '/dashboard/as?staff=x', { anonymous: 404, staff: 404, lead: 404, otherLead: 404, manager: 404, admin: 404 }],
  ];

  for (const [name, path, expected] of matrix) {
    it(`${name}: ${Object.entries(expected).map(([w, s]) => `${w} ${s}`).join(', ')}`, async () => {
      const got: Record<string, number> = {};
      for (const who of Object.keys(expected) as Who[]) got[who] = (await get(server.base, path(ids), cookies[who])).status;
      expect(got).toEqual(expected);
    });
  }

  it('a staff member\'s exports contain only their own partners; the manager\'s contain everyone\'s', async () => {
    const own = new Set((await db.prisma.assignment.findMany({ where: { staffId: ids.staff }, include: { partner: true } })).map((a) => a.partner.name));
    const csv = (await get(server.base, '/dashboard/export.csv', cookies.staff)).text;
    expect(csv.startsWith('\uFEFFPartner;Rubriek;Status;')).toBe(true);
    const names = csv.slice(1).trim().split('\n').slice(1).map((l) => l.split(';')[0]!.replace(/^"|"$/g, ''));
    expect(new Set(names)).toEqual(own);
    const all = (await get(server.base, '/dashboard/export.csv', cookies.manager)).text.trim().split('\n').length - 1;
    expect(all).toBe(await db.prisma.partner.count({ where: { archivedAt: null } }));
    const person = (await get(server.base, `/dashboard/mensen/${ids.staff}/export.csv`, cookies.staff)).text;
    expect(person.split('\n').length).toBeGreaterThan(1);
    expect(person).not.toContain('Youssef');
  });

  it('the session cookie is HTTP-only, SameSite=Lax and scoped to /dashboard', async () => {
    const login = await loginWithToken(server.base, await insertMagicLink(db, ids.staff!, new Date(NOW.getTime() + 60_000)));
    expect(login.status).toBe(303);
    expect(login.setCookie).toMatch(/HttpOnly/);
    expect(login.setCookie).toMatch(/SameSite=Lax/);
    expect(login.setCookie).toMatch(/Path=\/dashboard/);
    expect(login.setCookie).not.toMatch(/Secure/);
  });

  it('a magic link works once; a reused, expired or unknown link gets the friendly 401 page', async () => {
    const token = await insertMagicLink(db, ids.staff!, new Date(NOW.getTime() + 15 * 60_000));
    const first = await loginWithToken(server.base, token);
    expect(first.status).toBe(303);
    expect((await get(server.base, '/dashboard', first.cookie!)).status).toBe(200);
    const again = await fetch(`${server.base}/dashboard/login?token=${token}`, { redirect: 'manual' });
    expect(again.status).toBe(401);
    const page = await again.text();
    expect(page).toContain('al gebruikt');
    expect(page).toContain('/rro dashboard');
    expect(again.headers.get('set-cookie')).toBeNull();

    const late = await insertMagicLink(db, ids.staff!, new Date(NOW.getTime() + 15 * 60_000));
    clock.set(new Date(NOW.getTime() + 16 * 60_000));
    try {
      const expired = await fetch(`${server.base}/dashboard/login?token=${late}`, { redirect: 'manual' });
      expect(expired.status).toBe(401);
      expect(await expired.text()).toContain('verlopen');
    } finally {
      clock.set(NOW);
    }
    const unknown = await fetch(`${server.base}/dashboard/login?token=${'x'.repeat(43)}`, { redirect: 'manual' });
    expect(unknown.status).toBe(401);
    expect(await db.prisma.magicLink.count({ where: { tokenHash: token } })).toBe(0); // only hashes are stored
  });

  it('a session ends after 8 hours', async () => {
    clock.set(new Date(NOW.getTime() + 8 * 3_600_000 + 60_000));
    try {
      expect((await get(server.base, '/dashboard', cookies.manager)).status).toBe(401);
    } finally {
      clock.set(NOW);
    }
  });

  it('logout needs the CSRF token of the session: without it 403, with it the session ends', async () => {
    const login = await loginWithToken(server.base, await insertMagicLink(db, ids.lead!, new Date(NOW.getTime() + 60_000)));
    const post = (body: string) => fetch(`${server.base}/dashboard/logout`, {
      method: 'POST', redirect: 'manual', body, headers: { cookie: login.cookie!, 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect((await post('')).status).toBe(403);
    expect((await post('csrf=forged')).status).toBe(403);
    expect((await post(`csrf=${csrfTokenFor(cookies.manager!.split('=')[1]!)}`)).status).toBe(403); // another session's token
    expect((await get(server.base, '/dashboard', login.cookie!)).status).toBe(200);
    const ok = await post(`csrf=${csrfTokenFor(login.cookie!.split('=')[1]!)}`);
    expect(ok.status).toBe(200);
    expect((await get(server.base, '/dashboard', login.cookie!)).status).toBe(401);
  });
});

describe('dashboard access (embedded mode)', () => {
  it('opens as the chosen demo person; without a choice it sends you to the chooser', async () => {
    const { db } = await openDemoDatabase('pglite', NOW);
    const server = await startDashboardServer(db, createManualClock(NOW), 'embedded');
    try {
      expect((await get(server.base, '/dashboard')).headers.get('location')).toBe('/dashboard/kies');
      const chooser = await get(server.base, '/dashboard/kies');
      expect(chooser.text).toContain('Gerard van Wijk');
      expect((await get(server.base, '/dashboard/login?token=abc')).status).toBe(303);
      const staff = await db.prisma.staff.findFirstOrThrow({ where: { name: 'Sanne de Graaf' } });
      const as = await get(server.base, `/dashboard/as?staff=${staff.id}`);
      expect(as.status).toBe(303);
      const cookie = as.headers.get('set-cookie')!.split(';')[0]!;
      const page = await get(server.base, '/dashboard', cookie);
      expect(page.status).toBe(200);
      expect(page.text).toContain('Mijn partnerrelaties');
      expect((await get(server.base, '/dashboard/as?staff=not-a-uuid')).status).toBe(400);
    } finally {
      await server.close();
      await db.close();
    }
  });
});
