// The dashboard's privacy page over real HTTP: admins only (403 for others, 401
// without a session), CSRF on every POST, inzage in three formats, verwijderen only
// after typing the e-mail again, and the retention periods form.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createManualClock } from '../../src/core/clock.ts';
import { csrfTokenFor } from '../../src/dashboard/session-cookie.ts';
import type { Database } from '../../src/store/database.ts';
import { loadDemoOrganisation } from '../../src/store/load-demo.ts';
import { searchEverywhere } from '../../src/store/person-search.ts';
import { get, insertMagicLink, loginWithToken, startDashboardServer } from '../dashboard/dashboard-server.ts';
import { openTestDatabase, testDbKinds } from '../support/test-database.ts';

const NOW = new Date('2026-11-24T10:00:00Z');

describe.each(testDbKinds())('privacy beheer page (%s)', (kind) => {
  let db: Database;
  let server: Awaited<ReturnType<typeof startDashboardServer>>;
  let admin: { id: string; cookie: string; csrf: string };
  let staff: { cookie: string; csrf: string };
  let youssef: { id: string; name: string; email: string };

  async function login(name: string) {
    const id = (await db.prisma.staff.findFirstOrThrow({ where: { name } })).id;
    const cookie = (await loginWithToken(server.base, await insertMagicLink(db, id, new Date(NOW.getTime() + 15 * 60_000)))).cookie!;
    return { id, cookie, csrf: csrfTokenFor(cookie.split('=')[1]!) };
  }

  async function post(path: string, cookie: string | null, form: Record<string, string>) {
    const res = await fetch(`${server.base}/dashboard${path}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}) },
      body: new URLSearchParams(form).toString(),
    });
    return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
  }

  beforeEach(async () => {
    db = await openTestDatabase(kind);
    await loadDemoOrganisation(db, NOW);
    server = await startDashboardServer(db, createManualClock(NOW));
    admin = await login('Wouter Prins');
    staff = await login('Sanne de Graaf');
    const y = await db.prisma.staff.findFirstOrThrow({ where: { name: 'Youssef El Amrani' } });
    youssef = { id: y.id, name: y.name, email: y.email! };
  });
  afterEach(async () => {
    await server.close();
    await db.close();
  });

  it('is for admins only, and every POST needs the CSRF token', async () => {
    expect((await get(server.base, '/dashboard/beheer/privacy')).status).toBe(401);
    expect((await get(server.base, '/dashboard/beheer/privacy', staff.cookie)).status).toBe(403);
    expect((await post('/beheer/privacy/inzage', staff.cookie, { csrf: staff.csrf, email: youssef.email })).status).toBe(403);
    expect((await post('/beheer/privacy/verwijderen/bevestig', staff.cookie, { csrf: staff.csrf, email: youssef.email, confirm: youssef.email })).status).toBe(403);
    expect((await get(server.base, '/dashboard', staff.cookie)).text).not.toContain('/dashboard/beheer/privacy');

    const page = await get(server.base, '/dashboard/beheer/privacy', admin.cookie);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<h1>Privacy (AVG)</h1>');
    expect(page.text).toContain('href="/dashboard/beheer/privacy" aria-current="page"');
    expect((await post('/beheer/privacy/inzage', admin.cookie, { email: youssef.email })).status).toBe(403);
    expect((await post('/beheer/privacy/verwijderen/bevestig', admin.cookie, { csrf: 'x'.repeat(43), email: youssef.email, confirm: youssef.email })).status).toBe(403);
    expect(await db.prisma.staff.count({ where: { id: youssef.id } })).toBe(1);
  });

  it('gives the inzage as JSON, HTML and CSV; refuses a bad address in Dutch', async () => {
    const json = await post('/beheer/privacy/inzage', admin.cookie, { csrf: admin.csrf, email: youssef.email.toUpperCase(), format: 'json' });
    expect(json.type).toContain('application/json');
    expect(JSON.parse(json.text).staff[0].profile).toMatchObject({ id: youssef.id, name: youssef.name });
    const html = await post('/beheer/privacy/inzage', admin.cookie, { csrf: admin.csrf, email: youssef.email, format: 'html' });
    expect(html.status).toBe(200);
    expect(html.text).toContain(`Inzage: ${youssef.email}`);
    expect(html.text).toContain('<h3>Check-in-antwoorden</h3>');
    expect(html.text).not.toContain('avg.part_'); // every part has a readable name
    const csv = await post('/beheer/privacy/inzage', admin.cookie, { csrf: admin.csrf, email: youssef.email, format: 'csv' });
    expect(csv.type).toContain('text/csv');
    expect(csv.text).toContain(`staff;profile;1;name;${youssef.name}`);
    // Same manual-clock instant for all three: compare as a set.
    const audits = await db.prisma.auditEvent.findMany({ where: { action: 'privacy.export' } });
    expect(audits.map((e) => [e.actorStaffId, e.details])).toEqual(expect.arrayContaining(['json', 'html', 'csv'].map((format) => [admin.id, { via: 'dashboard', format }])));
    expect(audits).toHaveLength(3);

    const bad = await post('/beheer/privacy/inzage', admin.cookie, { csrf: admin.csrf, email: 'geen adres', format: 'json' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('geen adres&#39; is geen geldig e-mailadres');
    expect((await post('/beheer/privacy/inzage', admin.cookie, { csrf: admin.csrf, email: 'niemand@example.org' })).status).toBe(404);
  });

  it('erases only after the e-mail is typed again; audited with the admin, without the person', async () => {
    const confirm = await post('/beheer/privacy/verwijderen', admin.cookie, { csrf: admin.csrf, email: youssef.email });
    expect(confirm.status).toBe(200);
    expect(confirm.text).toContain('1 medewerker(s) en 0 contactperso(o)n(en)');
    expect(confirm.text).toContain('action="/dashboard/beheer/privacy/verwijderen/bevestig"');

    const mismatch = await post('/beheer/privacy/verwijderen/bevestig', admin.cookie, { csrf: admin.csrf, email: youssef.email, confirm: 'iemand@anders.nl' });
    expect(mismatch.status).toBe(400);
    expect(await db.prisma.staff.count({ where: { id: youssef.id } })).toBe(1);

    const done = await post('/beheer/privacy/verwijderen/bevestig', admin.cookie, { csrf: admin.csrf, email: youssef.email, confirm: ` ${youssef.email.toUpperCase()} ` });
    expect(done.status).toBe(200);
    expect(done.text).toContain(`${youssef.email} is verwijderd`);
    expect(await searchEverywhere(db.prisma, [youssef.email, youssef.name])).toEqual([]);
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: 'privacy.erase' } });
    expect(audit).toMatchObject({ actorStaffId: admin.id, subject: null, details: expect.objectContaining({ via: 'dashboard', staff: 1 }) });
  });

  it('shows and changes the retention periods, with Dutch errors', async () => {
    expect((await get(server.base, '/dashboard/beheer/privacy', admin.cookie)).text).toContain('name="answerTextMonths" value="24"');
    const bad = await post('/beheer/privacy/bewaartermijnen', admin.cookie, { csrf: admin.csrf, answerTextMonths: '0', sentOutboxDays: 'dertig', auditMonths: '84' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('antwoorden en notities: minimaal 1 maanden');
    expect(bad.text).toContain('verzonden berichten: vul een heel getal in');
    const ok = await post('/beheer/privacy/bewaartermijnen', admin.cookie, { csrf: admin.csrf, answerTextMonths: '12', sentOutboxDays: '14', auditMonths: '60' });
    expect(ok.status).toBe(200);
    expect(ok.text).toContain('name="sentOutboxDays" value="14"');
    expect(await db.prisma.retentionPolicy.findFirstOrThrow()).toMatchObject({ answerTextMonths: 12, sentOutboxDays: 14, auditMonths: 60 });
    expect(await db.prisma.auditEvent.findFirstOrThrow({ where: { action: 'privacy.retention_changed' } })).toMatchObject({ actorStaffId: admin.id });
  });
});
