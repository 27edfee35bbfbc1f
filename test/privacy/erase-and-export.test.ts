// Inzage and verwijderen end to end on the demo organisation plus seeded extras
// (platform account, conversation reference, messages, sessions, audit, mentions
// in colleagues' text): the export holds every seeded fact; after erase no table
// holds the e-mail, the name or the platform id, aggregates still count, and a
// re-import is refused unless explicitly allowed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/store/database.ts';
import { hashErasedEmail } from '../../src/store/erasure-tombstones.ts';
import { loadDemoOrganisation } from '../../src/store/load-demo.ts';
import { createOutboxStore } from '../../src/store/outbox-store.ts';
import { searchEverywhere } from '../../src/store/person-search.ts';
import { EraseBlockedError, erasePerson } from '../../src/store/privacy-erase.ts';
import { exportPersonData } from '../../src/store/privacy-export.ts';
import { importRegister } from '../../src/store/register-import.ts';
import { openTestDatabase, testDbKinds } from '../support/test-database.ts';

const NOW = new Date('2027-03-22T10:00:00Z');
const SLACK_ID = 'U0SANNE0001';
const TEAMS_ID = '5d1c7a2e-0000-4b8e-9c1d-5a4e3f2b1c0d';

describe.each(testDbKinds())('privacy export and erase (%s)', (kind) => {
  let db: Database;
  let organisationId: string;
  let sanne: { id: string; name: string; email: string };
  let youssefId: string;

  beforeEach(async () => {
    db = await openTestDatabase(kind);
    await loadDemoOrganisation(db, NOW);
    const p = db.prisma;
    const s = await p.staff.findFirstOrThrow({ where: { name: 'Sanne de Graaf' } });
    sanne = { id: s.id, name: s.name, email: s.email! };
    organisationId = s.organisationId;
    youssefId = (await p.staff.findFirstOrThrow({ where: { name: 'Youssef El Amrani' } })).id;
    await p.staffIdentity.create({ data: { staffId: sanne.id, platform: 'slack', platformOrgId: 'T01', platformUserId: SLACK_ID } });
    await p.conversationRef.create({ data: { platform: 'slack', key: `person:${sanne.id}`, ref: { channel: 'D123', user: { id: SLACK_ID, name: sanne.name } } } });
    // Teams keys a person's reference by their AAD object id, and keeps the 1:1 chat too.
    await p.staffIdentity.create({ data: { staffId: sanne.id, platform: 'teams', platformOrgId: 'tenant-1', platformUserId: TEAMS_ID } });
    const teamsRef = { serviceUrl: 'https://smba.example/', tenantId: 'tenant-1', conversationId: 'a:1chat', conversationType: 'personal', user: { id: TEAMS_ID, aadObjectId: TEAMS_ID } };
    await p.conversationRef.create({ data: { platform: 'teams', key: `person:${TEAMS_ID}`, ref: teamsRef } });
    await p.conversationRef.create({ data: { platform: 'teams', key: 'chat:a:1chat', ref: teamsRef } });
    await p.conversationRef.create({ data: { platform: 'teams', key: 'channel:19:team', ref: { ...teamsRef, conversationId: '19:team', conversationType: 'channel', user: undefined } } });
    const outbox = createOutboxStore(p);
    await outbox.enqueue([
      { key: 'test:dm', delivery: { type: 'post', platform: 'local', to: { kind: 'person', staffId: sanne.id }, message: { text: `Hoi ${sanne.name}`, blocks: [] } } },
      { key: 'test:dm-update', delivery: { type: 'update', platform: 'local', ofKey: 'test:dm', message: { text: 'Bijgewerkt', blocks: [] } } },
      { key: 'test:channel', delivery: { type: 'post', platform: 'local', to: { kind: 'channel', channelRef: 'local:successen' }, message: { text: `Dank aan ${sanne.name}!`, blocks: [] } } },
    ]);
    await p.magicLink.create({ data: { staffId: sanne.id, tokenHash: 'a'.repeat(64), expiresAt: NOW } });
    await p.dashboardSession.create({ data: { staffId: sanne.id, tokenHash: 'b'.repeat(64), expiresAt: NOW } });
    await p.auditEvent.create({ data: { organisationId, actorStaffId: sanne.id, action: 'settings.changed', details: { by: sanne.email } } });
    const answer = await p.checkInAnswer.findFirstOrThrow({ where: { staffId: youssefId } });
    await p.checkInAnswer.update({ where: { id: answer.id }, data: { done: `Samen met ${sanne.name.toUpperCase()} bij de huisarts geweest` } });
    const success = await p.success.create({
      data: { organisationId, authorId: youssefId, title: 'Warme overdracht', story: `Dankzij ${sanne.name} (${sanne.email}) ging het goed.` },
    });
    await p.successThanks.create({ data: { successId: success.id, staffId: sanne.id } });
    const partner = await p.partner.findFirstOrThrow({ where: { organisationId } });
    await p.contactMoment.create({ data: { partnerId: partner.id, staffId: youssefId, occurredAt: NOW, level: 'operationeel', note: `Overleg met ${sanne.name}` } });
    // Another word that merely starts with her name is not her.
    await p.contactMoment.create({ data: { partnerId: partner.id, staffId: youssefId, occurredAt: NOW, level: 'operationeel', note: `Gebeld met ${sanne.name}land` } });
  });
  afterEach(async () => {
    await db.close();
  });

  it('exports every seeded fact about a staff member', async () => {
    const bundle = await exportPersonData(db.prisma, organisationId, sanne.email.toUpperCase(), NOW);
    expect(bundle.staff).toHaveLength(1);
    const s = bundle.staff[0]!;
    expect(s.profile).toMatchObject({ name: sanne.name, email: sanne.email });
    expect(s.identities.map((i) => i.platformUserId)).toContain(SLACK_ID);
    expect(s.teams).toEqual([{ team: 'Transferpunt', isLead: false }]);
    expect(s.assignments.length).toBe(await db.prisma.assignment.count({ where: { staffId: sanne.id } }));
    expect(s.assignments.length).toBeGreaterThan(0);
    expect(s.contactMoments.length).toBe(await db.prisma.contactMoment.count({ where: { staffId: sanne.id } }));
    expect(s.checkInAnswers.length).toBe(await db.prisma.checkInAnswer.count({ where: { staffId: sanne.id } }));
    expect(s.checkInAnswers.length).toBeGreaterThan(0);
    expect(s.nudges.length).toBe(await db.prisma.nudge.count({ where: { staffId: sanne.id } }));
    expect(s.successesThankingThem.map((x) => x.title)).toContain('Warme overdracht');
    expect(s.conversationRefs.map((r) => r.key).sort()).toEqual(['chat:a:1chat', `person:${TEAMS_ID}`, `person:${sanne.id}`].sort());
    expect(s.outboxMessagesToThem.map((m) => m.idempotencyKey).sort()).toEqual(['test:dm', 'test:dm-update']);
    expect(s.magicLinks).toHaveLength(1);
    expect(s.magicLinks[0]).not.toHaveProperty('tokenHash');
    expect(s.dashboardSessions).toHaveLength(1);
    expect(s.auditEventsByThem.map((a) => a.action)).toContain('settings.changed');
    expect(bundle.mentions.checkInAnswers.map((a) => a.staffId)).toContain(youssefId);
    expect(bundle.mentions.successes.map((x) => x.title)).toContain('Warme overdracht');
    expect(bundle.mentions.contactNotes.map((n) => n.note)).toEqual([`Overleg met ${sanne.name}`]);
    expect(bundle.mentions.outboxMessages).toHaveLength(1);
    // Serialises to JSON (dates as ISO strings) for the download.
    expect(JSON.parse(JSON.stringify(bundle)).staff[0].profile.email).toBe(sanne.email);
  });

  it('erases a staff member everywhere in one go; aggregates still count; a re-import is refused unless allowed', async () => {
    const p = db.prisma;
    const moments = await p.contactMoment.count();
    const hers = await p.contactMoment.count({ where: { staffId: sanne.id } });
    const anonymousBefore = await p.contactMoment.count({ where: { staffId: null } });
    expect(await searchEverywhere(p, [sanne.email, sanne.name, SLACK_ID, TEAMS_ID])).not.toEqual([]);

    const outcome = await erasePerson(db, { organisationId, email: sanne.email, actorStaffId: null, via: 'cli', now: NOW, replacement: '[verwijderd]' });
    expect(outcome).toMatchObject({ staff: 1, contacts: 0, sharedNames: 0 });
    expect(await searchEverywhere(p, [sanne.email, sanne.name, SLACK_ID, TEAMS_ID])).toEqual([]);
    expect(await p.conversationRef.findMany({ select: { key: true } })).toEqual([{ key: 'channel:19:team' }]);
    expect(await p.contactMoment.count()).toBe(moments);
    expect(await p.contactMoment.count({ where: { staffId: null } })).toBe(anonymousBefore + hers);
    expect((await p.checkInAnswer.findFirstOrThrow({ where: { staffId: youssefId, done: { contains: '[verwijderd]' } } })).done).toBe('Samen met [verwijderd] bij de huisarts geweest');
    expect(await p.contactMoment.count({ where: { note: `Overleg met [verwijderd]` } })).toBe(1);
    expect(await p.contactMoment.count({ where: { note: `Gebeld met ${sanne.name}land` } })).toBe(1);
    expect(await p.outbox.count({ where: { idempotencyKey: { in: ['test:dm', 'test:dm-update'] } } })).toBe(0);
    expect(await p.outbox.count({ where: { idempotencyKey: 'test:channel' } })).toBe(1);
    const audit = await p.auditEvent.findFirstOrThrow({ where: { action: 'privacy.erase' } });
    expect(audit.details).toMatchObject({ via: 'cli', staff: 1, contacts: 0 });
    expect(await p.erasureTombstone.count({ where: { organisationId, emailHash: hashErasedEmail(organisationId, sanne.email) } })).toBe(1);

    const batch = { kind: 'staff' as const, rows: [{ row: 2, record: { name: sanne.name, email: sanne.email, role: 'staff' as const } }] };
    const refused = await importRegister(db, { organisationId, batch, dryRun: false });
    expect(refused.written).toBe(false);
    expect(refused.issues).toEqual([{ row: 2, column: expect.any(String), message: expect.stringContaining('--allow-erased') }]);
    expect(await p.staff.count({ where: { email: sanne.email } })).toBe(0);
    const allowed = await importRegister(db, { organisationId, batch, dryRun: false, allowErased: true });
    expect(allowed.written).toBe(true);
    expect(await p.staff.count({ where: { email: sanne.email } })).toBe(1);
  });

  it('erases a partner contact person and their name from free text', async () => {
    const p = db.prisma;
    const contact = await p.partnerContact.findFirstOrThrow({ where: { email: { not: null } }, include: { partner: true } });
    await p.contactMoment.create({ data: { partnerId: contact.partnerId, staffId: youssefId, occurredAt: NOW, level: contact.level, note: `Gebeld met ${contact.name}` } });
    const bundle = await exportPersonData(p, organisationId, contact.email!, NOW);
    expect(bundle.partnerContacts).toEqual([{ partner: contact.partner.name, contact: expect.objectContaining({ name: contact.name }) }]);
    expect(bundle.mentions.contactNotes.map((n) => n.note)).toContain(`Gebeld met ${contact.name}`);

    expect(await erasePerson(db, { organisationId, email: contact.email!, actorStaffId: null, via: 'cli', now: NOW, replacement: '[verwijderd]' })).toMatchObject({ staff: 0, contacts: 1 });
    expect(await searchEverywhere(p, [contact.email!, contact.name])).toEqual([]);
    const contactBatch = { kind: 'contacts' as const, rows: [{ row: 3, record: { partner: contact.partner.name, name: contact.name, level: contact.level, email: contact.email } }] };
    expect((await importRegister(db, { organisationId, batch: contactBatch, dryRun: false })).issues).toHaveLength(1);
  });

  it('stops and changes nothing when the name is left where erase may not scrub it (a partner named after the person)', async () => {
    const p = db.prisma;
    await p.partner.create({ data: { organisationId, name: `Praktijk ${sanne.name}` } });
    await expect(erasePerson(db, { organisationId, email: sanne.email, actorStaffId: null, via: 'cli', now: NOW, replacement: '[verwijderd]' }))
      .rejects.toSatisfy((e) => e instanceof EraseBlockedError && e.hits.some((h) => h.table === 'Partner'));
    expect(await p.staff.count({ where: { id: sanne.id } })).toBe(1);
    expect(await p.erasureTombstone.count()).toBe(0);
    expect(await p.auditEvent.count({ where: { action: 'privacy.erase' } })).toBe(0);
  });

  it('returns null for an unknown e-mail and writes nothing', async () => {
    expect(await erasePerson(db, { organisationId, email: 'niemand@example.org', actorStaffId: null, via: 'cli', now: NOW, replacement: '[verwijderd]' })).toBeNull();
    expect(await db.prisma.erasureTombstone.count()).toBe(0);
  });
});
