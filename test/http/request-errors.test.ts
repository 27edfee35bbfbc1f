// Every route of the real server answers a body it cannot read with the project's
// own JSON (Dutch first, a code, 400/413/415) and never shows a stack trace or a
// path, whatever NODE_ENV says. Two real processes: the embedded default
// (playground, dashboard without login) and one with Slack and Teams (dev mode).
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, migratedDataDir, spawnTs, STACK_OR_PATH, type Spawned } from '../app/spawn-bot.ts';

const SECRET = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';
const HUGE = JSON.stringify({ padding: 'x'.repeat(5 * 1024 * 1024) });
const MANY_FIELDS = Array.from({ length: 1200 }, (_, i) => `f${i}=1`).join('&');
const outsideAddress = Object.values(networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal)?.address;

const slackSigned = (body: string) => {
  const ts = Math.floor(Date.now() / 1000);
  return { 'x-slack-signature': `v0=${createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex')}`, 'x-slack-request-timestamp': String(ts) };
};

interface Answer {
  status: number;
  type: string;
  text: string;
}

/** A raw HTTP request (any Host header, optionally from another local address). */
function send(port: number, opts: { method?: string; path: string; headers?: Record<string, string>; body?: string; localAddress?: string }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: opts.method ?? 'POST', path: opts.path, headers: opts.headers ?? {}, ...(opts.localAddress ? { localAddress: opts.localAddress } : {}) }, (res) => {
      let text = '';
      res.on('data', (d) => (text += String(d)));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), text }));
    });
    // A server may answer 413 and close before it read the whole body.
    req.on('error', (err) => ((err as NodeJS.ErrnoException).code === 'EPIPE' || (err as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(err)));
    req.end(opts.body);
  });
}

/** The project's JSON error: status, a Dutch-first text, a code, no stack, no path. */
function expectOwnError(a: Answer, status: number, code: string): void {
  expect({ status: a.status, type: a.type.split(';')[0] }, a.text).toEqual({ status, type: 'application/json' });
  const body = JSON.parse(a.text) as { error: string; code: string };
  expect(body.code).toBe(code);
  expect(body.error).toMatch(/^[A-Z].* \/ [A-Z]/);
  expect(a.text).not.toMatch(STACK_OR_PATH);
}

/** What each route gets: malformed JSON, a huge body, too many form fields, an unknown charset. */
const BAD_BODIES = [
  { name: 'malformed JSON', headers: { 'content-type': 'application/json' }, body: '{"kind": "command",', status: 400, code: 'body_unparsable' },
  { name: 'huge JSON', headers: { 'content-type': 'application/json' }, body: HUGE, status: 413, code: 'body_too_large' },
  { name: 'unknown charset', headers: { 'content-type': 'application/json; charset=klingon' }, body: '{}', status: 415, code: 'body_encoding' },
];

async function startBot(env: Record<string, string>): Promise<{ bot: Spawned; port: number }> {
  const port = await freePort();
  const bot = spawnTs('src/main.ts', [], { PORT: String(port), DATA_DIR: migratedDataDir(), ...env });
  await bot.healthy(port, 150_000);
  return { bot, port };
}

