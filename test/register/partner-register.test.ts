import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../src/core/domain-error.ts';
import type { RegisterStore } from '../../src/register/register-ports.ts';
import { archivePartner } from '../../src/register/archive-partner.ts';
import { savePartner } from '../../src/register/save-partner.ts';
import { savePartnerContact } from '../../src/register/save-partner-contact.ts';
import { upsertCategory } from '../../src/register/upsert-category.ts';
import type { Database } from '../../src/store/database.ts';
import { createRegisterStore } from '../../src/store/register-store.ts';
import { code, failure } from '../support/domain-failure.ts';
import { openTestDatabase, testDbKinds } from '../support/test-database.ts';

describe.each(testDbKinds())('partner register (%s)', (kind) => {
  let db: Database;
  let store: RegisterStore;
  let org: string;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    store = createRegisterStore(db.prisma);
  });
  afterAll(async () => db?.close());
  beforeEach(async () => {
    org = (await db.prisma.organisation.create({ data: { name: 'Zorggroep Test', externalId: crypto.randomUUID() } })).id;
  });


  describe('categories', () => {
    it('upserts by name (any capitals) and lists by priority', async () => {
      await upsertCategory(store, { organisationId: org, name: 'Rubriek B', idealIntervalDays: 60, maxIntervalDays: 90, priority: 2 });
      const a = await upsertCategory(store, { organisationId: org, name: 'Rubriek A', idealIntervalDays: 30, maxIntervalDays: 45, priority: 1 });
      const again = await upsertCategory(store, { organisationId: org, name: 'rubriek a', idealIntervalDays: 20, maxIntervalDays: 40, priority: 1 });
      expect(again).toMatchObject({ id: a.id, name: 'Rubriek A', idealIntervalDays: 20, maxIntervalDays: 40 });
      expect((await store.listCategories(org)).map((c) => c.name)).toEqual(['Rubriek A', 'Rubriek B']);
    });

    it('rejects ideal > max with a Dutch message and writes nothing', async () => {
      const err = await upsertCategory(store, { organisationId: org, name: 'X', idealIntervalDays: 90, maxIntervalDays: 30 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DomainError);
      expect((err as DomainError).code).toBe('invalid_input');
      expect((err as DomainError).message).toMatch(/ideale contactfrequentie mag niet langer zijn dan de maximale/);
      expect(await store.listCategories(org)).toEqual([]);
    });
  });

  describe('partners', () => {
    it('creates with category by name, aliases, sector, region and externalId', async () => {
      await upsertCategory(store, { organisationId: org, name: 'Kern', idealIntervalDays: 30, maxIntervalDays: 60 });
      const p = await savePartner(store, {
        organisationId: org, name: '  GGD Hollands Midden ', categoryName: 'kern', aliases: ['GGD', 'ggd', 'GGD HM'],
        sector: 'publieke gezondheid', region: 'Leiden', externalId: 'KVK-123',
      });
      expect(p).toMatchObject({ name: 'GGD Hollands Midden', categoryName: 'Kern', aliases: ['GGD', 'GGD HM'], sector: 'publieke gezondheid', region: 'Leiden', externalId: 'KVK-123', archivedAt: null });
      expect(await store.findPartner(p.id)).toEqual(p);
    });

    it('detects a duplicate name regardless of capitals, on create and on rename', async () => {
      const first = await savePartner(store, { organisationId: org, name: 'Gemeente Leiden' });
      const other = await savePartner(store, { organisationId: org, name: 'Gemeente Katwijk' });
      const err = await failure(savePartner(store, { organisationId: org, name: 'gemeente LEIDEN' }));
      expect(err.code).toBe('partner_duplicate');
      expect(err.message).toMatch(/Er bestaat al een partner "Gemeente Leiden"/);
      expect(err.details).toMatchObject({ existingPartnerId: first.id, values: { name: 'Gemeente Leiden' } });
      expect(await code(savePartner(store, { organisationId: org, id: other.id, name: 'Gemeente leiden' }))).toBe('partner_duplicate');
      // Renaming to its own name in other capitals is fine.
      expect((await savePartner(store, { organisationId: org, id: first.id, name: 'GEMEENTE LEIDEN' })).name).toBe('GEMEENTE LEIDEN');
      expect(await db.prisma.partner.count({ where: { organisationId: org } })).toBe(2);
    });

    it('maps a duplicate externalId (unique index) to a DomainError', async () => {
      await savePartner(store, { organisationId: org, name: 'A', externalId: 'X1' });
      expect(await code(savePartner(store, { organisationId: org, name: 'B', externalId: 'X1' }))).toBe('partner_duplicate');
    });

    it('rejects an unknown category, naming the known ones, and writes nothing', async () => {
      await upsertCategory(store, { organisationId: org, name: 'Kern', idealIntervalDays: 30, maxIntervalDays: 60 });
      const err = await failure(savePartner(store, { organisationId: org, name: 'Huisartsen', categoryName: 'Onbekend' }));
      expect(err.code).toBe('category_not_found');
      expect(err.message).toMatch(/Kies een van: Kern/);
      expect(await db.prisma.partner.count({ where: { organisationId: org } })).toBe(0);
    });

    it('rejects an empty name with a Dutch message', async () => {
      const err = await failure(savePartner(store, { organisationId: org, name: '   ' }));
      expect(err.code).toBe('invalid_input');
      expect(err.message).toMatch(/naam van de partner mag niet leeg zijn/);
    });

    it('updates only the given fields and clears the category with null', async () => {
      await upsertCategory(store, { organisationId: org, name: 'Kern', idealIntervalDays: 30, maxIntervalDays: 60 });
      const p = await savePartner(store, { organisationId: org, name: 'Wijkteam', categoryName: 'Kern', region: 'Noord' });
      const q = await savePartner(store, { organisationId: org, id: p.id, sector: 'sociaal domein' });
      expect(q).toMatchObject({ name: 'Wijkteam', categoryName: 'Kern', region: 'Noord', sector: 'sociaal domein' });
      expect(await savePartner(store, { organisationId: org, id: p.id, categoryName: null })).toMatchObject({ categoryId: null, categoryName: null });
    });

    it('does not let another organisation change a partner', async () => {
      const p = await savePartner(store, { organisationId: org, name: 'Ziekenhuis' });
      const otherOrg = (await db.prisma.organisation.create({ data: { name: 'Ander', externalId: crypto.randomUUID() } })).id;
      expect(await code(savePartner(store, { organisationId: otherOrg, id: p.id, name: 'Gekaapt' }))).toBe('partner_not_found');
      expect(await code(archivePartner(store, { organisationId: otherOrg, partnerId: p.id }, new Date()))).toBe('partner_not_found');
    });

    it('searches by name or alias prefix, ignores archived partners, and can restore them', async () => {
      const hmc = await savePartner(store, { organisationId: org, name: 'Haaglanden Medisch Centrum', aliases: ['HMC'] });
      await savePartner(store, { organisationId: org, name: 'Haga Ziekenhuis' });
      await savePartner(store, { organisationId: org, name: '100%_Zorg' });
      expect((await store.searchPartners(org, 'haa')).map((p) => p.name)).toEqual(['Haaglanden Medisch Centrum']);
      expect((await store.searchPartners(org, 'hmc')).map((p) => p.id)).toEqual([hmc.id]);
      expect((await store.searchPartners(org, 'ha')).length).toBe(2);
      expect((await store.searchPartners(org, '100%_')).map((p) => p.name)).toEqual(['100%_Zorg']);
      expect(await store.searchPartners(org, '1_0')).toEqual([]);
      const now = new Date('2026-03-02T10:00:00Z');
      expect((await archivePartner(store, { organisationId: org, partnerId: hmc.id }, now)).archivedAt).toEqual(now);
      expect((await store.searchPartners(org, 'ha')).map((p) => p.name)).toEqual(['Haga Ziekenhuis']);
      expect((await archivePartner(store, { organisationId: org, partnerId: hmc.id, archived: false }, now)).archivedAt).toBeNull();
    });

    it('warns when a new name matches an archived partner', async () => {
      const p = await savePartner(store, { organisationId: org, name: 'Oud Partner' });
      await archivePartner(store, { organisationId: org, partnerId: p.id }, new Date());
      const err = await failure(savePartner(store, { organisationId: org, name: 'oud partner' }));
      expect(err.message).toMatch(/\(gearchiveerd\)/);
    });
  });

  describe('partner contact persons', () => {
    it('adds and updates contacts per level and rejects a duplicate name at the same partner', async () => {
      const p = await savePartner(store, { organisationId: org, name: 'VVT Zuid' });
      const c = await savePartnerContact(store, {
        organisationId: org, partnerId: p.id, name: 'Anna de Vries', level: 'strategisch', jobTitle: 'bestuurder',
        email: 'Anna@VVT.nl', phone: '071 123 4567', expertise: ['dementie'],
      });
      expect(c).toMatchObject({ level: 'strategisch', email: 'anna@vvt.nl', jobTitle: 'bestuurder', expertise: ['dementie'] });
      await savePartnerContact(store, { organisationId: org, partnerId: p.id, name: 'Bram', level: 'operationeel' });
      const updated = await savePartnerContact(store, { organisationId: org, partnerId: p.id, id: c.id, name: 'Anna de Vries', level: 'tactisch' });
      expect(updated).toMatchObject({ id: c.id, level: 'tactisch', jobTitle: null });
      expect((await store.listPartnerContacts(p.id)).map((x) => x.name)).toEqual(['Bram', 'Anna de Vries']);
      expect(await code(savePartnerContact(store, { organisationId: org, partnerId: p.id, name: 'Bram', level: 'tactisch' }))).toBe('partner_contact_duplicate');
    });

    it('rejects an unknown level in Dutch and a contact of another partner', async () => {
      const p = await savePartner(store, { organisationId: org, name: 'P1' });
      const q = await savePartner(store, { organisationId: org, name: 'P2' });
      const err = await failure(savePartnerContact(store, { organisationId: org, partnerId: p.id, name: 'X', level: 'directie' as 'tactisch' }));
      expect(err.message).toMatch(/niveau moet operationeel, tactisch of strategisch zijn/);
      const c = await savePartnerContact(store, { organisationId: org, partnerId: p.id, name: 'Y', level: 'tactisch' });
      expect(await code(savePartnerContact(store, { organisationId: org, partnerId: q.id, id: c.id, name: 'Y', level: 'tactisch' }))).toBe('partner_contact_not_found');
    });
  });
});
