// Slack ack latency: signed `/rro mijn partners` slash commands at a fixed rate
// against (1) a bare Bolt app that only acks and (2) the real app — Bolt adapter +
// full core on the demo organisation, real PostgreSQL. Each target runs in its own
// child process (bench/slack-target.ts); autocannon and the stand-in Slack API
// (which receives every answer via response_url) stay in this process, so neither
// shares the event loop of the app it measures. The load alternates between the
// two in 10 s slices, so the machine's other work falls on both alike, in three
// rounds: each round gives a p99 ratio, and the median of the three is the verdict
// (one noisy round on a shared machine no longer decides it); the spread shows the noise.
// Usage: npm run bench:slack   (BENCH_ROUNDS=3 BENCH_SECONDS=20 per target per round,
// BENCH_RATE=200 by default; TEST_DATABASE_URL or DATABASE_URL picks the PostgreSQL server)
import '../test/adapters/slack/no-network.ts';
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { startFakeSlackApi } from '../test/adapters/slack/fake-slack-api.ts';

// autocannon ships no types; this is the slice we use.
type AutocannonResult = { errors: number; timeouts: number; non2xx: number };
type AutocannonRun = Promise<AutocannonResult> & { on(event: 'response', fn: (client: unknown, status: number, bytes: number, ms: number) => void): void };
const autocannon = createRequire(import.meta.url)('autocannon') as (opts: Record<string, unknown>) => AutocannonRun;

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const RATE = Number(process.env.BENCH_RATE ?? 200);
const SLICE_SECONDS = 10;
const SECRET = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';
const TEAM = 'T0MAASDELTA';
const DATABASE_URL = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

type Kind = 'bare' | 'full';
interface TargetReport { loop: { p50: number; p99: number; max: number }; turns: number; turnWallMs: number; cpuMs: number; rssMb: number }

/** Starts bench/slack-target.ts in a child process; resolves once it listens. */
async function startTarget(kind: Kind, apiUrl: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', new URL('./slack-target.ts', import.meta.url).pathname, kind, apiUrl], {
    env: { ...process.env, TEST_DATABASE_URL: DATABASE_URL, BENCH_SIGNING_SECRET: SECRET },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => {
    const line = await lines.next();
    if (line.done) throw new Error(`slack-target ${kind} stopte onverwacht (exit ${child.exitCode})`);
    return JSON.parse(line.value) as Record<string, unknown>;
  };
  const { url } = (await next()) as { url: string };
  return {
    url,
    begin: () => void child.stdin.write('begin\n'),
    pause: () => void child.stdin.write('pause\n'),
    async end(): Promise<TargetReport> {
      child.stdin.write('end\n');
      const report = (await next()) as unknown as TargetReport;
      await new Promise<void>((r) => (child.exitCode !== null ? r() : child.once('exit', () => r())));
      return report;
    },
  };
}

// Each command needs a trigger_id of its own: the core drops a repeated one as Slack's resend.
let triggers = 0;

function signedCommand(responseUrl: string) {
  const trigger = `1.${String(++triggers).padStart(9, '0')}.bench`;
  const body = new URLSearchParams({
    token: 'x', team_id: TEAM, team_domain: 'maasdelta', channel_id: 'C0TRANSFER', channel_name: 'team-transferpunt', user_id: 'U0SANNE',
    user_name: 'sanne', command: '/rro', text: 'mijn partners', api_app_id: 'A0RROBOT', response_url: responseUrl, trigger_id: trigger,
  }).toString();
  const ts = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
  return { body, headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-signature': signature, 'x-slack-request-timestamp': String(ts) } };
}

type Target = Awaited<ReturnType<typeof startTarget>>;
interface Tally { latencies: number[]; errors: number; drainMs: number }

/** One slice of load on one target; then waits (at most 60 s) until every acked command was answered. */
async function fire(target: Target, tally: Tally, seconds: number, responseUrl: string, answered: () => number, expected: () => number) {
  target.begin();
  const run = autocannon({
    url: target.url, method: 'POST', overallRate: RATE, duration: seconds, connections: 50,
    // Signed per request, each with its own trigger_id (the same length, so Content-Length holds).
    requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, ...signedCommand(responseUrl) }) }],
  });
  run.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => tally.latencies.push(ms));
  const result = await run;
  tally.errors += result.errors + result.timeouts + result.non2xx;
  // How long the core still needs after the load stops shows whether it keeps up.
  const loadEnd = Date.now();
  while (answered() < expected() && Date.now() - loadEnd < 60_000) await new Promise((r) => setTimeout(r, 50));
  tally.drainMs = Math.max(tally.drainMs, Date.now() - loadEnd);
  target.pause();
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 10) / 10 : 0;
}

