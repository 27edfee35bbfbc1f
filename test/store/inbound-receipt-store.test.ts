// Inbound receipts on both databases: the first sight of a key wins, a repeat
// loses, forget() lets a retry through, and an expired receipt counts as unseen
// and is purged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/store/database.ts';
import { createInboundReceiptStore } from '../../src/store/inbound-receipt-store.ts';
import { openTestDatabase, testDbKinds } from '../support/test-database.ts';

describe.each(testDbKinds())('inbound receipts (%s)', (kind) => {
  let db: Database;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
  }, 120_000);
  afterAll(async () => db?.close());

  it('first time once; concurrent repeats lose; forget lets the retry through', async () => {
    const receipts = createInboundReceiptStore(db.prisma);
    const results = await Promise.all(Array.from({ length: 5 }, () => receipts.firstTime('slack:command:7905151234567.1')));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await receipts.firstTime('slack:command:7905151234567.1')).toBe(false);
    await receipts.forget('slack:command:7905151234567.1');
    expect(await receipts.firstTime('slack:command:7905151234567.1')).toBe(true);
  });

  it('an expired receipt counts as unseen, and purging removes only expired ones', async () => {
    const receipts = createInboundReceiptStore(db.prisma);
    expect(await receipts.firstTime('teams:activity:old')).toBe(true);
    expect(await receipts.firstTime('teams:activity:fresh')).toBe(true);
    await db.prisma.inboundReceipt.update({ where: { key: 'teams:activity:old' }, data: { expiresAt: new Date(Date.now() - 60_000) } });
    expect(await receipts.purgeExpired()).toBe(1);
    expect(await db.prisma.inboundReceipt.findUnique({ where: { key: 'teams:activity:fresh' } })).not.toBeNull();
    await db.prisma.inboundReceipt.create({ data: { key: 'teams:activity:stale', expiresAt: new Date(Date.now() - 1_000) } });
    expect(await receipts.firstTime('teams:activity:stale')).toBe(true);
    expect(await receipts.firstTime('teams:activity:stale')).toBe(false);
  });
});
