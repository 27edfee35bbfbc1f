// Slack ack latency: signed `/rro mijn partners` slash commands at a fixed rate
// against (1) the real app — Bolt adapter + full core on the demo organisation,
// stand-in Slack API on 127.0.0.1 — and (2) a bare Bolt app that only acks. The
// adapter acks before any core work, so its p99 should stay close to bare Bolt's.
// Usage: npm run bench:slack   (BENCH_SECONDS=60 BENCH_RATE=200 by default)
import '../test/adapters/slack/no-network.ts';
import { createHmac } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, ExpressReceiver } from '@slack/bolt';
import express from 'express';
import { createSlackAdapter } from '../adapters/slack/index.ts';
import { createRuntime } from '../src/app/create-runtime.ts';
import { createManualClock } from '../src/core/clock.ts';
import { createLogger } from '../src/logger.ts';
import { loadDemoOrganisation } from '../src/store/load-demo.ts';
import { startFakeSlackApi } from '../test/adapters/slack/fake-slack-api.ts';
import { openTestDatabase } from '../test/support/test-database.ts';

// autocannon ships no types; this is the slice we use.
type AutocannonResult = { errors: number; timeouts: number; non2xx: number; latency: { p50: number; p99: number }; requests: { total: number } };
const autocannon = createRequire(import.meta.url)('autocannon') as (opts: Record<string, unknown>) => Promise<AutocannonResult>;

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const RATE = Number(process.env.BENCH_RATE ?? 200);
const SECRET = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';
const TEAM = 'T0MAASDELTA';

async function listen(app: express.Express): Promise<{ url: string; server: Server }> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((r) => server.once('listening', () => r()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`, server };
}

function signedCommand(responseUrl: string) {
  const body = new URLSearchParams({
    token: 'x', team_id: TEAM, team_domain: 'maasdelta', channel_id: 'C0TRANSFER', channel_name: 'team-transferpunt', user_id: 'U0SANNE',
    user_name: 'sanne', command: '/rro', text: 'mijn partners', api_app_id: 'A0RROBOT', response_url: responseUrl, trigger_id: '1.2.abc',
  }).toString();
  // One signature serves the whole run: Slack's window is five minutes.
  const ts = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
  return { body, headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-signature': signature, 'x-slack-request-timestamp': String(ts) } };
}

async function fire(url: string, responseUrl: string) {
  const { body, headers } = signedCommand(responseUrl);
  const result = await autocannon({ url, method: 'POST', body, headers, overallRate: RATE, duration: SECONDS, connections: 50 });
  const errors = result.errors + result.timeouts + result.non2xx;
  return { p50: result.latency.p50, p99: result.latency.p99, requests: result.requests.total, errors };
}

async function startFullApp(apiUrl: string) {
  // A real PostgreSQL when TEST_DATABASE_URL is set (as in production); else the in-process PGlite.
  const db = await openTestDatabase(process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite');
  const now = new Date();
  await loadDemoOrganisation(db, now);
  const logger = createLogger('silent');
  const runtime = createRuntime({ db, clock: createManualClock(now), logger });
  const adapter = createSlackAdapter({
    config: { botToken: 'xoxb-1-bench', signingSecret: SECRET, apiUrl, commandName: '/rro', botUserId: 'U0RROBOT', botId: 'B0RROBOT' },
    app: runtime.app,
    handle: (inbound) => runtime.bot.handle(inbound),
    log: logger,
  });
  await adapter.start();
  return { ...(await listen(runtime.app)), close: () => db.close() };
}

async function startBareBolt() {
  const app = express();
  const bolt = new App({
    authorize: async () => ({ botToken: 'xoxb-1-bench', botId: 'B0RROBOT', botUserId: 'U0RROBOT' }),
    receiver: new ExpressReceiver({ signingSecret: SECRET, app, endpoints: '/slack/events' }),
  });
  bolt.command('/rro', async ({ ack }) => ack());
  return listen(app);
}

async function main(): Promise<void> {
  const api = await startFakeSlackApi(TEAM);
  const demoEmail = 'sanne.de.graaf@maasdelta.example';
  api.addUser({ id: 'U0SANNE', name: 'Sanne de Graaf', email: demoEmail });
  const bare = await startBareBolt();
  const full = await startFullApp(api.apiUrl);
  console.log(`Slack ack latency: ${RATE} req/s for ${SECONDS} s each, signed /rro mijn partners, database ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`);
  const bareResult = await fire(bare.url, `${api.url}/respond/bare`);
  const fullResult = await fire(full.url, `${api.url}/respond/full`);
  const answered = api.callsOf('response_url').filter((c) => c.args.url === '/respond/full').length;
  const ratio = fullResult.p99 / Math.max(bareResult.p99, 1);
  const row = (name: string, r: typeof bareResult) => `| ${name} | ${r.requests} | ${r.p50} | ${r.p99} | ${r.errors} |`;
  console.log(['| target | requests | p50 ms | p99 ms | errors |', '| --- | ---: | ---: | ---: | ---: |', row('bare Bolt (ack only)', bareResult), row('RRO-bot (Bolt + core)', fullResult)].join('\n'));
  console.log(`p99 ratio RRO-bot / bare Bolt: ${ratio.toFixed(2)} (target ≤ 1.3) · core answers delivered via response_url: ${answered}`);
  await new Promise<void>((r) => bare.server.close(() => r()));
  full.server.closeAllConnections();
  await new Promise<void>((r) => full.server.close(() => r()));
  await full.close();
  await api.close();
  if (ratio > 1.3 || bareResult.errors + fullResult.errors > 0) process.exitCode = 1;
}

await main();
