// Inbound deliveries seen before (Slack event_id or trigger_id, Teams activity
// id). A platform resends what it thinks was not received; the first insert of a
// key wins, repeats are ignored. Rows expire after a day and are purged now and
// then by the store itself (one DELETE at most every 10 minutes per process).
import type { InboundReceipts } from '../bot/feature.ts';
import type { Prisma } from './generated/client.ts';

const KEEP_MS = 24 * 60 * 60_000;
const PURGE_EVERY_MS = 10 * 60_000;

export function createInboundReceiptStore(client: Prisma.TransactionClient): InboundReceipts {
  let purgedAt = 0;

  async function purgeNowAndThen(): Promise<void> {
    if (Date.now() - purgedAt < PURGE_EVERY_MS) return;
    purgedAt = Date.now();
    await client.$executeRaw`DELETE FROM "InboundReceipt" WHERE "expiresAt" < now()`;
  }

  return {
    async firstTime(key) {
      await purgeNowAndThen();
      const expiresAt = new Date(Date.now() + KEEP_MS);
      // An expired row that was not purged yet counts as not seen.
      const rows = await client.$queryRaw<{ key: string }[]>`
        INSERT INTO "InboundReceipt" (key, "expiresAt") VALUES (${key}, ${expiresAt})
        ON CONFLICT (key) DO UPDATE SET "expiresAt" = EXCLUDED."expiresAt"
          WHERE "InboundReceipt"."expiresAt" < now()
        RETURNING key`;
      return rows.length === 1;
    },

    async forget(key) {
      await client.$executeRaw`DELETE FROM "InboundReceipt" WHERE key = ${key}`;
    },

    async purgeExpired() {
      purgedAt = Date.now();
      return client.$executeRaw`DELETE FROM "InboundReceipt" WHERE "expiresAt" < now()`;
    },
  };
}
