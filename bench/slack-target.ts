// The app under test for bench/slack.bench.ts, in its own process so the load
// generator and the stand-in Slack API do not share its event loop:
//   node --import tsx bench/slack-target.ts <bare|full> <apiUrl>
// Prints one JSON line {url} when listening. On stdin, "begin" and "pause" mark
// the slices under load, and "end" prints {loop, turns, turnWallMs, cpuMs} and
// exits: event-loop delay (perf_hooks.monitorEventLoopDelay) in the slices under
// load, and the turns and CPU from the first "begin" on.
import '../test/adapters/slack/no-network.ts';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import type { AddressInfo } from 'node:net';
import { App, ExpressReceiver } from '@slack/bolt';
import express from 'express';
import { createSlackAdapter } from '../adapters/slack/index.ts';
import { createFeatures } from '../src/app/create-features.ts';
import { createRuntime } from '../src/app/create-runtime.ts';
import { routeRuntimeTurns } from '../src/app/runtime-turns.ts';
import type { Inbound } from '../src/core/inbound.ts';
import { createManualClock } from '../src/core/clock.ts';
import { createLogger } from '../src/logger.ts';
import { loadDemoOrganisation } from '../src/store/load-demo.ts';
import { openDatabase } from '../src/store/database.ts';
import { migrate, readLocalMigrations } from '../src/store/migrate.ts';
import { MIGRATIONS_DIR } from '../src/store/open-store.ts';
import { createEmptyPostgresDatabase } from '../test/support/test-database.ts';

// The parent signs the requests; it hands the secret over in the environment.
const BENCH_SECRET = process.env.BENCH_SIGNING_SECRET ?? '';
const BOT = { botToken: 'xoxb-1-bench', botId: 'B0RROBOT', botUserId: 'U0RROBOT' };

interface Target {
  app: express.Express;
  turns(): { count: number; wallMs: number };
  close(): Promise<void>;
}

async function startFull(apiUrl: string): Promise<Target> {
  // A fresh database on the real PostgreSQL server, dropped afterwards; the pool as in production.
  const empty = await createEmptyPostgresDatabase();
  const db = await openDatabase({ url: empty.url });
  await migrate(db.session, readLocalMigrations(MIGRATIONS_DIR));
  const now = new Date();
  await loadDemoOrganisation(db, now);
  const logger = createLogger('silent');
  const runtime = createRuntime({ db, clock: createManualClock(now), logger, features: (deps, hooks) => createFeatures(db, deps, hooks) });
  // As main.ts runs it on PostgreSQL: turns move to their own thread under load (BENCH_TURN_THREAD=false: never).
  const router = process.env.BENCH_TURN_THREAD === 'false' ? null : routeRuntimeTurns(runtime, { databaseUrl: empty.url, logLevel: 'silent', logFormat: 'json', logger });
  const handle = router?.handle ?? runtime.bot.handle;
  let count = 0;
  let wallMs = 0;
  const adapter = createSlackAdapter({
    config: { ...BOT, signingSecret: BENCH_SECRET, apiUrl, commandName: '/rro' },
    app: runtime.app,
    async handle(inbound: Inbound) {
      const started = performance.now();
      try {
        return await handle(inbound);
      } finally {
        count++;
        wallMs += performance.now() - started;
      }
    },
    log: logger,
  });
  await adapter.start();
  return { app: runtime.app, turns: () => ({ count, wallMs }), close: async () => {
    await router?.stop();
    await db.close();
    await empty.drop();
  } };
}

function startBare(): Target {
  const app = express();
  const bolt = new App({
    authorize: async () => BOT,
    receiver: new ExpressReceiver({ signingSecret: BENCH_SECRET, app, endpoints: '/slack/events' }),
  });
  bolt.command('/rro', async ({ ack }) => ack());
  return { app, turns: () => ({ count: 0, wallMs: 0 }), close: async () => {} };
}

async function main(): Promise<void> {
  const [kind, apiUrl] = process.argv.slice(2);
  if ((kind !== 'bare' && kind !== 'full') || !apiUrl || !BENCH_SECRET) throw new Error('Gebruik: BENCH_SIGNING_SECRET=… slack-target.ts <bare|full> <apiUrl>');
  const target = kind === 'full' ? await startFull(apiUrl) : startBare();
  const server = target.app.listen(0, '127.0.0.1');
  await new Promise<void>((r) => server.once('listening', () => r()));
  console.log(JSON.stringify({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events` }));

  // A fresh monitor per slice: a re-enabled one would count the pause as one long delay.
  const slices: { p50: number; p99: number; max: number }[] = [];
  let loop: ReturnType<typeof monitorEventLoopDelay> | undefined;
  let cpuStart = process.cpuUsage();
  let turnsStart = target.turns();
  for await (const line of createInterface({ input: process.stdin })) {
    if (line === 'begin') {
      if (slices.length === 0 && !loop) {
        cpuStart = process.cpuUsage();
        turnsStart = target.turns();
      }
      loop = monitorEventLoopDelay({ resolution: 1 });
      loop.enable();
    }
    if ((line === 'pause' || line === 'end') && loop) {
      loop.disable();
      slices.push({ p50: loop.percentile(50), p99: loop.percentile(99), max: loop.max });
      loop = undefined;
    }
    if (line === 'end') break;
  }
  const cpu = process.cpuUsage(cpuStart);
  const now = target.turns();
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const ms = (ns: number) => Math.round(ns / 1e4) / 100;
  const turns = now.count - turnsStart.count;
  console.log(JSON.stringify({
    // Loop delay per slice under load: mean p50 and p99, and the longest single delay.
    loop: { p50: ms(mean(slices.map((x) => x.p50))), p99: ms(mean(slices.map((x) => x.p99))), max: ms(Math.max(0, ...slices.map((x) => x.max))) },
    turns,
    turnWallMs: turns ? Math.round(((now.wallMs - turnsStart.wallMs) / turns) * 100) / 100 : 0,
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    // Resident memory of the whole process (both threads) right after the load.
    rssMb: Math.round(process.memoryUsage().rss / 1048576),
  }));
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
  await target.close();
  process.exit(0);
}

await main();
