// Prod-like: credentials set, an injected token function (no Microsoft host):
// an unsigned request gets 401 and nothing is written. And the sender's answers
// to connector failures: 429/503 → wait (retry-after), 403/404 → give up.
import './no-network.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PermanentDeliveryError, RateLimitedError } from '../../../src/core/platform-sender.ts';
import { fixture, postToTransferChannel, startTeams, TENANT } from './start-teams.ts';

let t: Awaited<ReturnType<typeof startTeams>>;
const tokens: string[] = [];
// The SDK decodes the token (expiry), so it must look like a JWT; nobody checks its signature here.
const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
const BOT_TOKEN = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ aud: 'https://api.botframework.com', exp: 4_102_444_800 })}.sig`;

beforeAll(async () => {
  t = await startTeams({
    now: new Date('2026-11-22T11:00:00Z'),
    config: { mode: 'authenticated', clientId: '7b2c6f0e-1d3a-4c59-9a8e-2f4b6d8e0a11', clientSecret: 'test-geheim', tenantId: TENANT },
    token: () => {
      tokens.push('asked');
      return BOT_TOKEN;
    },
  });
}, 60_000);
afterAll(async () => t?.stop());

describe('Teams adapter with credentials', () => {
  it('answers 401 to an unsigned request and writes nothing', async () => {
    const before = [await t.db.prisma.conversationRef.count(), await t.db.prisma.staffIdentity.count()];
    const res = await t.post(fixture('conversation-update.install'));
    expect(res.status).toBe(401);
    expect([await t.db.prisma.conversationRef.count(), await t.db.prisma.staffIdentity.count()]).toEqual(before);
    expect(t.connector.calls).toEqual([]);
  });

  it('sends with the injected bot token; 429 and 503 become RateLimitedError, 403 a permanent failure', async () => {
    const { context, delivery } = postToTransferChannel(t.connector.url);
    const ok = await t.adapter.sender.deliver(delivery, context);
    expect(ok.ref).toMatch(new RegExp(`;messageid=\\d+$`));
    expect(t.connector.calls.at(-1)!.auth).toBe(`Bearer ${BOT_TOKEN}`);
    expect(tokens.length).toBeGreaterThan(0);

    t.connector.failNext({ status: 429, retryAfter: 3 });
    const limited = await t.adapter.sender.deliver(delivery, context).catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(RateLimitedError);
    expect((limited as RateLimitedError).retryAfterMs).toBe(3000);
    t.connector.failNext({ status: 503 });
    expect(await t.adapter.sender.deliver(delivery, context).catch((e: unknown) => e)).toBeInstanceOf(RateLimitedError);
    t.connector.failNext({ status: 403 });
    expect(await t.adapter.sender.deliver(delivery, context).catch((e: unknown) => e)).toBeInstanceOf(PermanentDeliveryError);
    const person = await t.adapter.sender.deliver({ ...delivery, to: { kind: 'person', staffId: t.staff[0]!.id } }, context).catch((e: unknown) => e);
    expect((person as Error).message).toMatch(/nog niet aan een Teams-account gekoppeld/);
  });
});
