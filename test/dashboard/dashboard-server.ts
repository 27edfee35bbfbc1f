// A real HTTP server with the dashboard router on a test database, and a tiny
// cookie-carrying client for the access tests.
import { createDashboardStores } from '../../src/app/create-dashboard-stores.ts';
import express from 'express';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Clock } from '../../src/core/clock.ts';
import { createDashboardRouter } from '../../src/dashboard/create-dashboard-router.ts';
import type { TeamsTabOptions } from '../../src/dashboard/teams-tab-ports.ts';
import { loadPrompts } from '../../src/i18n/load-prompts.ts';
import { createTranslator } from '../../src/core/i18n/translator.ts';
import { hashMagicToken, createMagicToken } from '../../src/features/dashboard-access/magic-token.ts';
import type { Database } from '../../src/store/database.ts';

export const translate = createTranslator(loadPrompts());

export async function startDashboardServer(db: Database, clock: Clock, mode: 'embedded' | 'magic-link' = 'magic-link', tab?: TeamsTabOptions, hooks: { onTeamSaved?: () => void } = {}) {
  const app = express();
  // As main does: the Teams tab's router first, at /dashboard/tab.
  if (tab) app.use('/dashboard/tab', createDashboardRouter({ ...createDashboardStores(db, clock), mode, t: translate, clock, secureCookies: false, tab }));
  app.use('/dashboard', createDashboardRouter({ ...createDashboardStores(db, clock), mode, t: translate, clock, secureCookies: false, ...hooks }));
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A valid magic link for a person, written straight into the store (the bot path is tested in the browser test). */
export async function insertMagicLink(db: Database, staffId: string, expiresAt: Date): Promise<string> {
  const token = createMagicToken();
  await db.prisma.magicLink.create({ data: { staffId, tokenHash: hashMagicToken(token), expiresAt } });
  return token;
}

export async function get(base: string, path: string, cookie?: string) {
  const res = await fetch(base + path, { redirect: 'manual', headers: cookie ? { cookie } : {} });
  // ignoreBOM keeps the CSV's byte-order mark visible to the test.
  return { status: res.status, headers: res.headers, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer()) };
}

/** Logs in through /dashboard/login and returns the session cookie ("name=value"). */
export async function loginWithToken(base: string, token: string): Promise<{ status: number; cookie: string | null; setCookie: string | null }> {
  const res = await fetch(`${base}/dashboard/login?token=${token}`, { redirect: 'manual' });
  await res.text();
  const setCookie = res.headers.get('set-cookie');
  return { status: res.status, setCookie, cookie: setCookie ? setCookie.split(';')[0]! : null };
}
