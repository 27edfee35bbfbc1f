// Test support: the real runtime (demo organisation, manual clock) with the Teams
// adapter on its one express app over real HTTP on 127.0.0.1, and a stand-in
// Bot Framework connector. Demo teams point at Teams channel ids; the roster
// carries the demo e-mails so staff link by e-mail on install.
import './no-network.ts';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createTeamsAdapter } from '../../../adapters/teams/index.ts';
import type { TeamsConfig } from '../../../adapters/teams/config.ts';
import { createFeatures } from '../../../src/app/create-features.ts';
import { createRuntime } from '../../../src/app/create-runtime.ts';
import { sentFormsOf } from '../../../src/app/sent-forms-of.ts';
import { createManualClock } from '../../../src/core/clock.ts';
import type { DeliveryContext } from '../../../src/core/platform-sender.ts';
import { createLogger } from '../../../src/logger.ts';
import { linkPeopleFor } from '../../../src/app/link-people-for.ts';
import type { Database } from '../../../src/store/database.ts';
import { openDemoDatabase } from '../../support/test-database.ts';
import { startFakeConnector, type RosterEntry } from './fake-connector.ts';

export const TENANT = 'tenant-maasdelta';
export const TRANSFER_CHANNEL = '19:transferpunt-general@thread.tacv2';
export const CELEBRATION_CHANNEL = '19:successen@thread.tacv2';
const channelOf = (teamName: string) => (teamName === 'Transferpunt' ? TRANSFER_CHANNEL : `19:${teamName.toLowerCase()}-general@thread.tacv2`);

/** A post to the Transferpunt channel, with the delivery context the outbox worker would give the sender. */
export function postToTransferChannel(serviceUrl: string) {
  const ref = { serviceUrl, tenantId: TENANT, conversationId: TRANSFER_CHANNEL, conversationType: 'channel' };
  const context: DeliveryContext = {
    identityOf: async () => null,
    conversationRefOf: async (key) => (key === `channel:${TRANSFER_CHANNEL}` ? ref : null),
    deliveredRefOf: async () => null,
  };
  const delivery = { type: 'post' as const, platform: 'teams' as const, to: { kind: 'channel' as const, channelRef: TRANSFER_CHANNEL }, message: { text: 'Hallo team', blocks: [] } };
  return { context, delivery };
}

export const aadOf = (name: string) => `aad-${name.split(' ')[0]!.toLowerCase()}`;

export function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../fixtures/teams/${name}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
}

/**
 * `db`: run on this database instead of a fresh demo copy (a second instance after a
 * restart, or an empty database); `stop({ keepDatabase: true })` leaves it open for the next.
 */
export async function startTeams(opts: { now: Date; config?: Exclude<TeamsConfig, { mode: 'off' }>; token?: () => string; timeoutMs?: number; db?: Database }) {
  const db = opts.db ?? (await openDemoDatabase('pglite', opts.now)).db;
  const clock = createManualClock(opts.now);
  const runtime = createRuntime({ db, clock, logger: createLogger('silent'), outbox: { baseBackoffMs: 10 }, features: (deps, hooks) => createFeatures(db, deps, hooks) });
  for (const team of await db.prisma.team.findMany()) {
    await db.prisma.team.update({ where: { id: team.id }, data: { channelRef: channelOf(team.name), celebrationChannelRef: CELEBRATION_CHANNEL } });
  }
  const organisation = await db.prisma.organisation.findFirst();
  const connector = await startFakeConnector();
  const staff = await db.prisma.staff.findMany({ include: { memberships: true } });
  const entry = (s: (typeof staff)[number]): RosterEntry => ({ id: `29:${aadOf(s.name)}`, aadObjectId: aadOf(s.name), name: s.name, email: s.email ?? '', userPrincipalName: s.email ?? '' });
  for (const team of await db.prisma.team.findMany()) {
    connector.setRoster(team.channelRef!, staff.filter((s) => s.memberships.some((m) => m.teamId === team.id)).map(entry));
  }
  const adapter = createTeamsAdapter({
    config: opts.config ?? { mode: 'dev-unauthenticated' },
    app: runtime.app,
    handle: (inbound) => runtime.bot.handle(inbound),
    saveConversationRef: (key, ref) => runtime.conversationRefs.save('teams', key, ref),
    forms: sentFormsOf(runtime),
    t: runtime.deps.t,
    linkPeople: linkPeopleFor(runtime, 'teams'),
    log: createLogger('silent'),
    ...(opts.token ? { token: opts.token } : {}),
    ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
  });
  runtime.addSender(adapter.sender);
  await adapter.start();
  const server: Server = runtime.app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  /** Posts an activity (fixture + overrides) to /api/messages, serviceUrl = the stand-in. */
  async function post(activity: Record<string, unknown>, headers: Record<string, string> = {}) {
    const res = await fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ ...activity, ...(activity.serviceUrl ? { serviceUrl: connector.url } : {}) }),
    });
    const text = await res.text();
    return { status: res.status, json: (text ? JSON.parse(text) : undefined) as Record<string, unknown> | undefined };
  }

  /** Drains until nothing due is left (one drain takes one batch). */
  async function drainAll(): Promise<void> {
    for (let i = 0; i < 20; i++) {
      await runtime.worker.drain();
      const due = await db.prisma.outbox.count({ where: { platform: 'teams', status: 'pending', nextAttemptAt: { lte: clock.now() } } });
      if (due === 0) return;
    }
  }

  return {
    drainAll,
    db, runtime, worker: runtime.worker, connector, adapter, organisation, base, post, staff,
    async advanceTo(at: Date) {
      clock.set(at);
      await runtime.tick();
      await drainAll();
    },
    async stop(how: { keepDatabase?: boolean } = {}) {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runtime.stop();
      await connector.close();
      if (!how.keepDatabase) await db.close();
    },
  };
}
