// A bot process for the kill/restart test: enqueues a check-in fan-out of 300
// DMs in one transaction (idempotent: a rerun adds nothing) and delivers it
// through the HTTP sender until nothing is pending, then exits.
// Usage: node --import tsx test/reliability/fanout-child.ts <dbUrl|pgliteDir> <standInUrl>
import { systemClock } from '../../src/core/clock.ts';
import type { OutboundDelivery } from '../../src/core/outbound.ts';
import { createOutboxWorker } from '../../src/outbox/outbox-worker.ts';
import { openDatabase } from '../../src/store/database.ts';
import { migrate, readLocalMigrations } from '../../src/store/migrate.ts';
import { MIGRATIONS_DIR } from '../../src/store/open-store.ts';
import { createOutboxStore } from '../../src/store/outbox-store.ts';
import { createWorkerInstanceStore } from '../../src/store/worker-instance-store.ts';
import { createHttpSender } from '../support/http-sender.ts';

export const FANOUT_SIZE = 300;
export const FANOUT_ROUND = '7d1c0a52-3f7e-4c55-9a61-2b8a4f0e9c11';
const LEASE_MS = 2_000;

export function fanoutKey(n: number): string {
  return `checkin-dm:${FANOUT_ROUND}:${n}`;
}

function checkinDm(n: number): { key: string; delivery: OutboundDelivery } {
  const key = fanoutKey(n);
  const staffId = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return { key, delivery: { type: 'post', platform: 'local', to: { kind: 'person', staffId }, message: { text: key, blocks: [] } } };
}

async function main(target: string, standInUrl: string): Promise<void> {
  const db = await openDatabase(target.startsWith('postgres') ? { url: target, poolSize: 2 } : { dataDir: target });
  await migrate(db.session, readLocalMigrations(MIGRATIONS_DIR));
  const added = await db.prisma.$transaction((tx) =>
    createOutboxStore(tx).enqueue(Array.from({ length: FANOUT_SIZE }, (_, n) => checkinDm(n))),
  );
  process.stdout.write(`enqueued ${added}\n`);
  const outbox = createOutboxStore(db.prisma);
  const worker = createOutboxWorker({
    outbox,
    senders: [createHttpSender(standInUrl)],
    context: { identityOf: async () => null, conversationRefOf: async () => null, deliveredRefOf: (k) => outbox.deliveredRefOf(k) },
    clock: systemClock,
    concurrency: 1,
    leaseMs: LEASE_MS,
    baseBackoffMs: 100,
    // A killed process stops beating: its claims are taken over once it has been silent for a second.
    instances: createWorkerInstanceStore(db.prisma),
    singleProcess: db.kind === 'pglite',
    heartbeatMs: 200,
    takeOverAfterMs: 1_000,
  });
  await worker.start(60_000);
  while ((await outbox.countByStatus()).pending > 0) {
    await worker.drain();
    await new Promise((r) => setTimeout(r, 200));
  }
  process.stdout.write(`done ${JSON.stringify(await outbox.countByStatus())}\n`);
  await worker.stop();
  await db.close();
}

if (process.argv[1]?.endsWith('fanout-child.ts')) {
  const [target, standInUrl] = process.argv.slice(2);
  if (!target || !standInUrl) {
    process.stderr.write('gebruik: fanout-child.ts <dbUrl|pgliteMap> <standInUrl>\n');
    process.exit(2);
  }
  main(target, standInUrl).catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
}
