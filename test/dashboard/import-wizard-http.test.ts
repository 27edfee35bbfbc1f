// The import wizard over real HTTP on the demo organisation: admins only, CSRF on the
// multipart upload too, a BSN refuses the file before anything is stored, a draft is
// only its uploader's, reload works between steps, the column choice is remembered,
// and the import writes in one go with an audit event.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../src/core/clock.ts';
import { csrfTokenFor } from '../../src/dashboard/session-cookie.ts';
import type { Database } from '../../src/store/database.ts';
import { openDemoDatabase } from '../support/test-database.ts';
import { get, insertMagicLink, loginWithToken, startDashboardServer } from './dashboard-server.ts';

const NOW = new Date('2026-11-24T10:00:00Z');
const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url));

describe('import wizard over HTTP', () => {
  let db: Database;
  let server: Awaited<ReturnType<typeof startDashboardServer>>;
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    ({ db } = await openDemoDatabase('pglite', NOW));
    server = await startDashboardServer(db, createManualClock(NOW));
    const wouter = await db.prisma.staff.findFirstOrThrow({ where: { name: 'Wouter Prins' } });
    await db.prisma.staff.create({ data: { organisationId: wouter.organisationId, name: 'Tweede Beheerder', email: 'tweede@zorg.example', role: 'admin' } });
    for (const [who, name] of [['admin', 'Wouter Prins'], ['manager', 'Gerard van Wijk'], ['otherAdmin', 'Tweede Beheerder']] as const) {
      const id = (await db.prisma.staff.findFirstOrThrow({ where: { name } })).id;
      cookies[who] = (await loginWithToken(server.base, await insertMagicLink(db, id, new Date(NOW.getTime() + 60_000)))).cookie!;
    }
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  const tokenOf = (cookie: string) => cookie.split('=')[1]!;
  async function upload(cookie: string, kind: string, file: Buffer, csrf = csrfTokenFor(tokenOf(cookie))) {
    const form = new FormData();
    form.set('csrf', csrf);
    form.set('kind', kind);
    form.set('file', new Blob([new Uint8Array(file)], { type: 'text/csv' }), 'bestand.csv');
    const res = await fetch(`${server.base}/dashboard/beheer/import`, { method: 'POST', body: form, redirect: 'manual', headers: { cookie } });
    return { status: res.status, location: res.headers.get('location'), text: await res.text() };
  }
  async function post(cookie: string, path: string, fields: Record<string, string>) {
    const body = new URLSearchParams({ csrf: csrfTokenFor(tokenOf(cookie)), ...fields });
    const res = await fetch(server.base + path, { method: 'POST', body, redirect: 'manual', headers: { cookie } });
    return { status: res.status, location: res.headers.get('location'), text: await res.text() };
  }

  it('is for admins only, and the upload needs the CSRF token', async () => {
    expect((await get(server.base, '/dashboard/beheer/import', cookies.manager)).status).toBe(403);
    expect((await get(server.base, '/dashboard/beheer/import')).status).toBe(401);
    expect((await upload(cookies.manager!, 'partners', fixture('partners.csv'))).status).toBe(403);
    expect((await upload(cookies.admin!, 'partners', fixture('partners.csv'), 'wrong')).status).toBe(403);
    expect(await db.prisma.importDraft.count()).toBe(0);
  });

  it('refuses a file with a BSN, naming row and column, and stores nothing', async () => {
    const res = await upload(cookies.admin!, 'staff', fixture('staff-with-bsn.csv'));
    expect(res.status).toBe(400);
    expect(res.text).toContain('Rij 2, kolom “Notitie”: deze cel lijkt een BSN te bevatten');
    expect(res.text).not.toContain('111222333');
    expect(await db.prisma.importDraft.count()).toBe(0);
  });

  it('walks upload → columns → check → import; reload works, the draft is only its uploader’s, the mapping is remembered', async () => {
    const before = await db.prisma.partner.count();
    const up = await upload(cookies.admin!, 'partners', fixture('partners.csv'));
    expect(up.status).toBe(303);
    const columnsPath = new URL(up.location!, server.base).pathname;
    const draftPath = columnsPath.replace(/\/kolommen$/, '');
    const columns = await get(server.base, columnsPath, cookies.admin);
    expect(columns.text).toContain('UTF-8 (BOM)');
    expect(columns.text).toMatch(/<option value="name" selected>/);
    // Another admin cannot see or use it.
    expect((await get(server.base, columnsPath, cookies.otherAdmin)).status).toBe(404);
    expect((await post(cookies.otherAdmin!, `${draftPath}/importeren`, {})).status).toBe(404);
    // Map 'Sector' to nothing: remembered for the next partners file.
    const header = ['name', 'category', 'region', '', 'externalId', ''];
    const saved = await post(cookies.admin!, columnsPath, Object.fromEntries(header.map((f, i) => [`col${i}`, f])));
    expect(saved.status).toBe(303);
    const check = await get(server.base, `${draftPath}/controleren`, cookies.admin);
    expect(check.text).toContain('Rubriek “Ziekenhuis”');
    expect(check.text).toMatch(/lijkt op .{0,40}Rode Kruis Ziekenhuis/);
    expect((await get(server.base, `${draftPath}/controleren`, cookies.admin)).status).toBe(200); // reload
    const refused = await post(cookies.admin!, `${draftPath}/importeren`, {});
    expect(refused.status).toBe(409);
    expect(await db.prisma.partner.count()).toBe(before);
    const resolved = await post(cookies.admin!, `${draftPath}/rubrieken`, { count: '1', name0: 'Ziekenhuis', action0: 'create', ideal0: '42', max0: '91' });
    expect(resolved.status).toBe(303);
    const applied = await post(cookies.admin!, `${draftPath}/importeren`, {});
    expect(applied.status).toBe(303);
    expect((await get(server.base, `${draftPath}/klaar`, cookies.admin)).text).toContain('8 nieuw');
    expect(await db.prisma.partner.count()).toBe(before + 8);
    expect(await db.prisma.category.findFirst({ where: { name: 'Ziekenhuis' } })).toMatchObject({ idealIntervalDays: 42, maxIntervalDays: 91 });
    expect(await db.prisma.partner.findFirst({ where: { name: 'Spaarne Gasthuis' } })).toMatchObject({ sector: null, region: 'Haarlem' });
    expect(await db.prisma.auditEvent.count({ where: { action: 'import.partners' } })).toBe(1);
    // Importing twice is impossible: the draft is done.
    expect((await post(cookies.admin!, `${draftPath}/importeren`, {})).location).toMatch(/\/klaar$/);
    const again = await upload(cookies.admin!, 'partners', fixture('partners.csv'));
    const remembered = await get(server.base, new URL(again.location!, server.base).pathname, cookies.admin);
    expect(remembered.text).not.toMatch(/<option value="sector" selected>/);
  }, 120_000);
});
