// Heartbeats of running outbox workers. A claim on an outbox row lasts as long
// as its holder's heartbeat does, so a killed process's claims are recognised
// (its row stops moving) while a live one's survive a database outage.
import type { WorkerInstances } from '../outbox/outbox-worker-ports.ts';
import type { Prisma } from './generated/client.ts';

/** Rows of instances silent this long are removed (they are long dead). */
const FORGET_AFTER = '1 day';

export function createWorkerInstanceStore(client: Prisma.TransactionClient) {
  const store = {
    /** Records that `id` is alive now (database time). */
    async beat(id: string): Promise<void> {
      await client.$executeRaw`
        INSERT INTO "WorkerInstance" (id, "startedAt", "heartbeatAt") VALUES (${id}, now(), now())
        ON CONFLICT (id) DO UPDATE SET "heartbeatAt" = now()`;
    },

    /** A stopped instance says goodbye, so its leftover claims are free at once. */
    async remove(id: string): Promise<void> {
      await client.$executeRaw`DELETE FROM "WorkerInstance" WHERE id = ${id}`;
    },

    async forgetLongDead(): Promise<number> {
      return client.$executeRawUnsafe(`DELETE FROM "WorkerInstance" WHERE "heartbeatAt" < now() - interval '${FORGET_AFTER}'`);
    },
  };
  return store satisfies WorkerInstances;
}

export type WorkerInstanceStore = ReturnType<typeof createWorkerInstanceStore>;
