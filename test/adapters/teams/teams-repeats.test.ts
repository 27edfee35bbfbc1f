// Teams resends an activity it believes went unanswered: the same activity (same
// id, time and content) posted twice to /api/messages changes things once and is
// answered once. A different activity with a reused id still counts.
import './no-network.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, startTeams } from './start-teams.ts';

const SUNDAY = new Date('2026-11-22T11:00:00Z');

describe('Teams adapter: resent activities', () => {
  let t: Awaited<ReturnType<typeof startTeams>>;

  beforeAll(async () => {
    t = await startTeams({ now: SUNDAY });
    await t.post(fixture('conversation-update.install'));
  }, 60_000);
  afterAll(async () => t?.stop());

  it('the same `log` message twice makes one contact moment and one answer', async () => {
    const before = await t.db.prisma.contactMoment.count();
    t.connector.reset();
    const log = { ...fixture('message.personal'), id: '1763900000101', text: 'log Thuiszorg Maasoever' };
    expect((await t.post(log)).status).toBe(200);
    expect((await t.post(log)).status).toBe(200);
    expect(await t.db.prisma.contactMoment.count()).toBe(before + 1);
    expect(t.connector.sent().filter((c) => c.conversationId === 'a:1SanneChat-personal')).toHaveLength(1);

    // Another message (new time and text) that happens to carry the same id is not a resend.
    const other = { ...log, timestamp: '2026-11-23T10:00:00.000Z', text: 'log Zorggroep Het Baken' };
    expect((await t.post(other)).status).toBe(200);
    expect(await t.db.prisma.contactMoment.count()).toBe(before + 2);
  });
});
