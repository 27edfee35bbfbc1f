import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../src/core/domain-error.ts';
import type { NewContactMoment } from '../../src/core/register.ts';
import { archivePartner } from '../../src/register/archive-partner.ts';
import { assignPartner } from '../../src/register/assign-partner.ts';
import { logContactMoment } from '../../src/register/log-contact-moment.ts';
import type { ContactStore, RegisterStore, StaffStore } from '../../src/register/register-ports.ts';
import { savePartner } from '../../src/register/save-partner.ts';
import { saveStaff } from '../../src/register/save-staff.ts';
import { unassignPartner } from '../../src/register/unassign-partner.ts';
import { createContactStore } from '../../src/store/contact-store.ts';
import type { Database } from '../../src/store/database.ts';
import { createRegisterStore } from '../../src/store/register-store.ts';
import { createStaffStore } from '../../src/store/staff-store.ts';
import { code, failure } from '../support/domain-failure.ts';
import { openTestDatabase, testDbKinds } from '../support/test-database.ts';

const NOW = new Date('2026-11-23T10:00:00Z');

describe.each(testDbKinds())('assignments and contact moments (%s)', (kind) => {
  let db: Database;
  let ports: { register: RegisterStore; staff: StaffStore; contacts: ContactStore };
  let org: string;
  let staffId: string;
  let partnerId: string;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    ports = { register: createRegisterStore(db.prisma), staff: createStaffStore(db.prisma), contacts: createContactStore(db.prisma) };
  });
  afterAll(async () => db?.close());
  beforeEach(async () => {
    org = (await db.prisma.organisation.create({ data: { name: 'Zorggroep Test', externalId: crypto.randomUUID() } })).id;
    staffId = (await saveStaff(ports.staff, { organisationId: org, name: 'Sanne' })).id;
    partnerId = (await savePartner(ports.register, { organisationId: org, name: 'Gemeente Leiden' })).id;
  });

  const moment = (extra: Partial<NewContactMoment> = {}): NewContactMoment => ({
    organisationId: org, staffId, partnerId, occurredAt: '2026-11-20T14:00:00+01:00', channel: 'phone', level: 'tactisch', source: 'manual', ...extra,
  });
  const counts = async () => ({
    moments: await db.prisma.contactMoment.count({ where: { partnerId } }),
    audits: await db.prisma.auditEvent.count({ where: { organisationId: org } }),
  });

  describe('assignments', () => {
    it('assigns per level, re-kinds on repeat, lists per staff and partner, and unassigns', async () => {
      const other = (await saveStaff(ports.staff, { organisationId: org, name: 'Tom' })).id;
      await assignPartner(ports, { organisationId: org, staffId, partnerId, level: 'tactisch' });
      await assignPartner(ports, { organisationId: org, staffId, partnerId, level: 'strategisch', kind: 'co_owner' });
      const again = await assignPartner(ports, { organisationId: org, staffId, partnerId, level: 'tactisch', kind: 'co_owner' });
      await assignPartner(ports, { organisationId: org, staffId: other, partnerId, level: 'operationeel' });
      expect(again.kind).toBe('co_owner');
      expect((await ports.contacts.listAssignmentsOfStaff(staffId)).map((a) => [a.level, a.kind])).toEqual([['tactisch', 'co_owner'], ['strategisch', 'co_owner']]);
      expect((await ports.contacts.listAssignmentsOfPartner(partnerId)).map((a) => a.level)).toEqual(['operationeel', 'tactisch', 'strategisch']);
      expect(await unassignPartner(ports, { organisationId: org, staffId, partnerId, level: 'tactisch' })).toBe(true);
      expect(await unassignPartner(ports, { organisationId: org, staffId, partnerId, level: 'tactisch' })).toBe(false);
      expect((await ports.contacts.listAssignmentsOfStaff(staffId)).map((a) => a.level)).toEqual(['strategisch']);
    });

    it('refuses staff or partners of another organisation and a bad level', async () => {
      const otherOrg = (await db.prisma.organisation.create({ data: { name: 'Ander', externalId: crypto.randomUUID() } })).id;
      const stranger = (await saveStaff(ports.staff, { organisationId: otherOrg, name: 'Vreemde' })).id;
      expect(await code(assignPartner(ports, { organisationId: org, staffId: stranger, partnerId, level: 'tactisch' }))).toBe('staff_not_found');
      expect(await code(assignPartner(ports, { organisationId: otherOrg, staffId: stranger, partnerId, level: 'tactisch' }))).toBe('partner_not_found');
      expect(await code(assignPartner(ports, { organisationId: org, staffId, partnerId, level: 'hoog' as 'tactisch' }))).toBe('invalid_input');
      expect(await db.prisma.assignment.count({ where: { partnerId } })).toBe(0);
    });
  });

  describe('logContactMoment', () => {
    it('writes the moment and an audit event without the note', async () => {
      const m = await logContactMoment(ports, moment({ note: 'Overleg over wachtlijst jeugd-GGZ' }), NOW);
      expect(m).toMatchObject({ partnerId, staffId, level: 'tactisch', channel: 'phone', source: 'manual', note: 'Overleg over wachtlijst jeugd-GGZ' });
      expect(m.occurredAt.toISOString()).toBe('2026-11-20T13:00:00.000Z');
      expect(await ports.contacts.listContactMoments(partnerId)).toEqual([m]);
      const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { organisationId: org } });
      expect(audit).toMatchObject({ actorStaffId: staffId, action: 'contact_moment.logged', subject: `partner:${partnerId}` });
      expect(audit.details).toEqual({ contactMomentId: m.id, level: 'tactisch', channel: 'phone', source: 'manual' });
    });

    it('accepts up to 5 minutes ahead and up to 2 years back', async () => {
      await logContactMoment(ports, moment({ occurredAt: new Date(NOW.getTime() + 4 * 60_000) }), NOW);
      await logContactMoment(ports, moment({ occurredAt: new Date('2024-11-23T10:00:01Z') }), NOW);
      expect((await counts()).moments).toBe(2);
    });

    it.each([
      ['contact_in_future', { occurredAt: new Date(NOW.getTime() + 6 * 60_000) }, /in de toekomst/],
      ['contact_too_old', { occurredAt: new Date('2024-11-23T09:59:59Z') }, /meer dan 2 jaar geleden/],
      ['note_contains_bsn', { note: 'cliënt met BSN 111222333 besproken' }, /lijkt een BSN te bevatten/],
      ['invalid_input', { occurredAt: 'gisteren' }, /geen geldige datum/],
      ['invalid_input', { channel: 'fax' as 'phone' }, /manier van contact onbekend/],
    ] as const)('rejects %s in Dutch and writes nothing', async (expected, extra, message) => {
      const err = await failure(logContactMoment(ports, moment(extra), NOW));
      expect(err).toBeInstanceOf(DomainError);
      expect(err.code).toBe(expected);
      expect(err.message).toMatch(message);
      expect(err.message).not.toMatch(/111222333/);
      expect(await counts()).toEqual({ moments: 0, audits: 0 });
    });

    it('rejects a partner of another organisation, staff of another organisation and archived partners', async () => {
      const otherOrg = (await db.prisma.organisation.create({ data: { name: 'Ander', externalId: crypto.randomUUID() } })).id;
      const stranger = (await saveStaff(ports.staff, { organisationId: otherOrg, name: 'Vreemde' })).id;
      expect(await code(logContactMoment(ports, moment({ organisationId: otherOrg, staffId: stranger }), NOW))).toBe('partner_not_found');
      expect(await code(logContactMoment(ports, moment({ staffId: stranger }), NOW))).toBe('staff_not_found');
      await archivePartner(ports.register, { organisationId: org, partnerId }, NOW);
      expect(await code(logContactMoment(ports, moment(), NOW))).toBe('partner_archived');
      expect(await counts()).toEqual({ moments: 0, audits: 0 });
    });

    it('leaves no contact moment when the audit write fails (one transaction)', async () => {
      const missingOrg = crypto.randomUUID();
      const write = ports.contacts.recordContactMoment(
        { partnerId, staffId, occurredAt: NOW, channel: 'email', level: 'operationeel', note: null, source: 'manual' },
        { organisationId: missingOrg, actorStaffId: staffId, action: 'contact_moment.logged' },
      );
      await expect(write).rejects.toThrow();
      expect(await counts()).toEqual({ moments: 0, audits: 0 });
      expect(await db.prisma.auditEvent.count({ where: { organisationId: missingOrg } })).toBe(0);
    });
  });
});
