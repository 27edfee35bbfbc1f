// Faults between Slack and the bot, over real HTTP: a Web API call that never
// answers holds up only its own message and not the shutdown; Slack's resend of
// an event (same event_id, X-Slack-Retry-Num), of a modal submission, and a
// slash command that arrives five times change things once.
import './no-network.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, sign, startSlack, type SlackHarness } from './start-slack.ts';

const SUNDAY = new Date('2026-11-22T11:00:00Z');
const MONDAY_0900 = new Date('2026-11-23T08:00:00Z');
const SEND_TIMEOUT_MS = 3_000;
const STOP_DEADLINE_MS = 2_000;

describe('Slack adapter: faults and resends', () => {
  let h: SlackHarness;
  const post = (key: string) => ({ key, delivery: { type: 'post' as const, platform: 'slack' as const, to: { kind: 'channel' as const, channelRef: 'C0TRANSFER' }, message: { text: key, blocks: [] } } });
  const postsOf = (text: string) => h.api.callsOf('chat.postMessage').filter((c) => c.args.text === text);

  beforeAll(async () => {
    h = await startSlack({ now: SUNDAY, runtime: { outbox: { sendTimeoutMs: SEND_TIMEOUT_MS }, stopDeadlineMs: STOP_DEADLINE_MS }, clientTimeoutMs: 60_000 });
    for (const channel of ['C0TRANSFER', 'C0GERIATRIE', 'C0KINDER']) {
      const join = fixture('member-joined-channel');
      join.event.channel = channel;
      await h.event(join);
    }
    await h.advanceTo(MONDAY_0900);
  }, 60_000);
  afterAll(async () => h?.stop());

  it('a chat.postMessage that never answers holds up only its own message; it goes again later, once', async () => {
    const keys = Array.from({ length: 5 }, (_, i) => `slack-test:hang:${i}`);
    await h.runtime.deps.ports.outbox.enqueue(keys.map(post));
    h.api.failNext('chat.postMessage', { hang: true });
    const started = Date.now();
    const first = await h.worker.drain();
    expect(first).toMatchObject({ sent: 4, retried: 1 });
    expect(h.api.heldCount).toBe(1);
    // All five went out at once; the four answered ones did not wait for the hung call's timeout.
    for (const k of keys) expect(postsOf(k)).toHaveLength(1);
    expect(postsOf(keys[0]!)[0]!.at - started).toBeLessThan(SEND_TIMEOUT_MS);
    const row = await h.db.prisma.outbox.findFirstOrThrow({ where: { idempotencyKey: { in: keys }, status: 'pending' } });
    expect(row.lastError).toContain('geen antwoord');
    expect(row.lockedBy).toBeNull();

    h.clock.advance(60_000);
    await h.drainAll();
    expect(await h.db.prisma.outbox.count({ where: { idempotencyKey: { in: keys }, status: 'sent' } })).toBe(5);
    // The platform never processed the hung call: the retry is the message's one delivery.
    expect(postsOf(row.idempotencyKey)).toHaveLength(2);
  });

  it("ignores Slack's resend of a thread reply (same event_id, X-Slack-Retry-Num: 1)", async () => {
    const round = await h.db.prisma.checkInRound.findFirstOrThrow({ where: { periodKey: '2026-W48', team: { name: 'Transferpunt' } } });
    const reply = fixture('message.thread-reply');
    reply.event.thread_ts = round.threadRef!.split(':')[1];
    const body = JSON.stringify(reply);
    expect((await h.postRaw(body, 'application/json', sign(body))).status).toBe(200);
    await h.settle();
    const confirmations = () => h.api.callsOf('chat.postEphemeral').filter((c) => c.args.user === 'U0SANNE' && c.args.thread_ts === reply.event.thread_ts).length;
    expect(confirmations()).toBe(1);
    for (const n of ['1', '2']) {
      const retry = await h.postRaw(body, 'application/json', { ...sign(body), 'x-slack-retry-num': n, 'x-slack-retry-reason': 'http_timeout' });
      expect(retry.status).toBe(200);
    }
    await h.settle();
    const answer = await h.db.prisma.checkInAnswer.findFirstOrThrow({ where: { staffId: h.idOf('Sanne'), roundId: round.id } });
    expect(answer.editCount).toBe(0);
    expect(answer.messageRefs).toHaveLength(1);
    expect(confirmations()).toBe(1);
  });

  it('the same signed slash command arriving five times makes one contact moment', async () => {
    const before = await h.db.prisma.contactMoment.count();
    const body = new URLSearchParams({ ...fixture('slash-command.log'), response_url: `${h.api.url}/respond/log-5x` }).toString();
    const headers = sign(body);
    const answers = () => h.api.callsOf('response_url').filter((c) => c.args.url === '/respond/log-5x');
    expect((await h.postRaw(body, 'application/x-www-form-urlencoded', headers)).status).toBe(200);
    await h.settle();
    // The first one answers twice: the confirmation, then the relationship pulse question for that partner.
    expect(answers().map((c) => c.args.text)).toEqual([expect.stringContaining('vastgelegd'), expect.stringContaining('Hoe staat de relatie met')]);
    for (let i = 0; i < 4; i++) expect((await h.postRaw(body, 'application/x-www-form-urlencoded', headers)).status).toBe(200);
    await h.settle();
    expect(await h.db.prisma.contactMoment.count()).toBe(before + 1);
    // The four resends add neither a confirmation nor a second pulse question.
    expect(answers()).toHaveLength(2);
  });

  it("a modal submission resent by Slack makes one success; a corrected or a new submission still counts", async () => {
    const submit = fixture('view-submission.success');
    const title = (v: string) => { const p = structuredClone(submit); p.view.state.values.title.title.value = v; return p; };
    const signedBody = (payload: unknown) => new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    const sendTwice = async (payload: unknown) => {
      const body = signedBody(payload);
      const answers = [await h.postRaw(body, 'application/x-www-form-urlencoded', sign(body))];
      await h.settle();
      answers.push(await h.postRaw(body, 'application/x-www-form-urlencoded', { ...sign(body), 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' }));
      await h.settle();
      return answers;
    };
    const stories = (t: string) => h.db.prisma.success.count({ where: { title: t } });

    // Empty title: the errors come back each time (a refused form leaves no receipt).
    for (const refused of await sendTwice(title(''))) expect(refused.json).toEqual({ response_action: 'errors', errors: { title: expect.any(String) } });
    // Corrected in the same modal (same view id and hash): stored once, the resend is acknowledged and ignored.
    const first = 'Resend: warme overdracht';
    for (const ok of await sendTwice(title(first))) expect([ok.status, ok.text]).toEqual([200, '']);
    expect(await stories(first)).toBe(1);
    // A new modal (its own view id) with the same text is a real second submission.
    const again = title(first);
    again.view.id = 'V0SUCCESS02';
    await sendTwice(again);
    expect(await stories(first)).toBe(2);
  });

  it('stops within its deadline while Slack calls hang', async () => {
    const keys = Array.from({ length: 3 }, (_, i) => `slack-test:stop:${i}`);
    h.api.failNext('chat.postMessage', { hang: true }, 3);
    const heldBefore = h.api.heldCount;
    await h.runtime.deps.ports.outbox.enqueue(keys.map(post));
    h.worker.kick();
    for (let i = 0; i < 500 && h.api.heldCount < heldBefore + 3; i++) await new Promise((r) => setTimeout(r, 20));
    expect(h.api.heldCount).toBe(heldBefore + 3);
    const started = Date.now();
    await h.runtime.stop();
    expect(Date.now() - started).toBeLessThan(STOP_DEADLINE_MS + 1_000);
    // Abandoned, not lost: pending and free for the next start.
    const rows = await h.db.prisma.outbox.findMany({ where: { idempotencyKey: { in: keys } } });
    expect(rows.map((r) => [r.status, r.lockedBy])).toEqual(keys.map(() => ['pending', null]));
  });
});
