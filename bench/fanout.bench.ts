// `npm run bench:fanout`: a check-in fan-out of 5,000 DMs, enqueued through the
// outbox in one transaction and drained by the real worker + HTTP sender into a
// stand-in platform that allows N sends/s (429 + Retry-After beyond that).
// The floor is 5000/N seconds; the target is total ≤ 1.1 × floor, nothing lost,
// nothing twice. Uses a fresh database rro_bench_fanout on DATABASE_URL's server
// (dropped afterwards), or in-memory PGlite with `--pglite`.
import pg from 'pg';
import { systemClock } from '../src/core/clock.ts';
import type { OutboundDelivery } from '../src/core/outbound.ts';
import { createOutboxWorker } from '../src/outbox/outbox-worker.ts';
import { openDatabase, type Database } from '../src/store/database.ts';
import { migrate, readLocalMigrations } from '../src/store/migrate.ts';
import { MIGRATIONS_DIR } from '../src/store/open-store.ts';
import { createOutboxStore } from '../src/store/outbox-store.ts';
import { startHttpPlatformStandIn } from '../test/support/http-platform-stand-in.ts';
import { createHttpSender } from '../test/support/http-sender.ts';

const SERVER_URL = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const DB_NAME = 'rro_bench_fanout';
const PEOPLE = 5_000;
const RATES = [1_000, 250];
const usePglite = process.argv.includes('--pglite');
/** Parallel sends; a platform's own limit is enforced by its 429s, not by this. */
const CONCURRENCY = Number(process.argv.find((a) => a.startsWith('--concurrency='))?.split('=')[1] ?? 16);

function dm(round: string, n: number): { key: string; delivery: OutboundDelivery } {
  const key = `checkin-dm:${round}:${n}`;
  const staffId = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return { key, delivery: { type: 'post', platform: 'local', to: { kind: 'person', staffId }, message: { text: key, blocks: [] } } };
}

async function adminQuery(sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(sql);
  await admin.end();
}

async function openBenchDatabase(): Promise<{ db: Database; drop(): Promise<void> }> {
  if (usePglite) return { db: await openDatabase({}), drop: async () => undefined };
  await adminQuery(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE ${DB_NAME}`);
  const url = new URL(SERVER_URL);
  url.pathname = `/${DB_NAME}`;
  return { db: await openDatabase({ url: url.toString(), poolSize: 10 }), drop: () => adminQuery(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`) };
}

async function runOnce(db: Database, rate: number) {
  const platform = await startHttpPlatformStandIn({ ratePerSecond: rate });
  const round = `r${rate}`;
  const enqueueStart = performance.now();
  await db.prisma.$transaction((tx) => createOutboxStore(tx).enqueue(Array.from({ length: PEOPLE }, (_, n) => dm(round, n))), { timeout: 60_000 });
  const enqueueMs = performance.now() - enqueueStart;
  const outbox = createOutboxStore(db.prisma);
  const worker = createOutboxWorker({
    outbox,
    senders: [createHttpSender(platform.url)],
    context: { identityOf: async () => null, conversationRefOf: async () => null, deliveredRefOf: (k) => outbox.deliveredRefOf(k) },
    clock: systemClock,
    concurrency: CONCURRENCY,
  });
  // The bucket starts full, like a platform that has been quiet: timing starts at the first send.
  const started = performance.now();
  const result = await worker.drain();
  const seconds = (performance.now() - started) / 1000;
  const keys = new Set(platform.received.map((r) => r.key));
  const row = {
    rate,
    enqueueMs: Math.round(enqueueMs),
    seconds: Number(seconds.toFixed(2)),
    floor: PEOPLE / rate,
    ratio: Number((seconds / (PEOPLE / rate)).toFixed(3)),
    lost: PEOPLE - keys.size,
    duplicates: platform.duplicates().length,
    status429: platform.rateLimited,
    sent: result.sent,
  };
  await platform.close();
  return row;
}

async function main(): Promise<void> {
  const { db, drop } = await openBenchDatabase();
  try {
    await migrate(db.session, readLocalMigrations(MIGRATIONS_DIR));
    console.log(`fan-out of ${PEOPLE} DMs on ${db.kind}, worker concurrency ${CONCURRENCY}; target ratio ≤ 1.1`);
    for (const rate of RATES) {
      const r = await runOnce(db, rate);
      console.log(
        `N=${r.rate}/s  enqueue ${r.enqueueMs} ms  total ${r.seconds} s  floor ${r.floor} s  ratio ${r.ratio}  ` +
          `lost ${r.lost}  duplicates ${r.duplicates}  429s ${r.status429}`,
      );
    }
  } finally {
    await db.close();
    await drop();
  }
}

await main();
