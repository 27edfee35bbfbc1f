// `npm run chaos [-- --quick] [--messages 300] [--rate 25] [--db-outage 30] [--5xx 120]`
// The real bot (src/main.ts, a child process) on a PostgreSQL cluster of its own,
// sending fan-outs to a stand-in Slack Web API, through four faults: the database
// stopped mid fan-out, kill -9 and restart, one platform call that never answers,
// and the platform answering 5xx for a while. Per fault it prints sent, lost,
// duplicates and seconds to recover. Targets: lost 0; duplicates 0 except at most
// the messages in flight at the kill; recovery ≤ 5 s after each fault ends.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createChaosCluster, type ChaosCluster } from './chaos-cluster.ts';
import { startChaosSlack, type ChaosSlack } from './chaos-slack.ts';

const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    messages: { type: 'string' },
    rate: { type: 'string' },
    'db-outage': { type: 'string' },
    '5xx': { type: 'string' },
    port: { type: 'string', default: '3103' },
    'pg-port': { type: 'string', default: '5499' },
  },
});
const quick = flags.quick === true;
const N = Number(flags.messages ?? (quick ? 120 : 300));
const RATE = Number(flags.rate ?? (quick ? 20 : 25));
const DB_OUTAGE_S = Number(flags['db-outage'] ?? (quick ? 5 : 30));
const FIVEXX_S = Number(flags['5xx'] ?? (quick ? 10 : 120));
const BOT_PORT = Number(flags.port);
const PG_PORT = Number(flags['pg-port']);
const TARGET_RECOVERY_S = 5;
/** The bot's logs stay here after the run (the cluster's folder is removed). */
const LOG_DIR = mkdtempSync(join(tmpdir(), 'rro-chaos-logs-'));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const seconds = (ms: number) => Number((ms / 1000).toFixed(1));

async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`chaos: wachten op ${what} duurde te lang`);
    await sleep(50);
  }
}

interface Bot {
  proc: ChildProcess;
  startedAt: number;
  ready: Promise<number>;
  exited: Promise<number | null>;
}

interface Row {
  fault: string;
  sent: number;
  lost: number;
  duplicates: number;
  inFlight: number | null;
  recoverS: number;
  note: string;
}

async function sql<T extends pg.QueryResultRow>(cluster: ChaosCluster, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: cluster.url });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

function startBot(cluster: ChaosCluster, slack: ChaosSlack, n: number): Bot {
  const log = createWriteStream(join(LOG_DIR, `bot-${n}.log`));
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      DATABASE_URL: cluster.url, PORT: String(BOT_PORT), HOST: '127.0.0.1', DATA_DIR: join(cluster.dir, 'bot-data'), LOG_LEVEL: 'info',
      SLACK_BOT_TOKEN: 'xoxb-chaos-0000', SLACK_SIGNING_SECRET: '0123456789abcdef0123456789abcdef', SLACK_API_URL: slack.apiUrl,
      SLACK_BOT_USER_ID: 'U0CHAOSBOT', SLACK_BOT_ID: 'B0CHAOSBOT',
    },
  });
  const startedAt = Date.now();
  const ready = new Promise<number>((resolve) => {
    const watch = (d: Buffer) => {
      if (d.toString().includes('RRO-bot draait op')) resolve(Date.now());
    };
    proc.stdout!.on('data', watch);
    proc.stderr!.on('data', watch);
  });
  proc.stdout!.pipe(log);
  proc.stderr!.pipe(log);
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  return { proc, startedAt, ready, exited };
}

async function enqueue(cluster: ChaosCluster, prefix: string): Promise<void> {
  // What a feature's transaction does for a check-in fan-out: one outbox row per message.
  await sql(cluster, `
    INSERT INTO "Outbox" ("idempotencyKey", platform, payload, "nextAttemptAt")
    SELECT $1 || ':' || g, 'slack',
      jsonb_build_object('type', 'post', 'platform', 'slack', 'to', jsonb_build_object('kind', 'channel', 'channelRef', 'C0CHAOS'),
        'message', jsonb_build_object('text', $1 || ':' || g, 'blocks', '[]'::jsonb)),
      to_timestamp(0)
    FROM generate_series(0, $2::int - 1) g`, [prefix, N]);
}

function tally(slack: ChaosSlack, prefix: string) {
  const counts = new Map<string, number>();
  const mine = slack.received.filter((r) => r.key.startsWith(`${prefix}:`));
  for (const r of mine) counts.set(r.key, (counts.get(r.key) ?? 0) + 1);
  let duplicates = 0;
  for (const c of counts.values()) duplicates += c - 1;
  return { unique: counts.size, duplicates, receipts: mine };
}

