// The full RRO week through Slack, over real HTTP: install in the team channels
// (link by e-mail), Monday's root post and DMs, a thread answer with its
// confirm-contact button, an edit, the reminder, nudges with a snooze, the lead's
// agenda, a success by shortcut + modal to the celebration channel, the App Home,
// and a slash command answered through response_url.
import './no-network.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, startSlack, type SlackHarness } from './start-slack.ts';

const SUNDAY = new Date('2026-11-22T11:00:00Z');
const MONDAY_0900 = new Date('2026-11-23T08:00:00Z');

describe('Slack adapter: the RRO week', () => {
  let h: SlackHarness;
  let rootTs = '';
  const posts = (channel: string) => h.api.callsOf('chat.postMessage').filter((c) => c.args.channel === channel);
  /** The value of the first rendered element with this action id (maybe suffixed ::n), anywhere in the blocks. */
  const valueOf = (blocks: unknown, actionId: string): string => {
    const found: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        const o = node as Record<string, unknown>;
        if (typeof o.action_id === 'string' && o.action_id.replace(/::\d+$/, '') === actionId) {
          const options = o.options as { value: string }[] | undefined;
          found.push(typeof o.value === 'string' ? o.value : options![0]!.value);
        }
        Object.values(o).forEach(walk);
      }
    };
    walk(blocks);
    if (!found[0]) throw new Error(`geen knop ${actionId} in ${JSON.stringify(blocks).slice(0, 500)}`);
    return found[0];
  };

  beforeAll(async () => {
    h = await startSlack({ now: SUNDAY });
  }, 60_000);
  afterAll(async () => h?.stop());

  it('binds the workspace and links every team member by e-mail when the bot joins the team channels', async () => {
    for (const channel of ['C0TRANSFER', 'C0GERIATRIE', 'C0KINDER']) {
      const join = fixture('member-joined-channel');
      join.event.channel = channel;
      expect((await h.event(join)).status).toBe(200);
    }
    const org = await h.db.prisma.organisation.findFirstOrThrow();
    expect([org.platform, org.externalId]).toEqual(['slack', 'T0MAASDELTA']);
    const members = await h.db.prisma.teamMembership.count();
    expect(await h.db.prisma.staffIdentity.count({ where: { platform: 'slack' } })).toBe(members);
    const welcome = h.api.callsOf('chat.postEphemeral').find((c) => c.args.user === 'U0MARIEKE');
    expect(welcome?.args.text).toContain('Welkom bij RRO-bot');
  });

  it('posts the root message in the team channel and the personal DMs on Monday 09:00', async () => {
    await h.advanceTo(MONDAY_0900);
    const root = posts('C0TRANSFER').find((c) => String(c.args.text).includes('RRO week 48'));
    expect(root).toBeDefined();
    const round = await h.db.prisma.checkInRound.findFirstOrThrow({ where: { periodKey: '2026-W48', team: { name: 'Transferpunt' } } });
    expect(round.threadRef).toMatch(/^C0TRANSFER:\d+\.\d+$/);
    rootTs = round.threadRef!.split(':')[1]!;
    expect(h.api.callsOf('conversations.open').some((c) => c.args.users === 'U0SANNE')).toBe(true);
    expect(posts('D0SANNE').some((c) => String(c.args.text).includes('week 48'))).toBe(true);
  });

  it('takes a thread reply as the answer and logs the contact once from its button', async () => {
    const reply = fixture('message.thread-reply');
    reply.event.thread_ts = rootTs;
    expect((await h.event(reply)).status).toBe(200);
    const answer = await h.db.prisma.checkInAnswer.findFirstOrThrow({ where: { staffId: h.idOf('Sanne'), round: { periodKey: '2026-W48' } } });
    expect(answer.messageRefs).toEqual(['C0TRANSFER:1790000100.000200']);
    const note = h.api.callsOf('chat.postEphemeral').find((c) => c.args.user === 'U0SANNE' && c.args.thread_ts === rootTs)!;
    const value = valueOf(note.args.blocks, 'checkin.confirm_contact');
    const before = await h.db.prisma.contactMoment.count();
    const click = fixture('block-actions.button');
    click.actions[0].value = value;
    expect((await h.interactive(click)).status).toBe(200);
    expect((await h.interactive(click)).status).toBe(200);
    expect(await h.db.prisma.contactMoment.count()).toBe(before + 1);
    expect(h.api.callsOf('response_url').length).toBeGreaterThanOrEqual(1);
  });

  it('applies an edit of the thread reply to the same answer', async () => {
    const edit = fixture('message.edit');
    edit.event.message.thread_ts = rootTs;
    expect((await h.event(edit)).status).toBe(200);
    const answer = await h.db.prisma.checkInAnswer.findFirstOrThrow({ where: { staffId: h.idOf('Sanne'), round: { periodKey: '2026-W48' } } });
    expect(answer.editCount).toBe(1);
    expect(answer.planned).toContain('GGD Maasdelta');
  });

  it('nudges by DM with buttons, and a snooze click is recorded', async () => {
    await h.advanceTo(new Date('2026-11-23T09:01:00Z'));
    const nudge = posts('D0MARIEKE').find((c) => JSON.stringify(c.args.blocks).includes('nudge.snooze'));
    expect(nudge).toBeDefined();
    const click = fixture('block-actions.button');
    Object.assign(click.user, { id: 'U0MARIEKE' });
    click.channel = { id: 'D0MARIEKE', name: 'directmessage' };
    click.container = { type: 'message', message_ts: '1790000500.000500', channel_id: 'D0MARIEKE', is_ephemeral: false };
    // The snooze is a static_select: Slack sends the chosen option, not a value.
    click.actions[0] = {
      type: 'static_select', action_id: 'nudge.snooze', block_id: 'sN0z', action_ts: '1790000510.000100',
      selected_option: { text: { type: 'plain_text', text: '1 week', emoji: true }, value: valueOf(nudge!.args.blocks, 'nudge.snooze') },
    };
    expect((await h.interactive(click)).status).toBe(200);
    const snoozed = await h.db.prisma.nudge.count({ where: { staffId: h.idOf('Marieke'), snoozedUntil: { not: null } } });
    expect(snoozed).toBeGreaterThan(0);
  });

  it('reminds at 15:00 only those who have not answered', async () => {
    const before = (ch: string) => posts(ch).length;
    const [sanne, youssef] = [before('D0SANNE'), before('D0YOUSSEF')];
    await h.advanceTo(new Date('2026-11-23T14:01:00Z'));
    expect(posts('D0YOUSSEF').length).toBe(youssef + 1);
    expect(posts('D0SANNE').length).toBe(sanne);
  });

  it("sends the lead's agenda before the meeting on Tuesday", async () => {
    const before = posts('D0MARIEKE').length;
    await h.advanceTo(new Date('2026-11-24T08:31:00Z'));
    const agenda = posts('D0MARIEKE').slice(before);
    expect(agenda.some((c) => JSON.stringify(c.args).includes('Sanne'))).toBe(true);
  });

  it('shares a success by message shortcut and modal, with errors shown in the modal first', async () => {
    expect((await h.interactive(fixture('shortcut.share-success'))).status).toBe(200);
    const opened = h.api.callsOf('views.open').at(-1)!;
    expect((opened.args.view as { callback_id: string }).callback_id).toBe('success.share');
    const submit = fixture('view-submission.success');
    submit.view.private_metadata = (opened.args.view as { private_metadata: string }).private_metadata;
    const empty = structuredClone(submit);
    empty.view.state.values.title.title.value = '';
    const refused = await h.interactive(empty, false);
    expect(refused.json).toEqual({ response_action: 'errors', errors: { title: expect.any(String) } });
    expect(await h.db.prisma.success.count({ where: { title: submit.view.state.values.title.title.value } })).toBe(0);
    const ok = await h.interactive(submit);
    expect([ok.status, ok.text]).toEqual([200, '']);
    await h.drainAll();
    const post = posts('C0SUCCESSEN').find((c) => String(c.args.text).includes('Warme overdracht'));
    expect(post).toBeDefined();
    const success = await h.db.prisma.success.findFirstOrThrow({ where: { title: 'Warme overdracht met Thuiszorg Maasoever' } });
    expect(success.tags).toEqual(['Resultaten']);
  });

  it('publishes the App Home with partner colours, commitments and the three buttons', async () => {
    expect((await h.event(fixture('app-home-opened'))).status).toBe(200);
    const view = h.api.callsOf('views.publish').at(-1)!.args.view as { type: string; blocks: unknown[] };
    expect(view.type).toBe('home');
    const json = JSON.stringify(view.blocks);
    for (const id of ['checkin.open_form', 'commands.open_log', 'success.open']) expect(json).toContain(id);
    expect(json).toMatch(/[🔴🟡🟢]/u);
    expect(json).toContain('2026-W48');
  });

  it('answers a slash command through response_url, ephemeral', async () => {
    const before = h.api.callsOf('response_url').length;
    const res = await h.command(fixture('slash-command.log'));
    expect([res.status, res.text]).toEqual([200, '']);
    const answer = h.api.callsOf('response_url').slice(before)[0]!;
    expect(answer.args.response_type).toBe('ephemeral');
    expect(String(answer.args.text)).toContain('Thuiszorg Maasoever');
  });
});
