// Teams keeps a person's message in the chat: a message with a BSN is refused in their
// 1:1 chat with the bot, with how to delete it. Nothing is stored or posted elsewhere.
import './no-network.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VALID_BSNS } from '../../support/bsn-renderings.ts';
import { findStoredBsn, stringsWithBsn } from '../../support/find-stored-bsn.ts';
import { fixture, startTeams, TRANSFER_CHANNEL } from './start-teams.ts';

const SUNDAY = new Date('2026-11-22T11:00:00Z');

describe('Teams adapter: BSN refusal', () => {
  let t: Awaited<ReturnType<typeof startTeams>>;
  beforeAll(async () => {
    t = await startTeams({ now: SUNDAY });
    expect((await t.post(fixture('conversation-update.install'))).status).toBe(200);
  }, 60_000);
  afterAll(async () => t?.stop());

  it('refuses a personal message and a channel reply with a BSN and says how to delete them', async () => {
    t.connector.reset();
    expect((await t.post({ ...fixture('message.personal'), id: '1763900000101', text: 'log Het Baken cliënt １２３４５６７８２' })).status).toBe(200);
    const thread = fixture('message.channel-thread-reply');
    const reply = {
      ...thread, id: '1763900000102', text: '<at>RRO-bot</at> Gedaan: cliënt 111 222 333 besproken',
      attachments: [{ contentType: 'text/html', content: '<div>Gedaan: cliënt 111 222 333 besproken</div>' }],
      conversation: { ...(thread.conversation as object), id: `${TRANSFER_CHANNEL};messageid=1763900000001` },
    };
    expect((await t.post(reply)).status).toBe(200);
    const refusals = t.connector.sent().map((c) => JSON.stringify(c.body)).filter((b) => b.includes('BSN'));
    expect(refusals.length).toBeGreaterThanOrEqual(2);
    for (const body of refusals) expect(body).toContain('Meer opties');
    expect(t.connector.sent().some((c) => c.conversationId?.startsWith(TRANSFER_CHANNEL))).toBe(false);
    expect(stringsWithBsn(t.connector.calls.map((c) => c.body), VALID_BSNS)).toEqual([]);
    expect(await findStoredBsn(t.db, VALID_BSNS)).toEqual([]);
  });
});
