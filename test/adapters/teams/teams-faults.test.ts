// Faults between Teams and the bot: Teams resends an activity it believes went
// unanswered — the same activity (same id, time and content) posted twice changes
// things once and is answered once, while a different activity with a reused id
// still counts; a connector call that never answers times out instead of holding
// the send forever.
import './no-network.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, postToTransferChannel, startTeams } from './start-teams.ts';

const SUNDAY = new Date('2026-11-22T11:00:00Z');
const TIMEOUT_MS = 1_000;

describe('Teams adapter: resends and hung calls', () => {
  let t: Awaited<ReturnType<typeof startTeams>>;

  beforeAll(async () => {
    t = await startTeams({ now: SUNDAY, timeoutMs: TIMEOUT_MS });
    await t.post(fixture('conversation-update.install'));
  }, 60_000);
  afterAll(async () => t?.stop());

  it('the same `log` message twice makes one contact moment and one answer', async () => {
    const before = await t.db.prisma.contactMoment.count();
    t.connector.reset();
    const log = { ...fixture('message.personal'), id: '1763900000101', text: 'log Thuiszorg Maasoever' };
    const toSanne = () => t.connector.sent().filter((c) => c.conversationId === 'a:1SanneChat-personal');
    expect((await t.post(log)).status).toBe(200);
    // The confirmation and the relationship pulse question (Teams has no ephemeral messages: two messages).
    expect(toSanne()).toHaveLength(2);
    expect((await t.post(log)).status).toBe(200);
    expect(await t.db.prisma.contactMoment.count()).toBe(before + 1);
    expect(toSanne()).toHaveLength(2);

    // Another message (new time and text) that happens to carry the same id is not a resend.
    const other = { ...log, timestamp: '2026-11-23T10:00:00.000Z', text: 'log Zorggroep Het Baken' };
    expect((await t.post(other)).status).toBe(200);
    expect(await t.db.prisma.contactMoment.count()).toBe(before + 2);
  });

  it('a connector call that never answers fails after the client time-out (the outbox retries it later)', async () => {
    const { context, delivery } = postToTransferChannel(t.connector.url);
    t.connector.hangNextCalls(1);
    const started = Date.now();
    const failed = await t.adapter.sender.deliver(delivery, context).then(() => null, (e: unknown) => e);
    expect(failed).toBeInstanceOf(Error);
    expect(Date.now() - started).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
    expect(t.connector.heldCount).toBe(1);
    // The next call goes through as usual.
    expect((await t.adapter.sender.deliver(delivery, context)).ref).toMatch(/;messageid=\d+$/);
  });
});
