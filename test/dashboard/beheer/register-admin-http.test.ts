// The register's beheer pages over real HTTP on the demo organisation: roles (admin,
// lead of another team, staff, manager), CSRF, hostile input (HTML, overlong, BSN),
// typo-tolerant search, aliases, contact persons, merge keeping history (and atomic),
// assignments and the reassign queue.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../../src/core/clock.ts';
import { csrfTokenFor } from '../../../src/dashboard/session-cookie.ts';
import type { Database } from '../../../src/store/database.ts';
import { openDemoDatabase, testDbKinds } from '../../support/test-database.ts';
import { get, insertMagicLink, loginWithToken, startDashboardServer } from '../dashboard-server.ts';

const NOW = new Date('2026-11-24T10:00:00Z');
type Who = 'staff' | 'lead' | 'otherLead' | 'manager' | 'admin';

describe.each(testDbKinds())('beheer: partners, assignments, queue (%s)', (kind) => {
  let db: Database;
  let server: Awaited<ReturnType<typeof startDashboardServer>>;
  const ids: Record<string, string> = {};
  const cookies: Partial<Record<Who, string>> = {};

  beforeAll(async () => {
    ({ db } = await openDemoDatabase(kind, NOW));
    server = await startDashboardServer(db, createManualClock(NOW));
    const person = async (name: string) => (await db.prisma.staff.findFirstOrThrow({ where: { name } })).id;
    ids.staff = await person('Sanne de Graaf');
    ids.lead = await person('Marieke van der Linden');
    ids.otherLead = await person('Hanneke Smit');
    ids.manager = await person('Gerard van Wijk');
    ids.admin = await person('Wouter Prins');
    ids.organisation = (await db.prisma.staff.findUniqueOrThrow({ where: { id: ids.admin } })).organisationId;
    for (const who of ['staff', 'lead', 'otherLead', 'manager', 'admin'] as const) {
      cookies[who] = (await loginWithToken(server.base, await insertMagicLink(db, ids[who]!, new Date(NOW.getTime() + 15 * 60_000)))).cookie!;
    }
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  const csrfOf = (who: Who) => csrfTokenFor(cookies[who]!.split('=')[1]!);
  async function post(who: Who, path: string, fields: Record<string, string>, csrf: string | null = csrfOf(who)) {
    const body = new URLSearchParams({ ...fields, ...(csrf === null ? {} : { csrf }) });
    const res = await fetch(server.base + path, { method: 'POST', redirect: 'manual', body, headers: { cookie: cookies[who]!, 'content-type': 'application/x-www-form-urlencoded' } });
    return { status: res.status, location: res.headers.get('location'), text: await res.text() };
  }
  const page = async (who: Who, path: string) => get(server.base, path, cookies[who]);
  const partnerNamed = (name: string) => db.prisma.partner.findFirstOrThrow({ where: { organisationId: ids.organisation, name } });

  it('admins may use every page; leads only assignments and the queue; staff and management get the Dutch 403', async () => {
    const paths = ['/dashboard/beheer/partners', '/dashboard/beheer/partners/nieuw', '/dashboard/beheer/toewijzingen', '/dashboard/beheer/wachtrij'];
    const got: Record<string, number[]> = {};
    for (const who of ['admin', 'lead', 'otherLead', 'staff', 'manager'] as const) got[who] = await Promise.all(paths.map(async (p) => (await page(who, p)).status));
    expect(got).toEqual({ admin: [200, 200, 200, 200], lead: [403, 403, 200, 200], otherLead: [403, 403, 200, 200], staff: [403, 403, 403, 403], manager: [403, 403, 403, 403] });
    const refused = await page('staff', '/dashboard/beheer/partners');
    expect(refused.text).toContain('Geen toegang');
    expect((await get(server.base, '/dashboard/beheer/partners')).status).toBe(401);
    // A refused POST writes nothing either.
    const before = await db.prisma.partner.count();
    expect((await post('staff', '/dashboard/beheer/partners', { name: 'Van een medewerker', categoryName: '', region: '', sector: '', externalId: '', aliases: '' })).status).toBe(403);
    expect(await db.prisma.partner.count()).toBe(before);
  });

  it('refuses a POST without, or with a forged, CSRF token and writes nothing', async () => {
    const before = await db.prisma.partner.count();
    const fields = { name: 'Zonder token', categoryName: '', region: '', sector: '', externalId: '', aliases: '' };
    expect((await post('admin', '/dashboard/beheer/partners', fields, null)).status).toBe(403);
    expect((await post('admin', '/dashboard/beheer/partners', fields, 'vervalst')).status).toBe(403);
    expect((await post('admin', '/dashboard/beheer/partners', fields, csrfOf('manager'))).status).toBe(403);
    expect(await db.prisma.partner.count()).toBe(before);
  });

  it('searches like the bot: accents, capitals and a swapped letter pair do not matter', async () => {
    const created = await post('admin', '/dashboard/beheer/partners', { name: 'Máxima Medisch Centrum', categoryName: '', region: 'Veldhoven', sector: '', externalId: '', aliases: 'MMC' });
    expect(created.status).toBe(303);
    expect((await page('admin', '/dashboard/beheer/partners?q=maxima')).text).toContain('Máxima Medisch Centrum');
    expect((await page('admin', '/dashboard/beheer/partners?q=pleegzrog')).text).toContain('Pleegzorg Getij');
    expect((await page('admin', '/dashboard/beheer/partners?q=mmc')).text).toContain('Máxima Medisch Centrum'); // alias
    const none = await page('admin', '/dashboard/beheer/partners?q=qqqxyz');
    expect(none.text).toContain('Geen partner gevonden');
    expect(none.text).not.toContain('Máxima');
  });

  it('escapes HTML in names, and an overlong or BSN-bearing value is refused beside its field with the rest kept', async () => {
    const evil = '<script>alert(1)</script> Zorg & Co';
    const created = await post('admin', '/dashboard/beheer/partners', { name: evil, categoryName: '', region: '"><img src=x>', sector: '', externalId: '', aliases: '' });
    expect(created.status).toBe(303);
    const detail = await page('admin', created.location!);
    expect(detail.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Zorg &amp; Co');
    expect(detail.text).not.toContain('<script>alert');
    expect(detail.text).not.toContain('<img src=x>');
    const listed = await page('admin', '/dashboard/beheer/partners?q=zorg%20co');
    expect(listed.text).not.toContain('<script>alert');

    const before = await db.prisma.partner.count();
    const long = await post('admin', '/dashboard/beheer/partners', { name: 'x'.repeat(201), categoryName: '', region: 'Leiden', sector: 'ggz', externalId: '', aliases: 'Eerste\nTweede' });
    expect(long.status).toBe(400);
    expect(long.text).toMatch(/id="partner-name-error">⚠ Te lang/);
    expect(long.text).toContain('aria-invalid="true"');
    expect(long.text).toContain('value="Leiden"');
    expect(long.text).toContain('value="ggz"');
    expect(long.text).toContain('Eerste\nTweede</textarea>');

    const bsn = await post('admin', '/dashboard/beheer/partners', { name: 'Cliënt 111222333 thuiszorg', categoryName: '', region: 'Delft', sector: '', externalId: '', aliases: '' });
    expect(bsn.status).toBe(400);
    expect(bsn.text).toContain('Dit lijkt een burgerservicenummer (BSN)');
    expect(bsn.text).toContain('value="Delft"');
    const bsnAlias = await post('admin', '/dashboard/beheer/partners', { name: 'Thuiszorg Delft', categoryName: '', region: '', sector: '', externalId: '', aliases: 'bsn 111222333' });
    expect(bsnAlias.status).toBe(400);
    expect(await db.prisma.partner.count()).toBe(before);
  });

  it('edits a partner with aliases and a rubriek; an unknown rubriek or a taken name is shown beside its field', async () => {
    const partner = await partnerNamed('Pleegzorg Getij');
    const category = await db.prisma.category.findFirstOrThrow({ where: { organisationId: ids.organisation } });
    const saved = await post('admin', `/dashboard/beheer/partners/${partner.id}`, { name: 'Pleegzorg Getij', categoryName: category.name, region: 'Rotterdam', sector: 'jeugd', externalId: '', aliases: 'Getij\nPleeggezinnen Getij' });
    expect(saved.status).toBe(303);
    const row = await db.prisma.partner.findUniqueOrThrow({ where: { id: partner.id } });
    expect(row.aliases).toEqual(['Getij', 'Pleeggezinnen Getij']);
    expect(row.region).toBe('Rotterdam');
    expect((await page('admin', '/dashboard/beheer/partners?q=pleeggezinen')).text).toContain('Pleegzorg Getij');

    const unknown = await post('admin', `/dashboard/beheer/partners/${partner.id}`, { name: 'Pleegzorg Getij', categoryName: 'Bestaat niet', region: 'Schiedam', sector: '', externalId: '', aliases: '' });
    expect(unknown.status).toBe(400);
    expect(unknown.text).toMatch(/id="partner-categoryName-error">⚠ Rubriek &quot;Bestaat niet&quot; bestaat niet/);
    expect(unknown.text).toContain('value="Schiedam"');
    const other = await db.prisma.partner.findFirstOrThrow({ where: { organisationId: ids.organisation, id: { not: partner.id } } });
    const taken = await post('admin', `/dashboard/beheer/partners/${partner.id}`, { name: other.name.toUpperCase(), categoryName: '', region: '', sector: '', externalId: '', aliases: '' });
    expect(taken.status).toBe(400);
    expect(taken.text).toContain('id="partner-name-error"');
    expect((await db.prisma.partner.findUniqueOrThrow({ where: { id: partner.id } })).region).toBe('Rotterdam');
  });

  it('adds, edits and removes contact persons, and archives and brings back a partner, each audited', async () => {
    const partner = await partnerNamed('Pleegzorg Getij');
    const base = `/dashboard/beheer/partners/${partner.id}`;
    const bad = await post('admin', `${base}/contactpersonen`, { id: '', name: 'Ilse Bakker', level: 'tactisch', jobTitle: 'Teamleider', email: 'geen-mail', phone: '', expertise: '' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Dit is geen geldig e-mailadres');
    expect(bad.text).toContain('value="Teamleider"');
    expect(await db.prisma.partnerContact.count({ where: { partnerId: partner.id, name: 'Ilse Bakker' } })).toBe(0);
    expect((await post('admin', `${base}/contactpersonen`, { id: '', name: 'Ilse Bakker', level: 'tactisch', jobTitle: 'Teamleider', email: 'Ilse@Getij.nl', phone: '010-1234567', expertise: 'pleegzorg, crisis' })).status).toBe(303);
    const contact = await db.prisma.partnerContact.findFirstOrThrow({ where: { partnerId: partner.id, name: 'Ilse Bakker' } });
    expect(contact).toMatchObject({ email: 'ilse@getij.nl', expertise: ['pleegzorg', 'crisis'], level: 'tactisch' });
    expect((await post('admin', `${base}/contactpersonen`, { id: contact.id, name: 'Ilse Bakker-de Vries', level: 'strategisch', jobTitle: '', email: '', phone: '', expertise: '' })).status).toBe(303);
    expect(await db.prisma.partnerContact.findUniqueOrThrow({ where: { id: contact.id } })).toMatchObject({ name: 'Ilse Bakker-de Vries', level: 'strategisch', email: null });
    expect((await page('admin', base)).text).toContain('Ilse Bakker-de Vries');
    expect((await post('admin', `${base}/contactpersonen/${contact.id}/verwijderen`, {})).status).toBe(303);
    expect(await db.prisma.partnerContact.count({ where: { id: contact.id } })).toBe(0);

    expect((await post('admin', `${base}/archiveren`, { archived: '1' })).status).toBe(303);
    expect((await db.prisma.partner.findUniqueOrThrow({ where: { id: partner.id } })).archivedAt).not.toBeNull();
    expect((await page('admin', '/dashboard/beheer/partners?archief=1')).text).toContain('Pleegzorg Getij');
    expect((await post('admin', `${base}/archiveren`, { archived: '0' })).status).toBe(303);
    expect((await db.prisma.partner.findUniqueOrThrow({ where: { id: partner.id } })).archivedAt).toBeNull();
    const actions = (await db.prisma.auditEvent.findMany({ where: { subject: `partner:${partner.id}`, actorStaffId: ids.admin } })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['partner.updated', 'partner_contact.saved', 'partner_contact.removed', 'partner.archived', 'partner.unarchived']));
  });

  it('merges a duplicate into the kept partner with all of its history, without doubles, in one audited step', async () => {
    // Two demo partners with history; the duplicate gets the kept one's owner too (a double assignment).
    const [keep, drop] = await db.prisma.partner.findMany({
      where: { organisationId: ids.organisation, moments: { some: {} }, assignments: { some: {} } }, orderBy: { name: 'asc' }, take: 2,
    });
    const keepOwner = await db.prisma.assignment.findFirstOrThrow({ where: { partnerId: keep!.id } });
    await db.prisma.assignment.upsert({
      where: { staffId_partnerId_level: { staffId: keepOwner.staffId, partnerId: drop!.id, level: keepOwner.level } },
      create: { staffId: keepOwner.staffId, partnerId: drop!.id, level: keepOwner.level, kind: 'owner' }, update: {},
    });
    await db.prisma.nudge.create({ data: { staffId: keepOwner.staffId, partnerId: drop!.id, level: 'operationeel', sentAt: NOW } });
    await db.prisma.commitment.create({ data: { staffId: keepOwner.staffId, partnerId: drop!.id, text: 'bellen over de overdracht' } });
    const [a, b] = [ids.staff!, ids.lead!].sort();
    await db.prisma.introduction.create({ data: { organisationId: ids.organisation!, staffAId: a!, staffBId: b!, partnerId: drop!.id, sentAt: NOW } });
    // One success about both partners: after the merge it names the kept one once.
    const success = await db.prisma.success.findFirstOrThrow({ where: { organisationId: ids.organisation } });
    await db.prisma.successPartner.createMany({ data: [{ successId: success.id, partnerId: keep!.id }, { successId: success.id, partnerId: drop!.id }], skipDuplicates: true });
    const answer = await db.prisma.checkInAnswer.findFirstOrThrow({});
    await db.prisma.checkInAnswer.update({ where: { id: answer.id }, data: { partnerIds: [drop!.id, keep!.id] } });
    const count = async (partnerId: string) => ({
      moments: await db.prisma.contactMoment.count({ where: { partnerId } }),
      nudges: await db.prisma.nudge.count({ where: { partnerId } }),
      assignments: await db.prisma.assignment.count({ where: { partnerId } }),
      commitments: await db.prisma.commitment.count({ where: { partnerId } }),
      successes: await db.prisma.successPartner.count({ where: { partnerId } }),
    });
    const [k, d] = [await count(keep!.id), await count(drop!.id)];

    const confirm = await post('admin', `/dashboard/beheer/partners/${keep!.id}/samenvoegen`, { otherName: drop!.name.toLowerCase() });
    expect(confirm.status).toBe(200);
    expect(confirm.text).toContain('Samenvoegen controleren');
    expect(await db.prisma.partner.count({ where: { id: drop!.id } })).toBe(1); // nothing yet
    const merged = await post('admin', `/dashboard/beheer/partners/${keep!.id}/samenvoegen/bevestig`, { dropId: drop!.id });
    expect(merged.status).toBe(303);

    expect(await db.prisma.partner.count({ where: { id: drop!.id } })).toBe(0);
    const after = await count(keep!.id);
    expect(after.moments).toBe(k.moments + d.moments);
    expect(after.nudges).toBe(k.nudges + d.nudges);
    expect(after.commitments).toBe(k.commitments + d.commitments);
    expect(after.successes).toBe(k.successes + d.successes - 1);
    expect(await db.prisma.successPartner.count({ where: { successId: success.id, partnerId: keep!.id } })).toBe(1);
    expect(await db.prisma.introduction.count({ where: { partnerId: keep!.id, staffAId: a!, staffBId: b! } })).toBe(1);
    expect((await db.prisma.checkInAnswer.findUniqueOrThrow({ where: { id: answer.id } })).partnerIds).toEqual([keep!.id]);
    expect(after.assignments).toBeLessThan(k.assignments + d.assignments); // the double one became one
    const owners = await db.prisma.assignment.findMany({ where: { partnerId: keep!.id } });
    expect(new Set(owners.map((o) => `${o.staffId}:${o.level}`)).size).toBe(owners.length);
    expect((await db.prisma.partner.findUniqueOrThrow({ where: { id: keep!.id } })).aliases).toContain(drop!.name);
    expect(await db.prisma.partnerLevelContact.count({ where: { partnerId: drop!.id } })).toBe(0);
    const event = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: 'partner.merged', subject: `partner:${keep!.id}` } });
    expect(event.actorStaffId).toBe(ids.admin);
    // The old name still finds the kept partner.
    expect((await page('admin', `/dashboard/beheer/partners?q=${encodeURIComponent(drop!.name)}`)).text).toContain(keep!.name);
  });

  it('a merge that fails half-way leaves both partners exactly as they were', async () => {
    const [keep, drop] = await db.prisma.partner.findMany({ where: { organisationId: ids.organisation, moments: { some: {} } }, orderBy: { name: 'desc' }, take: 2 });
    const before = await db.prisma.contactMoment.count({ where: { partnerId: drop!.id } });
    // The database refuses to delete this partner: the merge's last step fails after all rows moved.
    await db.prisma.$executeRawUnsafe(`CREATE FUNCTION refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'test: delete refused'; END $$`);
    await db.prisma.$executeRawUnsafe(`CREATE TRIGGER refuse_delete BEFORE DELETE ON "Partner" FOR EACH ROW WHEN (OLD.id = '${drop!.id}') EXECUTE FUNCTION refuse_delete()`);
    try {
      const res = await post('admin', `/dashboard/beheer/partners/${keep!.id}/samenvoegen/bevestig`, { dropId: drop!.id });
      expect(res.status).toBe(500);
    } finally {
      await db.prisma.$executeRawUnsafe('DROP TRIGGER refuse_delete ON "Partner"');
      await db.prisma.$executeRawUnsafe('DROP FUNCTION refuse_delete()');
    }
    expect(await db.prisma.contactMoment.count({ where: { partnerId: drop!.id } })).toBe(before);
    expect((await db.prisma.partner.findUniqueOrThrow({ where: { id: keep!.id } })).aliases).not.toContain(drop!.name);
    expect(await db.prisma.auditEvent.count({ where: { action: 'partner.merged', subject: `partner:${keep!.id}` } })).toBe(0);
  });

  it('a lead assigns, moves and removes only within their own team', async () => {
    const member = await db.prisma.teamMembership.findFirstOrThrow({ where: { team: { name: 'Transferpunt' }, isLead: false } });
    const outsider = await db.prisma.teamMembership.findFirstOrThrow({ where: { team: { name: 'Geriatrie' }, isLead: false } });
    const partner = await db.prisma.partner.findFirstOrThrow({ where: { organisationId: ids.organisation, archivedAt: null, assignments: { none: {} } } });
    const refused = await post('lead', '/dashboard/beheer/toewijzingen', { partnerName: partner.name, staffId: outsider.staffId, level: 'strategisch', kind: 'owner' });
    expect(refused.status).toBe(403);
    const unknown = await post('lead', '/dashboard/beheer/toewijzingen', { partnerName: 'Bestaat Echt Niet', staffId: member.staffId, level: 'strategisch', kind: 'owner' });
    expect(unknown.status).toBe(400);
    expect(unknown.text).toContain('Geen partner met de naam &quot;Bestaat Echt Niet&quot;');
    expect(await db.prisma.assignment.count({ where: { partnerId: partner.id } })).toBe(0);
    expect((await post('lead', '/dashboard/beheer/toewijzingen', { partnerName: partner.name.toLowerCase(), staffId: member.staffId, level: 'strategisch', kind: 'owner' })).status).toBe(303);
    expect(await db.prisma.assignment.count({ where: { partnerId: partner.id, staffId: member.staffId, level: 'strategisch' } })).toBe(1);
    expect((await post('otherLead', '/dashboard/beheer/toewijzingen/intrekken', { partnerId: partner.id, level: 'strategisch', staffId: member.staffId })).status).toBe(403);
    expect((await post('lead', '/dashboard/beheer/toewijzingen/verplaatsen', { partnerId: partner.id, level: 'strategisch', fromStaffId: member.staffId, toStaffId: outsider.staffId })).status).toBe(403);
    expect((await post('lead', '/dashboard/beheer/toewijzingen/verplaatsen', { partnerId: partner.id, level: 'strategisch', fromStaffId: member.staffId, toStaffId: ids.lead! })).status).toBe(303);
    expect(await db.prisma.assignment.findMany({ where: { partnerId: partner.id }, select: { staffId: true } })).toEqual([{ staffId: ids.lead }]);
    expect((await post('lead', '/dashboard/beheer/toewijzingen/intrekken', { partnerId: partner.id, level: 'strategisch', staffId: ids.lead! })).status).toBe(303);
    expect(await db.prisma.assignment.count({ where: { partnerId: partner.id } })).toBe(0);
    const actions = (await db.prisma.auditEvent.findMany({ where: { subject: `partner:${partner.id}`, action: { startsWith: 'assignment.' } } })).map((e) => e.action).sort();
    expect(actions).toEqual(['assignment.added', 'assignment.reassigned', 'assignment.removed']);
  });

  it('the reassign queue: one click to the suggested colleague, "toch laten staan", and only the own team for a lead', async () => {
    const members = await db.prisma.teamMembership.findMany({ where: { team: { name: 'Transferpunt' } }, select: { staffId: true } });
    const owned = await db.prisma.assignment.findMany({ where: { staffId: { in: members.map((m) => m.staffId) }, level: 'operationeel' }, take: 2 });
    expect(owned).toHaveLength(2);
    const disown = (a: (typeof owned)[number]) => db.prisma.nudge.create({ data: { staffId: a.staffId, partnerId: a.partnerId, level: a.level, sentAt: NOW, outcome: 'not_mine', outcomeAt: NOW } });
    const [first, second] = [await disown(owned[0]!), await disown(owned[1]!)];

    const queue = await page('lead', '/dashboard/beheer/wachtrij');
    expect(queue.status).toBe(200);
    expect(queue.text).toContain(`/dashboard/beheer/wachtrij/${first.id}/toewijzen`);
    expect((await page('otherLead', '/dashboard/beheer/wachtrij')).text).not.toContain(first.id);
    expect((await post('otherLead', `/dashboard/beheer/wachtrij/${first.id}/laten-staan`, {})).status).toBe(403);

    // The one-click button carries the suggested colleague: same team, fewest partners.
    const section = queue.text.slice(queue.text.indexOf(`/wachtrij/${first.id}/toewijzen`));
    const suggested = /name="toStaffId" value="([0-9a-f-]{36})"/.exec(section)![1]!;
    expect(members.map((m) => m.staffId)).toContain(suggested);
    expect(suggested).not.toBe(owned[0]!.staffId);
    expect((await post('lead', `/dashboard/beheer/wachtrij/${first.id}/toewijzen`, { toStaffId: suggested })).status).toBe(303);
    expect(await db.prisma.assignment.count({ where: { staffId: owned[0]!.staffId, partnerId: owned[0]!.partnerId, level: 'operationeel' } })).toBe(0);
    expect(await db.prisma.assignment.count({ where: { staffId: suggested, partnerId: owned[0]!.partnerId, level: 'operationeel' } })).toBe(1);
    expect(await db.prisma.nudge.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ queueHandling: 'reassigned', queueHandledBy: ids.lead });
    expect(await db.prisma.auditEvent.count({ where: { action: 'queue.reassigned', actorStaffId: ids.lead } })).toBe(1);
    // Handled: gone from the queue, and a second click is answered, not repeated.
    expect((await page('lead', '/dashboard/beheer/wachtrij')).text).not.toContain(first.id);
    expect((await post('lead', `/dashboard/beheer/wachtrij/${first.id}/toewijzen`, { toStaffId: suggested })).status).toBe(404);

    expect((await post('admin', `/dashboard/beheer/wachtrij/${second.id}/laten-staan`, {})).status).toBe(303);
    expect(await db.prisma.nudge.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({ queueHandling: 'kept', queueHandledBy: ids.admin });
    expect(await db.prisma.assignment.count({ where: { id: owned[1]!.id } })).toBe(1);
    expect(await db.prisma.auditEvent.count({ where: { action: 'queue.kept' } })).toBe(1);
    expect((await page('admin', '/dashboard/beheer/wachtrij')).text).not.toContain(second.id);
  });
});
