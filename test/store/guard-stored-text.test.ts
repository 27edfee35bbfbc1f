// The store's own BSN guard: whatever path a write takes, a string that would be stored
// with a BSN-like number refuses the write (and its transaction); outbox text is redacted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BSN_REFUSED } from '../../src/core/bsn-refused.ts';
import { isDomainError } from '../../src/core/domain-error.ts';
import type { Database } from '../../src/store/database.ts';
import { openTestDatabase, testDbKinds } from '../support/test-database.ts';

const refused = (err: unknown) => isDomainError(err, BSN_REFUSED);

describe.each(testDbKinds())('store BSN guard (%s)', (kind) => {
  let db: Database;
  let organisationId: string;
  let staffId: string;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    organisationId = (await db.prisma.organisation.create({ data: { name: 'Zorg Kust' } })).id;
    staffId = (await db.prisma.staff.create({ data: { organisationId, name: 'Sanne', expertise: ['wijkzorg'] } })).id;
  }, 60_000);
  afterAll(async () => db?.close());

  it('refuses create, update, upsert and createMany with a BSN in any string, arrays included', async () => {
    await expect(db.prisma.partner.create({ data: { organisationId, name: 'Het Baken 123\u202f456\u202f782' } })).rejects.toSatisfy(refused);
    await expect(db.prisma.partner.create({ data: { organisationId, name: 'Het Baken', aliases: ['baken', '１２３４５６７８２'] } })).rejects.toSatisfy(refused);
    await expect(db.prisma.staff.update({ where: { id: staffId }, data: { expertise: { set: ['12345678-2'] } } })).rejects.toSatisfy(refused);
    await expect(db.prisma.staff.updateMany({ where: { organisationId }, data: { name: '111 222 333' } })).rejects.toSatisfy(refused);
    await expect(db.prisma.category.upsert({
      where: { organisationId_name: { organisationId, name: 'VVT' } },
      create: { organisationId, name: 'VVT 974319958', idealIntervalDays: 30, maxIntervalDays: 60 },
      update: {},
    })).rejects.toSatisfy(refused);
    await expect(db.prisma.commitment.createMany({ data: [{ staffId, text: 'Bellen' }, { staffId, text: 'cliënt ١٢٣٤٥٦٧٨٢' }] })).rejects.toSatisfy(refused);
    expect(await db.prisma.partner.count()).toBe(0);
    expect(await db.prisma.commitment.count()).toBe(0);
    expect((await db.prisma.staff.findUniqueOrThrow({ where: { id: staffId } })).expertise).toEqual(['wijkzorg']);
  });

  it('refuses a nested write and rolls back the whole transaction', async () => {
    await expect(db.prisma.$transaction(async (tx) => {
      await tx.commitment.create({ data: { staffId, text: 'Overleg plannen' } });
      await tx.success.create({ data: { organisationId, authorId: staffId, title: 'Samen', story: 'Over 123 456 782 gesproken' } });
    })).rejects.toSatisfy(refused);
    expect(await db.prisma.commitment.count()).toBe(0);
    expect(await db.prisma.success.count()).toBe(0);
  });

  it('stores ordinary text with phone numbers, IBANs, dates, amounts and ids untouched', async () => {
    const note = 'Gebeld 06-12345678 / +31 6 12345678, IBAN NL91ABNA0417164300, op 23-11-2026 om 9.30 uur, € 1.234,56, 2311 AB';
    const commitment = await db.prisma.commitment.create({ data: { staffId, text: note } });
    expect(commitment.text).toBe(note);
    await db.prisma.commitment.delete({ where: { id: commitment.id } });
  });

  it('stores a hex digest whose digits happen to pass the elfproef (an erasure tombstone)', async () => {
    // "111222333" passes the elfproef; inside a sha256 digest it is chance, not a BSN.
    const emailHash = `ab${'111222333'}cd${'0'.repeat(51)}`;
    const tombstone = await db.prisma.erasureTombstone.create({ data: { organisationId, emailHash, kind: 'contact', erasedAt: new Date() } });
    expect(tombstone.emailHash).toBe(emailHash);
    await db.prisma.erasureTombstone.delete({ where: { id: tombstone.id } });
  });

  it('redacts a BSN-like number in an outbox payload instead of refusing the delivery', async () => {
    const row = await db.prisma.outbox.create({
      data: { idempotencyKey: 'k1', platform: 'local', payload: { to: { kind: 'channel', channelRef: 'C1' }, message: { text: 'Succes! cliënt 123.456.782', blocks: [{ type: 'text', text: 'nr 111222333' }] } } },
    });
    expect(JSON.stringify(row.payload)).not.toMatch(/123\.456\.782|111222333/);
    expect(JSON.stringify(row.payload)).toContain('[BSN verwijderd]');
    expect(row.payload).toMatchObject({ to: { channelRef: 'C1' } });
  });
});
