// Register edits (partners, contact persons, staff, teams, rubrieken) go through the
// store's BSN guard: a BSN in any text field is refused with the Dutch BSN message and
// nothing is written; phone numbers and other ordinary numbers are stored as typed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BSN_REFUSED } from '../../src/core/bsn-refused.ts';
import { isDomainError } from '../../src/core/domain-error.ts';
import { savePartner } from '../../src/register/save-partner.ts';
import { savePartnerContact } from '../../src/register/save-partner-contact.ts';
import { saveStaff } from '../../src/register/save-staff.ts';
import { saveTeam } from '../../src/register/save-team.ts';
import { upsertCategory } from '../../src/register/upsert-category.ts';
import type { Database } from '../../src/store/database.ts';
import { createRegisterStore } from '../../src/store/register-store.ts';
import { createStaffStore } from '../../src/store/staff-store.ts';
import { findStoredBsn } from '../support/find-stored-bsn.ts';
import { openTestDatabase, testDbKinds } from '../support/test-database.ts';

const refused = (err: unknown) => isDomainError(err, BSN_REFUSED) && /BSN/.test((err as Error).message);

describe.each(testDbKinds())('register edits refuse BSNs (%s)', (kind) => {
  let db: Database;
  let org: string;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    org = (await db.prisma.organisation.create({ data: { name: 'Zorggroep Test' } })).id;
  }, 60_000);
  afterAll(async () => db?.close());

  it('refuses a BSN in any text field of any register kind and writes nothing', async () => {
    const register = createRegisterStore(db.prisma);
    const staff = createStaffStore(db.prisma);
    const partner = await savePartner(register, { organisationId: org, name: 'Het Baken', aliases: ['Baken'] });
    await expect(savePartner(register, { organisationId: org, name: 'Havenlicht 123 456 782' })).rejects.toSatisfy(refused);
    await expect(savePartner(register, { organisationId: org, id: partner.id, aliases: ['Baken', '12345678-2'] })).rejects.toSatisfy(refused);
    await expect(savePartner(register, { organisationId: org, id: partner.id, region: 'Leiden ١١١٢٢٢٣٣٣' })).rejects.toSatisfy(refused);
    await expect(savePartnerContact(register, { organisationId: org, partnerId: partner.id, name: 'Anna', level: 'tactisch', jobTitle: 'cliënt 974\u2009319\u2009958' })).rejects.toSatisfy(refused);
    await expect(saveStaff(staff, { organisationId: org, name: 'Sanne', expertise: ['wondzorg', '１２３４５６７８２'] })).rejects.toSatisfy(refused);
    await expect(saveTeam(staff, { organisationId: org, name: 'Team 111.222.333' })).rejects.toSatisfy(refused);
    await expect(upsertCategory(register, { organisationId: org, name: 'VVT 123456782', idealIntervalDays: 30, maxIntervalDays: 60 })).rejects.toSatisfy(refused);
    expect(await findStoredBsn(db, ['123456782', '111222333', '974319958'])).toEqual([]);
    expect(await db.prisma.partner.findUniqueOrThrow({ where: { id: partner.id } })).toMatchObject({ aliases: ['Baken'], region: null });

    const contact = await savePartnerContact(register, { organisationId: org, partnerId: partner.id, name: 'Anna', level: 'tactisch', phone: '+31 6 12345671' });
    // '612345671' passes the elfproef, but after +31 it is a phone number.
    expect(contact.phone).toBe('+31 6 12345671');
  });
});