async function main(): Promise<void> {
  const api = await startFakeSlackApi(TEAM);
  api.addUser({ id: 'U0SANNE', name: 'Sanne de Graaf', email: 'sanne.de.graaf@maasdelta.example' });
  const slices = Math.ceil(SECONDS / SLICE_SECONDS);
  console.log(`Slack ack latency: ${RATE} req/s, ${ROUNDS} rounds of ${SECONDS} s per target (${slices} alternating slices each), signed /rro mijn partners, each target in its own process, PostgreSQL ${new URL(DATABASE_URL).host}`);
  const bare = await startTarget('bare', api.apiUrl);
  const full = await startTarget('full', api.apiUrl);
  const tallies = { bare: { latencies: [], errors: 0, drainMs: 0 } as Tally, full: { latencies: [], errors: 0, drainMs: 0 } as Tally };
  const answered = () => api.callsOf('response_url').length;
  // Alternating slices spread the machine's other load evenly over both targets.
  const roundRatios: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const from = { bare: tallies.bare.latencies.length, full: tallies.full.latencies.length };
    for (let i = 0; i < slices; i++) {
      const seconds = Math.min(SLICE_SECONDS, SECONDS - i * SLICE_SECONDS);
      await fire(bare, tallies.bare, seconds, `${api.url}/respond/bare`, answered, answered);
      await fire(full, tallies.full, seconds, `${api.url}/respond/full`, answered, () => tallies.full.latencies.length);
    }
    const p99Of = (kind: Kind) => percentile(tallies[kind].latencies.slice(from[kind]).sort((x, y) => x - y), 99);
    roundRatios.push(p99Of('full') / Math.max(p99Of('bare'), 1));
    console.log(`round ${round + 1}: p99 ratio ${roundRatios.at(-1)!.toFixed(2)}`);
  }
  const reports = { bare: await bare.end(), full: await full.end() };
  const figures = (kind: Kind) => {
    const sorted = tallies[kind].latencies.sort((x, y) => x - y);
    return { requests: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), errors: tallies[kind].errors, report: reports[kind] };
  };
  const b = figures('bare');
  const f = figures('full');
  const sortedRatios = [...roundRatios].sort((x, y) => x - y);
  const ratio = sortedRatios[Math.floor(sortedRatios.length / 2)]!;
  const row = (name: string, r: typeof b) =>
    `| ${name} | ${r.requests} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.report.loop.p50} / ${r.report.loop.p99} / ${r.report.loop.max} | ${r.report.cpuMs} | ${r.report.rssMb} |`;
  console.log([
    '| target | requests | p50 ms | p99 ms | errors | loop delay p50/p99/max ms | target CPU ms | RSS MB |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    row('bare Bolt (ack only)', b),
    row('RRO-bot (Bolt + core)', f),
  ].join('\n'));
  const turns = f.report.turns;
  const cpuPerTurn = turns ? ((f.report.cpuMs - b.report.cpuMs * (f.requests / Math.max(b.requests, 1))) / turns).toFixed(2) : '—';
  console.log(`core turns: ${turns}, wall ${f.report.turnWallMs} ms each, ~${cpuPerTurn} ms CPU each beyond the bare ack · answers via response_url: ${answered()} of ${f.requests}, the last up to ${tallies.full.drainMs} ms after a slice's load stopped`);
  console.log(`p99 ratio RRO-bot / bare Bolt: median ${ratio.toFixed(2)} of ${ROUNDS} rounds, spread ${sortedRatios[0]!.toFixed(2)}–${sortedRatios.at(-1)!.toFixed(2)} (target: median ≤ 1.3); all rounds pooled ${(f.p99 / Math.max(b.p99, 1)).toFixed(2)}`);
  await api.close();
  if (ratio > 1.3 || b.errors + f.errors > 0 || answered() < f.requests) process.exitCode = 1;
}

await main();
