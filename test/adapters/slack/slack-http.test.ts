// What a hostile or broken request gets (401/400/413, nothing written, no crash),
// and how a 429 from Slack is waited out by the outbox: delivered exactly once.
import './no-network.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, sign, startSlack, type SlackHarness } from './start-slack.ts';

const ROW_TABLES = ['staffIdentity', 'contactMoment', 'checkInAnswer', 'success', 'outbox', 'auditEvent'] as const;

describe('Slack adapter: rejections and rate limits', () => {
  let h: SlackHarness;
  const rows = async () => Promise.all(ROW_TABLES.map((t) => (h.db.prisma[t] as { count(): Promise<number> }).count()));

  beforeAll(async () => {
    h = await startSlack({ now: new Date('2026-11-22T11:00:00Z') });
    await h.event(fixture('member-joined-channel'));
  }, 60_000);
  afterAll(async () => h?.stop());

  it('refuses bad signatures, stale or missing headers, garbage and oversized bodies, and writes nothing', async () => {
    const before = await rows();
    const calls = h.api.calls.length;
    const cmd = new URLSearchParams(fixture('slash-command.log')).toString();
    const form = 'application/x-www-form-urlencoded';
    expect((await h.postRaw(cmd, form, sign(cmd, 'ffffffffffffffffffffffffffffffff'))).status).toBe(401);
    expect((await h.postRaw(cmd, form, sign(cmd, undefined, Math.floor(Date.now() / 1000) - 6 * 60))).status).toBe(401);
    expect((await h.postRaw(cmd, form, {})).status).toBe(401);
    const notJson = new URLSearchParams({ payload: '{not json' }).toString();
    expect((await h.postRaw(notJson, form, sign(notJson))).status).toBe(400);
    const wrongShape = JSON.stringify({ type: 'event_callback', team_id: 'T0MAASDELTA', event: { type: 'message', channel: 'C0TRANSFER', ts: 'yesterday' } });
    expect((await h.postRaw(wrongShape, 'application/json', sign(wrongShape))).status).toBe(400);
    const click = fixture('block-actions.button');
    click.actions[0].action_id = 'Xy7+/unknown action';
    const unknown = new URLSearchParams({ payload: JSON.stringify(click) }).toString();
    expect((await h.postRaw(unknown, form, sign(unknown))).status).toBe(400);
    const other = new URLSearchParams({ ...fixture('slash-command.log'), command: '/iets-anders' }).toString();
    expect((await h.postRaw(other, form, sign(other))).status).toBe(400);
    const huge = JSON.stringify({ ...fixture('app-home-opened'), padding: 'x'.repeat(1_100_000) });
    expect((await h.postRaw(huge, 'application/json', sign(huge))).status).toBe(413);
    await h.settle();
    expect(await rows()).toEqual(before);
    expect(h.api.calls.length).toBe(calls);
    // Still serving.
    expect((await fetch(`${h.base}/healthz`)).status).toBe(200);
  });

  it('answers a well-formed but unknown action with a note, writing nothing', async () => {
    const before = await rows();
    const click = fixture('block-actions.button');
    click.actions[0].action_id = 'checkin.does_not_exist';
    expect((await h.interactive(click)).status).toBe(200);
    expect(await rows()).toEqual(before);
    expect(String(h.api.callsOf('response_url').at(-1)?.args.text)).toMatch(/\S/);
  });

  it('waits out a 429 with Retry-After and delivers the message exactly once', async () => {
    const key = 'slack-test:rate-limit';
    await h.runtime.deps.ports.outbox.enqueue([{ key, delivery: { type: 'post', platform: 'slack', to: { kind: 'channel', channelRef: 'C0TRANSFER' }, message: { text: 'Eén keer, ook na een 429', blocks: [] } } }]);
    h.api.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    const started = Date.now();
    await h.drainAll();
    const tries = h.api.callsOf('chat.postMessage').filter((c) => c.args.text === 'Eén keer, ook na een 429');
    expect(tries).toHaveLength(2);
    expect(tries[1]!.at - tries[0]!.at).toBeGreaterThanOrEqual(950);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    const row = await h.db.prisma.outbox.findFirstOrThrow({ where: { idempotencyKey: key } });
    expect(row.status).toBe('sent');
    await h.drainAll();
    expect(h.api.callsOf('chat.postMessage').filter((c) => c.args.text === 'Eén keer, ook na een 429')).toHaveLength(2);
  });

  it('dead-letters at once what Slack will never accept, and retries a 500', async () => {
    const send = (key: string, channelRef: string) =>
      h.runtime.deps.ports.outbox.enqueue([{ key, delivery: { type: 'post', platform: 'slack', to: { kind: 'channel', channelRef }, message: { text: key, blocks: [] } } }]);
    await send('slack-test:archived', 'C0WEG');
    h.api.failNext('chat.postMessage', { error: 'channel_not_found' });
    await h.drainAll();
    expect((await h.db.prisma.outbox.findFirstOrThrow({ where: { idempotencyKey: 'slack-test:archived' } })).status).toBe('dead');
    await send('slack-test:flaky', 'C0TRANSFER');
    h.api.failNext('chat.postMessage', { status: 500 });
    await h.drainAll();
    expect((await h.db.prisma.outbox.findFirstOrThrow({ where: { idempotencyKey: 'slack-test:flaky' } })).status).toBe('pending');
    h.clock.advance(1_000); // past the outbox's backoff (on the manual clock)
    await h.drainAll();
    expect((await h.db.prisma.outbox.findFirstOrThrow({ where: { idempotencyKey: 'slack-test:flaky' } })).status).toBe('sent');
  });

  it('dead-letters a DM to someone without a Slack account', async () => {
    const director = h.staff.find((s) => s.name.startsWith('Gerard '))!;
    await h.runtime.deps.ports.outbox.enqueue([{ key: 'slack-test:unlinked', delivery: { type: 'post', platform: 'slack', to: { kind: 'person', staffId: director.id }, message: { text: 'hallo', blocks: [] } } }]);
    await h.drainAll();
    const row = await h.db.prisma.outbox.findFirstOrThrow({ where: { idempotencyKey: 'slack-test:unlinked' } });
    expect(row.status).toBe('dead');
    expect(row.lastError).toContain('niet gekoppeld aan Slack');
  });
});
