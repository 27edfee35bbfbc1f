// The organisation beheer pages over real HTTP on PGlite: who may do what (admin,
// lead of the team, lead of another team, staff), CSRF, hostile input (escaped,
// overlong, bad times, unknown timezones, a BSN) with nothing written, and a lead's
// schedule change reloading the runtime's scheduler.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createFeatures } from '../../src/app/create-features.ts';
import { createRuntime, type Runtime } from '../../src/app/create-runtime.ts';
import { createManualClock } from '../../src/core/clock.ts';
import { csrfTokenFor } from '../../src/dashboard/session-cookie.ts';
import { createLogger } from '../../src/logger.ts';
import type { Database } from '../../src/store/database.ts';
import { openDemoDatabase } from '../support/test-database.ts';
import { get, insertMagicLink, loginWithToken, startDashboardServer } from './dashboard-server.ts';

const NOW = new Date('2026-11-24T10:00:00Z');
const BSN = '111222333'; // passes the elfproef
type Who = 'admin' | 'lead' | 'otherLead' | 'staff';

describe('beheer: rubrieken, medewerkers, teams', () => {
  let db: Database;
  let runtime: Runtime;
  let server: Awaited<ReturnType<typeof startDashboardServer>>;
  const ids = {} as Record<'admin' | 'lead' | 'otherLead' | 'staff' | 'esther' | 'transfer' | 'geriatrie' | 'usedCategory', string>;
  const cookies = {} as Record<Who, string>;

  beforeAll(async () => {
    ({ db } = await openDemoDatabase('pglite', NOW));
    const clock = createManualClock(NOW);
    runtime = createRuntime({ db, clock, logger: createLogger('silent'), features: (deps, hooks) => createFeatures(db, deps, hooks) });
    await runtime.scheduler.reload();
    server = await startDashboardServer(db, clock, 'magic-link', undefined, { onTeamSaved: runtime.onSettingsSaved });
    const person = async (name: string) => (await db.prisma.staff.findFirstOrThrow({ where: { name } })).id;
    ids.admin = await person('Wouter Prins');
    ids.lead = await person('Marieke van der Linden');
    ids.otherLead = await person('Hanneke Smit');
    ids.staff = await person('Sanne de Graaf');
    ids.esther = await person('Esther Mulder');
    ids.transfer = (await db.prisma.team.findFirstOrThrow({ where: { name: 'Transferpunt' } })).id;
    ids.geriatrie = (await db.prisma.team.findFirstOrThrow({ where: { name: 'Geriatrie' } })).id;
    ids.usedCategory = (await db.prisma.category.findFirstOrThrow({ where: { partners: { some: {} } } })).id;
    for (const who of ['admin', 'lead', 'otherLead', 'staff'] as const) {
      cookies[who] = (await loginWithToken(server.base, await insertMagicLink(db, ids[who], new Date(NOW.getTime() + 15 * 60_000)))).cookie!;
    }
  });
  afterAll(async () => {
    await server?.close();
    await runtime?.stop();
    await db?.close();
  });

  async function post(who: Who, path: string, fields: Record<string, string | string[]>, csrf: string | null = csrfTokenFor(cookies[who].split('=')[1]!)) {
    const body = new URLSearchParams();
    if (csrf !== null) body.append('csrf', csrf);
    for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) body.append(k, one);
    const res = await fetch(server.base + path, { method: 'POST', redirect: 'manual', headers: { cookie: cookies[who], 'content-type': 'application/x-www-form-urlencoded' }, body });
    return { status: res.status, text: await res.text() };
  }
  const auditCount = (action: string) => db.prisma.auditEvent.count({ where: { action } });

  it('lets each role reach exactly its pages', async () => {
    const matrix: [string, Record<Who, number>][] = [
      ['/dashboard/beheer', { admin: 200, lead: 200, otherLead: 200, staff: 403 }],
      ['/dashboard/beheer/rubrieken', { admin: 200, lead: 403, otherLead: 403, staff: 403 }],
      ['/dashboard/beheer/medewerkers', { admin: 200, lead: 200, otherLead: 200, staff: 403 }],
      [`/dashboard/beheer/medewerkers/${ids.staff}`, { admin: 200, lead: 200, otherLead: 403, staff: 403 }],
      [`/dashboard/beheer/medewerkers/${ids.admin}`, { admin: 200, lead: 403, otherLead: 403, staff: 403 }],
      ['/dashboard/beheer/teams', { admin: 200, lead: 200, otherLead: 200, staff: 403 }],
      [`/dashboard/beheer/teams/${ids.transfer}`, { admin: 200, lead: 200, otherLead: 403, staff: 403 }],
    ];
    for (const [path, expected] of matrix) {
      for (const who of Object.keys(expected) as Who[]) {
        const res = await get(server.base, path, cookies[who]);
        expect({ path, who, status: res.status }).toEqual({ path, who, status: expected[who] });
        if (res.status === 403) expect(res.text).toContain('Geen toegang');
      }
    }
    const home = await get(server.base, '/dashboard/beheer', cookies.lead);
    expect(home.text).toContain('/dashboard/beheer/teams');
    expect(home.text).not.toContain('/dashboard/beheer/rubrieken');
    const adminHome = await get(server.base, '/dashboard/beheer', cookies.admin);
    for (const path of ['rubrieken', 'partners', 'toewijzingen', 'wachtrij', 'medewerkers', 'teams', 'import', 'privacy']) expect(adminHome.text).toContain(`href="/dashboard/beheer/${path}"`);
    expect((await get(server.base, '/dashboard', cookies.lead)).text).toContain('href="/dashboard/beheer"');
    expect((await get(server.base, '/dashboard', cookies.staff)).text).not.toContain('href="/dashboard/beheer"');
    // A lead's staff list shows their own team only.
    const list = await get(server.base, '/dashboard/beheer/medewerkers', cookies.lead);
    expect(list.text).toContain('Sanne de Graaf');
    expect(list.text).not.toContain('Esther Mulder');
  });

  it('refuses a POST without or with a forged CSRF token, writing nothing', async () => {
    const before = await db.prisma.category.count();
    expect((await post('admin', '/dashboard/beheer/rubrieken', { name: 'Zonder token', idealIntervalDays: '30', maxIntervalDays: '60', requiredLevels: 'tactisch' }, null)).status).toBe(403);
    expect((await post('admin', '/dashboard/beheer/rubrieken', { name: 'Vals token', idealIntervalDays: '30', maxIntervalDays: '60', requiredLevels: 'tactisch' }, csrfTokenFor(cookies.lead.split('=')[1]!))).status).toBe(403);
    expect(await db.prisma.category.count()).toBe(before);
  });

  it('adds, changes and deletes a rubriek; a used one is kept with an explanation', async () => {
    const added = await post('admin', '/dashboard/beheer/rubrieken', { name: 'Huisartsen <b>regio</b>', idealIntervalDays: '45', maxIntervalDays: '90', requiredLevels: ['tactisch', 'strategisch'] });
    expect(added.status).toBe(200);
    expect(added.text).toContain('Huisartsen &lt;b&gt;regio&lt;/b&gt;');
    expect(added.text).not.toContain('<b>regio</b>');
    const row = await db.prisma.category.findFirstOrThrow({ where: { name: 'Huisartsen <b>regio</b>' } });
    expect(row).toMatchObject({ idealIntervalDays: 45, maxIntervalDays: 90, requiredLevels: ['tactisch', 'strategisch'] });

    const changed = await post('admin', `/dashboard/beheer/rubrieken/${row.id}`, { name: 'Huisartsenposten', idealIntervalDays: '30', maxIntervalDays: '60', requiredLevels: 'operationeel' });
    expect(changed.status).toBe(200);
    expect(await db.prisma.category.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ name: 'Huisartsenposten', idealIntervalDays: 30, requiredLevels: ['operationeel'] });

    // "Huisartsen" is one of the demo's rubrieken; capitals do not make it another.
    const duplicate = await post('admin', `/dashboard/beheer/rubrieken/${row.id}`, { name: 'HUISARTSEN', idealIntervalDays: '30', maxIntervalDays: '60', requiredLevels: 'tactisch' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.text).toContain('Er bestaat al een rubriek');

    const used = await post('admin', `/dashboard/beheer/rubrieken/${ids.usedCategory}/verwijderen`, {});
    expect(used.status).toBe(409);
    expect(used.text).toMatch(/hoort bij \d+ partner\(s\) en is dus niet verwijderd/);
    expect(await db.prisma.category.count({ where: { id: ids.usedCategory } })).toBe(1);

    expect((await post('admin', `/dashboard/beheer/rubrieken/${row.id}/verwijderen`, {})).status).toBe(200);
    expect(await db.prisma.category.count({ where: { id: row.id } })).toBe(0);
    expect(await auditCount('category.created')).toBe(1);
    expect(await auditCount('category.changed')).toBe(1);
    expect(await auditCount('category.deleted')).toBe(1);
    expect((await post('lead', '/dashboard/beheer/rubrieken', { name: 'Van een teamleider', idealIntervalDays: '30', maxIntervalDays: '60', requiredLevels: 'tactisch' })).status).toBe(403);
  });

  it('shows Dutch errors beside the fields, keeps the other values, and writes nothing', async () => {
    const before = await db.prisma.category.count();
    const bad = await post('admin', '/dashboard/beheer/rubrieken', { name: `Wijkteams ${BSN}`, idealIntervalDays: '90', maxIntervalDays: '30' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Dit lijkt op een BSN');
    expect(bad.text).toContain('Ideaal mag niet langer zijn dan uiterlijk');
    expect(bad.text).toContain('Kies minstens één niveau');
    expect(bad.text).toContain('value="90"');
    expect(bad.text).toContain('aria-invalid="true" aria-describedby="err-name"');
    const long = await post('admin', '/dashboard/beheer/rubrieken', { name: 'x'.repeat(5000), idealIntervalDays: '30', maxIntervalDays: '60', requiredLevels: 'tactisch' });
    expect(long.status).toBe(400);
    expect(long.text).toContain('Dit is te lang');
    expect(await db.prisma.category.count()).toBe(before);

    const staffBefore = await db.prisma.staff.count();
    const person = await post('admin', '/dashboard/beheer/medewerkers', { name: `Piet ${BSN}`, email: 'piet@zorg.nl', role: 'staff', team: ids.geriatrie });
    expect(person.status).toBe(400);
    expect(person.text).toContain('Dit lijkt op een BSN');
    expect(person.text).toContain('value="piet@zorg.nl"');
    expect(await db.prisma.staff.count()).toBe(staffBefore);
  });

  it('lets a lead change their own team\'s schedule (the scheduler reloads) but not another team', async () => {
    const team = await db.prisma.team.findUniqueOrThrow({ where: { id: ids.transfer } });
    const form = {
      channelRef: team.channelRef ?? '', channelRefOther: '', celebrationChannelRef: '', celebrationChannelRefOther: 'local:successen',
      checkinWeekday: '3', checkinTime: '25:00', reminderTime: '15:00', agendaWeekday: '4', agendaTime: '09:30', nudgeTime: '10:00',
      nudgesEnabled: 'on', timezone: 'Mars/Olympus', language: 'nl', name: 'Hernoemd door de teamleider',
    };
    const bad = await post('lead', `/dashboard/beheer/teams/${ids.transfer}`, form);
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Schrijf een tijd als 09:00');
    expect(bad.text).toContain('Deze tijdzone ken ik niet');
    expect(bad.text).toContain('value="local:successen"');
    expect(await db.prisma.team.findUniqueOrThrow({ where: { id: ids.transfer } })).toMatchObject({ checkinWeekday: team.checkinWeekday, checkinTime: team.checkinTime });

    const checkinCron = () => runtime.scheduler.jobs().find((j) => j.id === `checkin:${ids.transfer}`)?.cron;
    expect(checkinCron()).not.toMatch(/^30 7 /);
    const ok = await post('lead', `/dashboard/beheer/teams/${ids.transfer}`, { ...form, checkinTime: '7:30', timezone: 'Europe/Amsterdam' });
    expect(ok.status).toBe(200);
    const saved = await db.prisma.team.findUniqueOrThrow({ where: { id: ids.transfer } });
    expect(saved).toMatchObject({ name: 'Transferpunt', checkinWeekday: 3, checkinTime: '07:30', celebrationChannelRef: 'local:successen' });
    await vi.waitFor(() => expect(checkinCron()).toMatch(/^30 7 /), { timeout: 10_000 });
    expect(await db.prisma.auditEvent.count({ where: { action: 'team.changed', actorStaffId: ids.lead, subject: ids.transfer } })).toBe(1);

    expect((await post('otherLead', `/dashboard/beheer/teams/${ids.transfer}`, { ...form, checkinTime: '08:00', timezone: 'Europe/Amsterdam' })).status).toBe(403);
    expect((await post('lead', '/dashboard/beheer/teams', { ...form, name: 'Nieuw team', checkinTime: '08:00', timezone: 'Europe/Amsterdam' })).status).toBe(403);
    expect((await db.prisma.team.findUniqueOrThrow({ where: { id: ids.transfer } })).checkinTime).toBe('07:30');
  });

  it('offers the organisation\'s known channels and lets an admin add a team', async () => {
    const page = await get(server.base, `/dashboard/beheer/teams/${ids.transfer}`, cookies.admin);
    expect(page.text).toContain('<option value="local:team-geriatrie"');
    const added = await post('admin', '/dashboard/beheer/teams', {
      name: 'Wijkverpleging', channelRef: '', channelRefOther: 'local:team-wijk', celebrationChannelRef: 'local:team-geriatrie', celebrationChannelRefOther: '',
      checkinWeekday: '1', checkinTime: '09:00', reminderTime: '15:00', agendaWeekday: '2', agendaTime: '09:30', nudgeTime: '10:00', nudgesEnabled: 'off', timezone: 'Europe/Brussels', language: 'en',
    });
    expect(added.status).toBe(200);
    expect(await db.prisma.team.findFirstOrThrow({ where: { name: 'Wijkverpleging' } })).toMatchObject({ channelRef: 'local:team-wijk', celebrationChannelRef: 'local:team-geriatrie', nudgesEnabled: false, timezone: 'Europe/Brussels', language: 'en' });
  });

  it('lets an admin add a colleague as lead, and a lead change only their own team\'s people', async () => {
    const added = await post('admin', '/dashboard/beheer/medewerkers', { name: 'Fatima Ouali', email: 'Fatima@Zorg.nl', role: 'manager', language: 'en', awayUntil: '', team: ids.geriatrie, lead: ids.geriatrie });
    expect(added.status).toBe(200);
    const fatima = await db.prisma.staff.findFirstOrThrow({ where: { name: 'Fatima Ouali' }, include: { memberships: true } });
    expect(fatima).toMatchObject({ email: 'fatima@zorg.nl', role: 'manager', language: 'en' });
    expect(fatima.memberships).toEqual([expect.objectContaining({ teamId: ids.geriatrie, isLead: true })]);

    // Marieke (lead of Transferpunt) sets Sanne away and makes her co-lead; a role sent along is ignored.
    const changed = await post('lead', `/dashboard/beheer/medewerkers/${ids.staff}`, { name: 'Sanne de Graaf', email: '', role: 'admin', language: '', awayUntil: '2026-12-24', team: ids.transfer, lead: ids.transfer });
    expect(changed.status).toBe(200);
    const sanne = await db.prisma.staff.findUniqueOrThrow({ where: { id: ids.staff }, include: { memberships: true } });
    expect(sanne.role).toBe('staff');
    expect(sanne.awayUntil?.toISOString().slice(0, 10)).toBe('2026-12-24');
    expect(sanne.memberships).toEqual([expect.objectContaining({ teamId: ids.transfer, isLead: true })]);
    expect(await db.prisma.auditEvent.count({ where: { action: 'staff.changed', actorStaffId: ids.lead, subject: ids.staff } })).toBe(1);

    // Another team's id in the form, another team's member, and an e-mail already taken.
    const foreignTeam = await post('lead', `/dashboard/beheer/medewerkers/${ids.staff}`, { name: 'Sanne de Graaf', team: [ids.transfer, ids.geriatrie] });
    expect(foreignTeam.status).toBe(400);
    expect((await post('lead', `/dashboard/beheer/medewerkers/${ids.esther}`, { name: 'Esther M.', team: ids.transfer })).status).toBe(403);
    const taken = await post('admin', `/dashboard/beheer/medewerkers/${ids.staff}`, { name: 'Sanne de Graaf', email: 'fatima@zorg.nl', role: 'staff', team: ids.transfer });
    expect(taken.status).toBe(409);
    expect(taken.text).toContain('hoort al bij Fatima Ouali');
    expect((await db.prisma.staff.findUniqueOrThrow({ where: { id: ids.staff } })).email).not.toBe('fatima@zorg.nl');
    expect((await db.prisma.staff.findUniqueOrThrow({ where: { id: ids.esther } })).name).toBe('Esther Mulder');

    // An admin cannot take away their own admin role.
    const demote = await post('admin', `/dashboard/beheer/medewerkers/${ids.admin}`, { name: 'Wouter Prins', role: 'staff' });
    expect(demote.status).toBe(400);
    expect(demote.text).toContain('Je eigen rol als functioneel beheerder kun je niet weghalen');
    expect((await db.prisma.staff.findUniqueOrThrow({ where: { id: ids.admin } })).role).toBe('admin');

    // Search is accent- and case-free.
    const found = await get(server.base, '/dashboard/beheer/medewerkers?q=FATIMA', cookies.admin);
    expect(found.text).toContain('Fatima Ouali');
    expect(found.text).not.toContain('Esther Mulder');
  });
});