describe('request errors on the real server', () => {
  let embedded: { bot: Spawned; port: number };
  let platforms: { bot: Spawned; port: number };

  beforeAll(async () => {
    [embedded, platforms] = await Promise.all([
      // development is where express would print stack traces by default.
      startBot({ NODE_ENV: 'development' }),
      startBot({
        HOST: '0.0.0.0',
        SLACK_BOT_TOKEN: 'xoxb-1-test', SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_USER_ID: 'U0RROBOT', SLACK_BOT_ID: 'B0RROBOT', SLACK_API_URL: 'http://127.0.0.1:9/api/',
        TEAMS_DEV_UNAUTHENTICATED: 'true',
      }),
    ]);
  }, 200_000);
  afterAll(async () => {
    await Promise.all([embedded?.bot.stop(), platforms?.bot.stop()]);
  });

  it('playground API and the embedded dashboard: every bad body gets our JSON', async () => {
    for (const path of ['/playground/api/inbound', '/playground/api/clock', '/playground/api/form/close']) {
      for (const bad of BAD_BODIES) expectOwnError(await send(embedded.port, { path, headers: bad.headers, body: bad.body }), bad.status, bad.code);
    }
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    expectOwnError(await send(embedded.port, { path: '/dashboard/as', headers: form, body: MANY_FIELDS }), 413, 'body_too_many_fields');
    expectOwnError(await send(embedded.port, { path: '/dashboard/as', headers: form, body: `a=${'x'.repeat(20_000)}` }), 413, 'body_too_large');
    expectOwnError(await send(embedded.port, { path: '/dashboard/as', headers: { 'content-type': 'application/x-www-form-urlencoded; charset=klingon' }, body: 'a=1' }), 415, 'body_encoding');
    // A wrong content type is no body at all: the route's own validation answers, still JSON.
    const plain = await send(embedded.port, { path: '/playground/api/inbound', headers: { 'content-type': 'text/plain' }, body: 'hallo' });
    expect([plain.status, plain.type.split(';')[0]]).toEqual([400, 'application/json']);
  });

  it('unknown paths and undecodable ones: JSON 404 / 400, no stack', async () => {
    expectOwnError(await send(embedded.port, { method: 'GET', path: '/bestaat-niet' }), 404, 'not_found');
    expectOwnError(await send(embedded.port, { method: 'GET', path: '/playground/assets/%E0%A4%A' }), 400, 'bad_request');
    expect(embedded.bot.output()).not.toMatch(/"level":50/);
  });

  it('/slack/events and /api/messages: every bad body gets our JSON', async () => {
    for (const bad of BAD_BODIES) {
      expectOwnError(await send(platforms.port, { path: '/api/messages', headers: bad.headers, body: bad.body }), bad.status, bad.code);
    }
    const slackJson = '{"type":"event_callback",';
    expectOwnError(await send(platforms.port, { path: '/slack/events', headers: { 'content-type': 'application/json', ...slackSigned(slackJson) }, body: slackJson }), 400, 'body_unparsable');
    const slackForm = new URLSearchParams({ payload: '{niet json' }).toString();
    expectOwnError(await send(platforms.port, { path: '/slack/events', headers: { 'content-type': 'application/x-www-form-urlencoded', ...slackSigned(slackForm) }, body: slackForm }), 400, 'body_unparsable');
    expectOwnError(await send(platforms.port, { path: '/slack/events', headers: { 'content-type': 'application/json', ...slackSigned(HUGE) }, body: HUGE }), 413, 'body_too_large');
    const unsigned = await send(platforms.port, { path: '/slack/events', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect([unsigned.status, JSON.parse(unsigned.text).code]).toEqual([401, 'slack_signature']);
    expectOwnError(await send(platforms.port, { path: '/dashboard/logout', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: MANY_FIELDS }), 413, 'body_too_many_fields');
  });

  it('Teams without sender checks answers only this machine: Host and socket must both be loopback, though HOST=0.0.0.0', async () => {
    const activity = JSON.stringify({ type: 'message', text: 'hallo' });
    const json = { 'content-type': 'application/json' };
    const rebound = await send(platforms.port, { path: '/api/messages', headers: { ...json, host: 'evil.example:3978' }, body: activity });
    expect([rebound.status, JSON.parse(rebound.text).code]).toEqual([403, 'loopback_only']);
    // From this machine the request gets past the guard, to the activity check.
    const local = await send(platforms.port, { path: '/api/messages', headers: json, body: activity });
    expect(local.status).toBe(400);
    expect(JSON.parse(local.text).error).toMatch(/^Ongeldige Teams-activiteit/);
    // A real activity from this machine reaches the SDK's own route (mounted before the final 404).
    const personal = { ...(JSON.parse(readFileSync('test/fixtures/teams/message.personal.json', 'utf8')) as object), serviceUrl: 'http://127.0.0.1:9/' };
    const handled = await send(platforms.port, { path: '/api/messages', headers: json, body: JSON.stringify(personal) });
    expect(handled.status, handled.text).not.toBe(404);
    // (Its reply cannot be sent — no connector at that serviceUrl — so the SDK answers 500, without details.)
    expect(handled.text).not.toMatch(STACK_OR_PATH);
    if (outsideAddress) {
      const remote = await send(platforms.port, { path: '/api/messages', headers: { ...json, host: `localhost:${platforms.port}` }, body: activity, localAddress: outsideAddress });
      expect([remote.status, JSON.parse(remote.text).code]).toEqual([403, 'loopback_only']);
    }
  });
});