/** Waits for the whole fan-out, then a quiet moment so late duplicates are counted too. */
async function finish(cluster: ChaosCluster, slack: ChaosSlack, prefix: string, timeoutMs: number) {
  await until(`alle ${N} berichten van ${prefix}`, () => tally(slack, prefix).unique >= N, timeoutMs).catch((err: unknown) => console.error(String(err)));
  await sleep(3_000);
  const t = tally(slack, prefix);
  const rows = await sql<{ status: string; n: number }>(cluster, `SELECT status::text, count(*)::int AS n FROM "Outbox" WHERE "idempotencyKey" LIKE $1 GROUP BY status`, [`${prefix}:%`]);
  return { ...t, statuses: Object.fromEntries(rows.map((r) => [r.status, r.n])) as Record<string, number> };
}

const firstAfter = (receipts: { at: number }[], at: number) => receipts.find((r) => r.at >= at)?.at;

async function main(): Promise<void> {
  const cluster = createChaosCluster(PG_PORT);
  let slack: ChaosSlack | undefined;
  let bot: Bot | undefined;
  const cleanup = async () => {
    bot?.proc.kill('SIGKILL');
    await slack?.close();
    cluster.destroy();
  };
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));
  try {
    console.log(`chaos: ${N} berichten per fout, platform ${RATE}/s, database ${DB_OUTAGE_S} s weg, 5xx ${FIVEXX_S} s${quick ? ' (--quick)' : ''}`);
    await cluster.init();
    await cluster.start();
    mkdirSync(join(cluster.dir, 'bot-data'), { recursive: true });
    slack = await startChaosSlack(RATE);
    bot = startBot(cluster, slack, 1);
    const firstReady = await Promise.race([bot.ready, bot.exited.then((code) => { throw new Error(`bot stopte bij de start (code ${code}); zie ${LOG_DIR}/bot-1.log`); })]);
    console.log(`bot klaar na ${seconds(firstReady - bot.startedAt)} s (migraties op een lege database inbegrepen)`);
    const rows: Row[] = [];
    const third = Math.floor(N / 3);

    // 1. The database stops mid fan-out.
    {
      const prefix = 'db-outage';
      await enqueue(cluster, prefix);
      await until('een derde afgeleverd', () => tally(slack!, prefix).unique >= third, 60_000);
      const atFault = tally(slack, prefix).unique;
      await cluster.stop();
      const down = Date.now();
      const atDown = tally(slack, prefix).unique;
      await sleep(DB_OUTAGE_S * 1000);
      const atBack = tally(slack, prefix).unique;
      await cluster.start();
      const back = Date.now();
      // Recovered when the bot makes progress again: a new delivery, or its held-back bookkeeping reaching the database.
      let recordedAt: number | undefined;
      const sentBefore = await sql<{ n: number }>(cluster, `SELECT count(*)::int AS n FROM "Outbox" WHERE "idempotencyKey" LIKE $1 AND status = 'sent'`, [`${prefix}:%`]);
      await until('voortgang na de storing', async () => {
        const now = await sql<{ n: number }>(cluster, `SELECT count(*)::int AS n FROM "Outbox" WHERE "idempotencyKey" LIKE $1 AND status = 'sent'`, [`${prefix}:%`]);
        if (now[0]!.n > sentBefore[0]!.n || now[0]!.n === N) recordedAt ??= Date.now();
        return recordedAt !== undefined || tally(slack!, prefix).unique > atBack;
      }, 60_000);
      const r = await finish(cluster, slack, prefix, 120_000);
      const first = Math.min(firstAfter(r.receipts, back) ?? Infinity, recordedAt ?? Infinity);
      rows.push({ fault: `database ${DB_OUTAGE_S} s gestopt`, sent: r.unique, lost: N - r.unique, duplicates: r.duplicates, inFlight: null, recoverS: seconds(first - back), note: `bij de fout ${atFault}/${N} afgeleverd, ${atDown} toen de database weg was, ${atBack} bij terugkomst; ${seconds(back - down)} s weg; outbox ${JSON.stringify(r.statuses)}` });
    }

    // 2. kill -9 mid fan-out, then start again.
    {
      const prefix = 'kill-9';
      await enqueue(cluster, prefix);
      await until('een derde afgeleverd', () => tally(slack!, prefix).unique >= third, 60_000);
      bot.proc.kill('SIGKILL');
      await bot.exited;
      const atFault = tally(slack, prefix).unique;
      // In flight: accepted by the platform, not yet recorded as sent — the only ones that may go twice.
      const accepted = new Set(tally(slack, prefix).receipts.map((r) => r.key));
      const unrecorded = await sql<{ k: string }>(cluster, `SELECT "idempotencyKey" AS k FROM "Outbox" WHERE "idempotencyKey" LIKE $1 AND status <> 'sent'`, [`${prefix}:%`]);
      const inFlight = unrecorded.filter((u) => accepted.has(u.k)).length;
      // Rows the killed process had claimed but not sent: they wait for its heartbeat to go stale.
      const claimed = new Set((await sql<{ k: string }>(cluster, `SELECT "idempotencyKey" AS k FROM "Outbox" WHERE "idempotencyKey" LIKE $1 AND status = 'pending' AND "lockedBy" IS NOT NULL`, [`${prefix}:%`])).map((c) => c.k));
      bot = startBot(cluster, slack, 2);
      const ready = await bot.ready;
      const r = await finish(cluster, slack, prefix, 120_000);
      const first = firstAfter(r.receipts, ready);
      const takenOver = r.receipts.filter((x) => claimed.has(x.key) && x.at >= ready).map((x) => x.at);
      const firstTakenOver = takenOver.length > 0 ? seconds(Math.min(...takenOver) - ready) : 0;
      const lastTakenOver = takenOver.length > 0 ? seconds(Math.max(...takenOver) - ready) : 0;
      rows.push({ fault: 'kill -9 en herstart', sent: r.unique, lost: N - r.unique, duplicates: r.duplicates, inFlight, recoverS: first ? seconds(first - ready) : 0, note: `bij de fout ${atFault}/${N} afgeleverd; herstart tot bot klaar ${seconds(ready - bot.startedAt)} s; ${claimed.size} claims van het gedode proces overgenomen, de eerste ${firstTakenOver} s en de laatste ${lastTakenOver} s na klaar (het platform laat ${RATE}/s toe); outbox ${JSON.stringify(r.statuses)}` });
    }

    // 3. One platform call never answers.
    {
      const prefix = 'hung-call';
      await enqueue(cluster, prefix);
      await until('een derde afgeleverd', () => tally(slack!, prefix).unique >= third, 60_000);
      const atFault = tally(slack, prefix).unique;
      slack.hangNextCall();
      const hungAt = Date.now();
      await until('de vastgehouden aanroep', () => slack!.heldKeys.some((k) => k.startsWith(`${prefix}:`)), 30_000);
      const r = await finish(cluster, slack, prefix, 120_000);
      const hungKey = slack.heldKeys.find((k) => k.startsWith(`${prefix}:`))!;
      // The others keep flowing: the longest pause between deliveries of the other messages after the hang.
      const after = [hungAt, ...r.receipts.filter((x) => x.at >= hungAt && x.key !== hungKey).map((x) => x.at)];
      let gap = 0;
      for (let i = 1; i < after.length; i++) gap = Math.max(gap, after[i]! - after[i - 1]!);
      const retried = r.receipts.find((x) => x.key === hungKey)?.at;
      rows.push({ fault: 'één aanroep zonder antwoord', sent: r.unique, lost: N - r.unique, duplicates: r.duplicates, inFlight: null, recoverS: seconds(gap),
        note: `bij de fout ${atFault}/${N} afgeleverd; herstel = langste pauze van de andere berichten; het hangende bericht ging ${retried ? seconds(retried - hungAt) : '—'} s later opnieuw (time-out 10 s + backoff); outbox ${JSON.stringify(r.statuses)}` });
    }

    // 4. The platform answers 5xx for a while.
    {
      const prefix = 'platform-5xx';
      await enqueue(cluster, prefix);
      await until('een derde afgeleverd', () => tally(slack!, prefix).unique >= third, 60_000);
      const atFault = tally(slack, prefix).unique;
      slack.answer5xx(true);
      await sleep(FIVEXX_S * 1000);
      slack.answer5xx(false);
      const back = Date.now();
      const r = await finish(cluster, slack, prefix, 120_000);
      const first = firstAfter(r.receipts, back);
      rows.push({ fault: `platform ${FIVEXX_S} s 5xx`, sent: r.unique, lost: N - r.unique, duplicates: r.duplicates, inFlight: null, recoverS: first ? seconds(first - back) : 0, note: `bij de fout ${atFault}/${N} afgeleverd; ${slack.answered5xx} keer 500 beantwoord; outbox ${JSON.stringify(r.statuses)}` });
    }

    // Graceful stop while a call hangs: SIGTERM must end the process within its deadline.
    slack.hangNextCall();
    await enqueue(cluster, 'stop');
    await until('een vastgehouden aanroep', () => slack!.heldCount >= 2, 30_000);
    const term = Date.now();
    bot.proc.kill('SIGTERM');
    const code = await bot.exited;
    const stopS = seconds(Date.now() - term);

    console.log('');
    console.log('| fout | verzonden | kwijt | dubbel | in de lucht bij kill | herstel (s) | doel gehaald | toelichting |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- | --- |');
    let ok = true;
    for (const r of rows) {
      const dupOk = r.inFlight === null ? r.duplicates === 0 : r.duplicates <= r.inFlight;
      const met = r.lost === 0 && dupOk && r.recoverS <= TARGET_RECOVERY_S;
      ok &&= met;
      console.log(`| ${r.fault} | ${r.sent} | ${r.lost} | ${r.duplicates} | ${r.inFlight ?? '—'} | ${r.recoverS} | ${met ? 'ja' : 'NEE'} | ${r.note} |`);
    }
    console.log('');
    console.log(`SIGTERM met een hangende aanroep: gestopt na ${stopS} s (exit ${code})`);
    console.log(`logboeken van de bot: ${LOG_DIR}`);
    bot = undefined;
    if (!ok) process.exitCode = 1;
  } finally {
    await cleanup();
  }
}

await main();
