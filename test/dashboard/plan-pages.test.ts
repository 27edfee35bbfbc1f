// "Mijn plan" and the team's plans over real HTTP: view, add and edit a goal with
// the result-or-effort advice, BSN and CSRF refused, who may see whose plan, print CSS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../src/core/clock.ts';
import { csrfTokenFor } from '../../src/dashboard/session-cookie.ts';
import type { Database } from '../../src/store/database.ts';
import { loadDemoOrganisation } from '../../src/store/load-demo.ts';
import { openTestDatabase, testDbKinds } from '../support/test-database.ts';
import { get, insertMagicLink, loginWithToken, startDashboardServer } from './dashboard-server.ts';

const NOW = new Date('2027-01-12T10:00:00Z');

describe.each(testDbKinds())('plan pages (%s)', (kind) => {
  let db: Database;
  let server: Awaited<ReturnType<typeof startDashboardServer>>;
  const clock = createManualClock(NOW);
  const ids: Record<string, string> = {};
  const cookies: Record<string, string> = {};

  async function post(who: string, path: string, fields: Record<string, string>, csrf = true) {
    const token = decodeURIComponent(cookies[who]!.split('=')[1]!);
    const body = new URLSearchParams({ ...fields, ...(csrf ? { csrf: csrfTokenFor(token) } : {}) });
    const res = await fetch(server.base + path, { method: 'POST', body, redirect: 'manual', headers: { cookie: cookies[who]! } });
    return { status: res.status, location: res.headers.get('location'), text: await res.text() };
  }

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await loadDemoOrganisation(db, NOW);
    server = await startDashboardServer(db, clock);
    const person = async (name: string) => (await db.prisma.staff.findFirstOrThrow({ where: { name } })).id;
    ids.youssef = await person('Youssef El Amrani');
    ids.lead = await person('Marieke van der Linden');
    ids.otherLead = await person('Hanneke Smit');
    ids.sanne = await person('Sanne de Graaf');
    ids.manager = await person('Gerard van Wijk');
    for (const who of ['youssef', 'lead', 'otherLead', 'sanne', 'manager']) {
      cookies[who] = (await loginWithToken(server.base, await insertMagicLink(db, ids[who]!, new Date(NOW.getTime() + 15 * 60_000)))).cookie!;
    }
    ids.partner = (await db.prisma.assignment.findFirstOrThrow({ where: { staffId: ids.youssef } })).partnerId;
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  it('shows my empty plan with a form, saves an effort goal and shows the advice', async () => {
    const page = await get(server.base, '/dashboard/plan', cookies.youssef);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Mijn jaarplan 2027');
    expect(page.text).toContain('Nog geen doelen voor dit jaar.');
    expect(page.text).toContain('action="/dashboard/plan/doel"');

    const saved = await post('youssef', '/dashboard/plan/doel', { goal: '', partner: ids.partner!, result: 'Elk kwartaal bijpraten met het wijkteam', measure: '', target: '', due: '', sub: '' });
    expect(saved.status).toBe(303);
    const goal = await db.prisma.planGoal.findFirstOrThrow({ where: { plan: { staffId: ids.youssef, year: 2027 } } });
    expect(saved.location).toBe(`/dashboard/plan?jaar=2027&advies=${goal.id}#doel-${goal.id}`);
    const advised = await get(server.base, saved.location!.split('#')[0]!, cookies.youssef);
    expect(advised.text).toContain('leest als een inspanning (bijpraten)');
    expect(advised.text).toContain('10% meer behoud van personeel');

    const edited = await post('youssef', '/dashboard/plan/doel', { goal: goal.id, partner: ids.partner!, result: 'Heropnames binnen 30 dagen van 12% naar 8%', measure: '', target: '', due: '2027-12-31', sub: 'afspraak\nevaluatie' });
    expect(edited.status).toBe(303);
    const page2 = await get(server.base, edited.location!.split('#')[0]!, cookies.youssef);
    expect(page2.text).toContain('Mooi: dit is een resultaat met een maat.');
    expect(page2.text).toContain('<li>evaluatie</li>');
    expect(await db.prisma.planGoal.count({ where: { plan: { staffId: ids.youssef } } })).toBe(1);
  });

  it('refuses a BSN, a missing CSRF token and someone else\'s goal without storing anything', async () => {
    const goal = await db.prisma.planGoal.findFirstOrThrow({ where: { plan: { staffId: ids.youssef } } });
    const bsn = await post('youssef', '/dashboard/plan/doel', { goal: '', partner: '', result: 'Cliënt 111222333 thuis', measure: '', target: '', due: '', sub: '' });
    expect(bsn.status).toBe(400);
    expect(bsn.text).toContain('op een BSN lijkt');
    expect((await post('youssef', '/dashboard/plan/doel', { goal: '', partner: '', result: 'Zonder token', measure: '', target: '', due: '', sub: '' }, false)).status).toBe(403);
    expect((await post('sanne', '/dashboard/plan/doel', { goal: goal.id, partner: '', result: 'Overgenomen', measure: '', target: '', due: '', sub: '' })).status).toBe(403);
    expect((await db.prisma.planGoal.findUniqueOrThrow({ where: { id: goal.id } })).result).toBe('Heropnames binnen 30 dagen van 12% naar 8%');
    expect(await db.prisma.planGoal.count({ where: { plan: { staffId: ids.youssef } } })).toBe(1);
  });

  it('a lead sees the team\'s plans and which partners have no goal; others are refused', async () => {
    const team = await get(server.base, '/dashboard/plannen', cookies.lead);
    expect(team.status).toBe(200);
    expect(team.text).toContain('Youssef El Amrani');
    const youssefPartners = await db.prisma.assignment.findMany({ where: { staffId: ids.youssef }, include: { partner: true } });
    const without = youssefPartners.filter((a) => a.partnerId !== ids.partner).map((a) => a.partner.name);
    for (const name of without) expect(team.text).toContain(name.replace(/&/g, '&amp;').replace(/'/g, '&#39;'));
    expect((await get(server.base, `/dashboard/plan?staff=${ids.youssef}`, cookies.lead)).text).not.toContain('action="/dashboard/plan/doel"');
    expect((await get(server.base, `/dashboard/plan?staff=${ids.youssef}`, cookies.otherLead)).status).toBe(403);
    expect((await get(server.base, '/dashboard/plannen', cookies.sanne)).status).toBe(403);
  });

  it('closes my own commitments from my page, and refuses someone else\'s', async () => {
    const open = await db.prisma.commitment.findMany({ where: { staffId: ids.youssef, state: 'open' }, orderBy: { createdAt: 'asc' }, take: 2 });
    expect(open.length).toBe(2);
    const page = await get(server.base, `/dashboard/mensen/${ids.youssef}`, cookies.youssef);
    expect(page.text).toContain(`action="/dashboard/afspraken/${open[0]!.id}"`);
    expect((await get(server.base, `/dashboard/mensen/${ids.youssef}`, cookies.lead)).text).not.toContain('/dashboard/afspraken/');
    expect((await post('sanne', `/dashboard/afspraken/${open[0]!.id}`, { state: 'done' })).status).toBe(403);
    const done = await post('youssef', `/dashboard/afspraken/${open[0]!.id}`, { state: 'done' });
    expect(done).toMatchObject({ status: 303, location: `/dashboard/mensen/${ids.youssef}` });
    expect((await post('youssef', `/dashboard/afspraken/${open[1]!.id}`, { state: 'dropped' })).status).toBe(303);
    const states = await db.prisma.commitment.findMany({ where: { id: { in: open.map((c) => c.id) } }, orderBy: { createdAt: 'asc' } });
    expect(states.map((c) => c.state)).toEqual(['done', 'dropped']);
    expect((await get(server.base, `/dashboard/mensen/${ids.youssef}`, cookies.youssef)).text).not.toContain(`/dashboard/afspraken/${open[0]!.id}`);
  });

  it('management sees its own strategic coverage as "het goede voorbeeld"; a lead does not', async () => {
    const page = await get(server.base, '/dashboard/plannen', cookies.manager);
    expect(page.status).toBe(200);
    const figure = /<strong>(\d+)%<\/strong> van de strategische relaties van het management is binnen de contactfrequentie \((\d+) van (\d+)\)/.exec(page.text);
    expect(figure).not.toBeNull();
    const total = await db.prisma.assignment.count({ where: { level: 'strategisch', staff: { role: 'manager' }, partner: { archivedAt: null } } });
    expect(total).toBeGreaterThan(0);
    expect(Number(figure![3])).toBe(total);
    expect(Number(figure![1])).toBe(Math.round((100 * Number(figure![2])) / total));
    expect((await get(server.base, '/dashboard/plannen', cookies.lead)).text).not.toContain('Het goede voorbeeld');
  });

  it('the partner page shows who holds which goal with it and its latest progress; the person page each month as shape and word', async () => {
    const goal = await db.prisma.planGoal.findFirstOrThrow({ where: { plan: { staffId: ids.youssef, year: 2027 } } });
    const before = await get(server.base, `/dashboard/partners/${ids.partner}`, cookies.lead);
    expect(before.text).toContain('Jaarplan 2027: doelen met deze partner');
    expect(before.text).toMatch(new RegExp(`href="/dashboard/mensen/${ids.youssef}">Youssef El Amrani</a></th><td>Heropnames binnen 30 dagen van 12% naar 8%</td><td><span class="muted">Nog geen voortgang gemeld.`));

    await db.prisma.planGoalProgress.createMany({ data: [{ goalId: goal.id, month: '2027-01', status: 'on_track' }, { goalId: goal.id, month: '2027-03', status: 'behind' }] });
    const march = new Date('2027-03-15T10:00:00Z');
    clock.set(march);
    try {
      // A session lasts 8 hours: log in again in March.
      const lead = (await loginWithToken(server.base, await insertMagicLink(db, ids.lead!, new Date(march.getTime() + 15 * 60_000)))).cookie!;
      const partner = await get(server.base, `/dashboard/partners/${ids.partner}`, lead);
      expect(partner.text).toContain('<span class="goal-mark" data-status="behind"><span aria-hidden="true">▼</span> achter</span> <span class="muted">(2027-03)</span>');
      const person = await get(server.base, `/dashboard/mensen/${ids.youssef}`, lead);
      expect(person.status).toBe(200);
      const row = person.text.slice(person.text.indexOf('Voortgang van de doelen 2027'));
      expect(row).toContain('<th scope="col">jan</th><th scope="col">feb</th><th scope="col">mrt</th></tr>');
      expect(row).toMatch(/<td><span class="goal-mark" data-status="on_track"><span aria-hidden="true">●<\/span> op schema<\/span><\/td><td><span class="muted" title="geen voortgang gemeld">–<\/span><\/td><td><span class="goal-mark" data-status="behind"><span aria-hidden="true">▼<\/span> achter<\/span><\/td><\/tr>/);
      // Another partner, no goals: says so.
      const admin = await db.prisma.staff.findFirstOrThrow({ where: { role: 'admin' } });
      const asAdmin = (await loginWithToken(server.base, await insertMagicLink(db, admin.id, new Date(march.getTime() + 15 * 60_000)))).cookie!;
      const other = await db.prisma.partner.findFirstOrThrow({ where: { archivedAt: null, goals: { none: {} } } });
      expect((await get(server.base, `/dashboard/partners/${other.id}`, asAdmin)).text).toContain('Nog niemand heeft dit jaar een doel met deze partner.');
    } finally {
      clock.set(NOW);
    }
  });

  it('someone without partners is told so, not that every partner has a goal', async () => {
    const admin = await db.prisma.staff.findFirstOrThrow({ where: { role: 'admin', assignments: { none: {} } } });
    const asAdmin = (await loginWithToken(server.base, await insertMagicLink(db, admin.id, new Date(clock.now().getTime() + 15 * 60_000)))).cookie!;
    const page = await get(server.base, '/dashboard/plan', asAdmin);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Nog geen partners toegewezen.');
    expect(page.text).not.toContain('Elke partner heeft een doel.');
  });

  it('prints without the forms', async () => {
    const css = await get(server.base, '/dashboard/assets/dashboard.css', cookies.youssef);
    // Inside the print block, the plan's forms are hidden (the block holds other rules too).
    expect(css.text).toMatch(/@media print \{[\s\S]*\.plan-form[^{}]*\{\s*display:none/);
  });
});
