// Slack keeps a person's message in the channel: a reply with a BSN is refused in a note
// only they see, which says how to delete the message. Nothing reaches the database or
// any other Slack call.
import './no-network.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RENDERINGS, VALID_BSNS } from '../../support/bsn-renderings.ts';
import { findStoredBsn, stringsWithBsn } from '../../support/find-stored-bsn.ts';
import { fixture, startSlack, type SlackHarness } from './start-slack.ts';

const SUNDAY = new Date('2026-11-22T11:00:00Z');

describe('Slack adapter: BSN refusal', () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlack({ now: SUNDAY });
    expect((await h.event(fixture('member-joined-channel'))).status).toBe(200);
  }, 60_000);
  afterAll(async () => h?.stop());

  it('refuses a thread reply, a DM and an edit with a BSN, and says how to delete the message', async () => {
    const picked = RENDERINGS.filter(([name]) => ['plain', 'narrow no-break space', 'full-width', 'zero-width space', 'every digit spaced', 'amount with cents'].includes(name));
    let n = 0;
    for (const [name, render] of picked) {
      const text = `Gedaan: Het Baken gebeld over cliënt ${render(VALID_BSNS[n % VALID_BSNS.length]!)}`;
      const reply = fixture('message.thread-reply');
      Object.assign(reply.event, { text, ts: `1790000200.00${100 + n}`, event_ts: `1790000200.00${100 + n}`, client_msg_id: `bsn-${n}`, blocks: undefined });
      reply.event_id = `Ev0BSN${n++}`;
      expect((await h.event(reply)).status, name).toBe(200);
    }
    const dm = fixture('message.thread-reply');
    Object.assign(dm.event, { text: 'cliënt 123 456 782', channel: 'D0SANNE', channel_type: 'im', thread_ts: undefined, ts: '1790000300.000100', event_ts: '1790000300.000100', blocks: undefined });
    dm.event_id = 'Ev0BSNDM';
    expect((await h.event(dm)).status).toBe(200);
    const edit = fixture('message.edit');
    edit.event.message.text = 'Gedaan: cliënt 111\u202f222\u202f333 besproken';
    edit.event_id = 'Ev0BSNEDIT';
    expect((await h.event(edit)).status).toBe(200);

    // In the channel a note only Sanne sees; in her DM with the bot an answer there.
    const notes = h.api.calls.filter((c) => String(c.args.text).includes('BSN'));
    expect(notes.filter((c) => c.method === 'chat.postEphemeral' && c.args.user === 'U0SANNE')).toHaveLength(picked.length + 1);
    expect(notes.filter((c) => c.method === 'chat.postMessage').map((c) => c.args.channel)).toEqual(['D0SANNE']);
    expect(notes).toHaveLength(picked.length + 2);
    for (const note of notes) expect(String(note.args.text)).toContain('Bericht verwijderen');
    expect(stringsWithBsn(h.api.calls, VALID_BSNS)).toEqual([]);
    expect(await findStoredBsn(h.db, VALID_BSNS)).toEqual([]);
  });

  it('refuses a slash command with a BSN without a delete hint: Slack does not keep it in the channel', async () => {
    await h.command({ ...fixture('slash-command.log'), text: 'log Het Baken cliënt 12345678-2' });
    const answers = h.api.callsOf('response_url').map((c) => JSON.stringify(c.args));
    expect(answers.some((a) => a.includes('BSN') && !a.includes('verwijderen'))).toBe(true);
    expect(stringsWithBsn(h.api.calls, VALID_BSNS)).toEqual([]);
    expect(await findStoredBsn(h.db, VALID_BSNS)).toEqual([]);
  });
});
