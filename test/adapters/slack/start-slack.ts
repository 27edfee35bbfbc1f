// Test support: the real runtime (demo organisation, manual clock) with the Slack
// adapter on its one express app over real HTTP on 127.0.0.1, a stand-in Slack
// Web API, and requests signed exactly like Slack's. Demo teams point at Slack
// channel ids; the stand-in's users carry the demo e-mails.
import './no-network.ts';
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSlackAdapter } from '../../../adapters/slack/index.ts';
import type { SlackConfig } from '../../../adapters/slack/config.ts';
import type { SlackLog } from '../../../adapters/slack/slack-log.ts';
import { createFeatures } from '../../../src/app/create-features.ts';
import { createRuntime, type RuntimeOptions } from '../../../src/app/create-runtime.ts';
import { createManualClock } from '../../../src/core/clock.ts';
import { addFinalHandlers } from '../../../src/http/request-errors.ts';
import { createLogger } from '../../../src/logger.ts';
import { linkPlatformPeople } from '../../../src/register/link-platform-people.ts';
import { openDemoDatabase, openTestDatabase } from '../../support/test-database.ts';
import { startFakeSlackApi } from './fake-slack-api.ts';

export const TEAM_ID = 'T0MAASDELTA';
export const SECRET = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';
export const CHANNELS: Record<string, string> = { Transferpunt: 'C0TRANSFER', Geriatrie: 'C0GERIATRIE', Kindergeneeskunde: 'C0KINDER' };
export const CELEBRATION = 'C0SUCCESSEN';
/** Slack user id of a demo person: U0 + first name (they are unique in the demo). */
export const slackIdOf = (name: string) => `U0${name.split(' ')[0]!.normalize('NFD').replace(/[^A-Za-z]/g, '').toUpperCase()}`;

export function fixture(name: string): Record<string, any> {
  return JSON.parse(readFileSync(new URL(`../../fixtures/slack/${name}.json`, import.meta.url), 'utf8')) as Record<string, any>;
}

export function sign(body: string, secret = SECRET, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { 'x-slack-signature': signature, 'x-slack-request-timestamp': String(timestamp) };
}

export async function startSlack(opts: { now: Date; /** An empty database (no demo), as on a first install. */ empty?: boolean; config?: Partial<SlackConfig>; log?: SlackLog; runtime?: Pick<RuntimeOptions, 'outbox' | 'stopDeadlineMs'>; clientTimeoutMs?: number }) {
  const db = opts.empty ? await openTestDatabase('pglite') : (await openDemoDatabase('pglite', opts.now)).db;
  const clock = createManualClock(opts.now);
  const logger = createLogger('silent');
  const runtime = createRuntime({ db, clock, logger, ...opts.runtime, outbox: { baseBackoffMs: 10, ...opts.runtime?.outbox }, features: (deps, hooks) => createFeatures(db, deps, hooks) });
  for (const team of await db.prisma.team.findMany()) {
    await db.prisma.team.update({ where: { id: team.id }, data: { channelRef: CHANNELS[team.name]!, celebrationChannelRef: CELEBRATION } });
  }
  const api = await startFakeSlackApi(TEAM_ID);
  const staff = await db.prisma.staff.findMany({ include: { memberships: { include: { team: true } } } });
  for (const s of staff) api.addUser({ id: slackIdOf(s.name), name: s.name, ...(s.email ? { email: s.email } : {}) });
  api.addUser({ id: 'U0RROBOT', name: 'RRO-bot', isBot: true });
  for (const [teamName, channel] of Object.entries(CHANNELS)) {
    api.setMembers(channel, ['U0RROBOT', ...staff.filter((s) => s.memberships.some((m) => m.team.name === teamName)).map((s) => slackIdOf(s.name))]);
  }
  const bot = runtime.bot;
  const config: SlackConfig = {
    botToken: 'xoxb-1-test', signingSecret: SECRET, apiUrl: api.apiUrl, commandName: '/rro', botUserId: 'U0RROBOT', botId: 'B0RROBOT', ...opts.config,
  };
  const adapter = createSlackAdapter({
    config,
    app: runtime.app,
    handle: (inbound) => bot.handle(inbound),
    linkPeople: async (people, teamId) => {
      const org = await runtime.deps.ports.organisations.findByPlatform('slack', teamId);
      return org ? linkPlatformPeople(runtime.deps.ports.staff, { organisationId: org.id, platform: 'slack', platformOrgId: teamId, people }) : null;
    },
    log: opts.log ?? logger,
    clientOptions: { retryConfig: { retries: 0 }, ...(opts.clientTimeoutMs ? { timeoutMs: opts.clientTimeoutMs } : {}) },
    // A form answers in the modal whatever the machine's load; the 2.3 s budget is Slack's, not the test's.
    formBudgetMs: 60_000,
  });
  runtime.addSender(adapter.sender);
  const worker = runtime.worker;
  await adapter.start();
  addFinalHandlers(runtime.app, { t: runtime.deps.t, log: logger });
  const server: Server = runtime.app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function postRaw(body: string, contentType: string, headers: Record<string, string>) {
    const res = await fetch(`${base}/slack/events`, { method: 'POST', headers: { 'content-type': contentType, ...headers }, body });
    const text = await res.text();
    return { status: res.status, text, json: text.startsWith('{') ? (JSON.parse(text) as Record<string, any>) : undefined };
  }
  let respondSeq = 0;
  let triggerSeq = 0;
  const withRespond = (p: Record<string, any>) => ('response_url' in p ? { ...p, response_url: `${api.url}/respond/${++respondSeq}` } : p);

  /** Waits until the listeners' work after the ack is done (no guessing from quiet moments). */
  async function settle(): Promise<void> {
    await adapter.idle();
  }

  async function drainAll(): Promise<void> {
    for (let i = 0; i < 20; i++) {
      await worker.drain();
      const due = await db.prisma.outbox.count({ where: { platform: 'slack', status: 'pending', nextAttemptAt: { lte: clock.now() } } });
      if (due === 0) return;
    }
  }

  return {
    db, runtime, api, adapter, base, clock, staff, worker, drainAll, settle, postRaw,
    idOf: (firstName: string) => staff.find((s) => s.name.startsWith(`${firstName} `))!.id,
    /** Like Slack, every command a person types gets its own trigger_id (a resend keeps it: use postRaw). */
    async command(fields: Record<string, string>) {
      const body = new URLSearchParams(withRespond({ ...fields, trigger_id: `${fields.trigger_id ?? 'trigger'}.${++triggerSeq}` })).toString();
      const r = await postRaw(body, 'application/x-www-form-urlencoded', sign(body));
      await settle();
      return r;
    },
    async interactive(payload: Record<string, any>, wait = true) {
      const body = new URLSearchParams({ payload: JSON.stringify(withRespond(payload)) }).toString();
      const r = await postRaw(body, 'application/x-www-form-urlencoded', sign(body));
      if (wait) await settle();
      return r;
    },
    async event(envelope: Record<string, any>) {
      const body = JSON.stringify(envelope);
      const r = await postRaw(body, 'application/json', sign(body));
      await settle();
      return r;
    },
    async advanceTo(at: Date) {
      clock.set(at);
      await runtime.tick();
      await drainAll();
    },
    async stop() {
      await adapter.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runtime.stop();
      await api.close();
      await db.close();
    },
  };
}

export type SlackHarness = Awaited<ReturnType<typeof startSlack>>;
