// The durable outbox. enqueue() runs inside the caller's transaction, so a
// message exists exactly when the state change that caused it does; the worker
// claims due rows with SKIP LOCKED so several instances never send the same row.
// A claim names its holder and lasts while the holder's heartbeat does
// (worker-instance-store.ts): a dead process's claims are taken over, a live one
// keeps its claims through a database outage until its bookkeeping is done.
import { ZOutboundDelivery, ZOutboxDelivery, type OutboundDelivery, type OutboxDelivery } from '../core/outbound.ts';
import type { ClaimAs, OutboxClaims, OutboxItem } from '../outbox/outbox-worker-ports.ts';
import type { Prisma } from './generated/client.ts';

export type { ClaimAs, OutboxItem };

export interface DeadLetter {
  id: string;
  idempotencyKey: string;
  platform: string;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
}

type Client = Prisma.TransactionClient;


/**
 * A new message is due whatever the worker's clock says: the database default
 * now() is real time, and a manual clock (tests, the playground) may be behind it.
 */
const DUE_AT_ONCE = new Date(0);

export function createOutboxStore(client: Client) {
  const store = {
    /** Inserts messages; a key that already exists is skipped (idempotent). Returns how many were new. */
    async enqueue(items: { key: string; delivery: OutboxDelivery }[]): Promise<number> {
      if (items.length === 0) return 0;
      const res = await client.outbox.createMany({
        data: items.map((i) => ({
          idempotencyKey: i.key,
          platform: i.delivery.platform,
          payload: i.delivery as unknown as Prisma.InputJsonValue,
          nextAttemptAt: DUE_AT_ONCE,
        })),
        skipDuplicates: true,
      });
      return res.count;
    },

    /**
     * Claims due rows: unclaimed ones (or an anonymous claim whose lease ended) and,
     * when `as.takeOverSilentForMs` is set, rows of holders whose heartbeat stopped.
     */
    async claimDue(now: Date, limit: number, leaseMs: number, as: ClaimAs = { holder: 'anonymous', takeOverSilentForMs: null }): Promise<OutboxItem[]> {
      const takeOver = as.takeOverSilentForMs !== null;
      const silentSeconds = (as.takeOverSilentForMs ?? 0) / 1000;
      const rows = await client.$queryRaw<{ id: string; idempotencyKey: string; payload: unknown; attempts: number }[]>`
        UPDATE "Outbox" SET "lockedUntil" = ${new Date(now.getTime() + leaseMs)}, "lockedBy" = ${as.holder}
        WHERE id IN (
          SELECT o.id FROM "Outbox" o
          WHERE o.status = 'pending' AND o."nextAttemptAt" <= ${now}
            AND ((o."lockedBy" IS NULL AND (o."lockedUntil" IS NULL OR o."lockedUntil" < ${now}))
              OR (${takeOver}::boolean AND o."lockedBy" <> ${as.holder} AND NOT EXISTS (
                SELECT 1 FROM "WorkerInstance" w
                WHERE w.id = o."lockedBy" AND w."heartbeatAt" > now() - make_interval(secs => ${silentSeconds}::float8))))
          ORDER BY o."createdAt", o.id
          LIMIT ${limit}
          FOR UPDATE OF o SKIP LOCKED)
        RETURNING id, "idempotencyKey", payload, attempts`;
      return rows
        .map((r) => ({ id: r.id, idempotencyKey: r.idempotencyKey, attempts: r.attempts, delivery: ZOutboxDelivery.parse(r.payload) }));
    },

    /** `scrubbed` replaces the payload (secrets such as a login token removed) when given. */
    async markSent(id: string, ref: string, now: Date, scrubbed: OutboxDelivery | null = null): Promise<void> {
      // The hot path of a fan-out: one plain UPDATE, no row read back.
      const payload = scrubbed ? JSON.stringify(scrubbed) : null;
      await client.$executeRaw`
        UPDATE "Outbox" SET status = 'sent', "deliveredRef" = ${ref}, "sentAt" = ${now}, "lockedUntil" = NULL, "lockedBy" = NULL,
          "lastError" = NULL, payload = COALESCE(${payload}::jsonb, payload)
        WHERE id = ${id}::uuid`;
    },

    /** At start of the only process on an embedded database: every other claim is a dead process's. */
    async releaseClaimsExcept(holder: string): Promise<number> {
      return client.$executeRaw`
        UPDATE "Outbox" SET "lockedBy" = NULL, "lockedUntil" = NULL
        WHERE status = 'pending' AND ("lockedBy" IS DISTINCT FROM ${holder}) AND ("lockedBy" IS NOT NULL OR "lockedUntil" IS NOT NULL)`;
    },

    /** Releases a row for a later attempt; `failed` counts it towards dead-lettering. */
    async release(id: string, opts: { error: string; nextAttemptAt: Date; failed: boolean }): Promise<void> {
      await client.outbox.update({
        where: { id },
        data: {
          lockedUntil: null,
          lockedBy: null,
          lastError: opts.error.slice(0, 2000),
          nextAttemptAt: opts.nextAttemptAt,
          ...(opts.failed ? { attempts: { increment: 1 } } : {}),
        },
      });
    },

    async markDead(id: string, error: string, scrubbed: OutboxDelivery | null = null): Promise<void> {
      await client.outbox.update({
        where: { id },
        data: {
          status: 'dead', lockedUntil: null, lockedBy: null, lastError: error.slice(0, 2000), attempts: { increment: 1 },
          ...(scrubbed ? { payload: scrubbed as unknown as Prisma.InputJsonValue } : {}),
        },
      });
    },

    /** The message of a delivered entry, to redraw it later (a handled nudge); null when not delivered. */
    async deliveredMessageOf(key: string): Promise<OutboundDelivery | null> {
      const row = await client.outbox.findUnique({ where: { idempotencyKey: key }, select: { payload: true, deliveredRef: true } });
      if (!row?.deliveredRef) return null;
      // A payload purged by retention no longer parses: nothing to redraw.
      const parsed = ZOutboundDelivery.safeParse(row.payload);
      return parsed.success ? parsed.data : null;
    },

    async deliveredRefOf(key: string): Promise<string | null> {
      const row = await client.outbox.findUnique({ where: { idempotencyKey: key }, select: { deliveredRef: true } });
      return row?.deliveredRef ?? null;
    },

    async listDead(limit = 50): Promise<DeadLetter[]> {
      return client.outbox.findMany({
        where: { status: 'dead' },
        orderBy: { createdAt: 'desc' },
        take: limit,
        select: { id: true, idempotencyKey: true, platform: true, attempts: true, lastError: true, createdAt: true },
      });
    },

    /** An admin gives a dead message another go. */
    async requeue(id: string, now: Date): Promise<boolean> {
      const res = await client.outbox.updateMany({
        where: { id, status: 'dead' },
        data: { status: 'pending', attempts: 0, nextAttemptAt: now, lockedUntil: null, lockedBy: null },
      });
      return res.count === 1;
    },

    async countByStatus(): Promise<Record<'pending' | 'sent' | 'dead', number>> {
      const groups = await client.outbox.groupBy({ by: ['status'], _count: { _all: true } });
      const out = { pending: 0, sent: 0, dead: 0 };
      for (const g of groups) out[g.status] = g._count._all;
      return out;
    },

    /** Delivered messages of one platform in send order (the playground rebuilds its view from these). */
    async listSent(platform: string, limit = 2000): Promise<{ key: string; delivery: OutboundDelivery; ref: string; sentAt: Date }[]> {
      const rows = await client.outbox.findMany({
        where: { platform, status: 'sent' },
        orderBy: [{ sentAt: 'asc' }, { idempotencyKey: 'asc' }],
        take: limit,
      });
      return rows.map((r) => ({
        key: r.idempotencyKey,
        delivery: ZOutboundDelivery.parse(r.payload),
        ref: r.deliveredRef ?? '',
        sentAt: r.sentAt ?? r.createdAt,
      }));
    },
  };
  return store satisfies OutboxClaims;
}

export type OutboxStore = ReturnType<typeof createOutboxStore>;
