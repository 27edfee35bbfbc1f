// The Teams adapter over real HTTP: real activity shapes posted to /api/messages,
// a stand-in connector on 127.0.0.1, the real core on the demo organisation.
// Walks the RRO week: install → Monday round → thread replies, edit, card actions,
// forms → reminder → Tuesday agenda → a success in the celebration channel.
import './no-network.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CELEBRATION_CHANNEL, fixture, startTeams, TENANT, TRANSFER_CHANNEL } from './start-teams.ts';

const SUNDAY = new Date('2026-11-22T11:00:00Z');
const MONDAY_0900 = new Date('2026-11-23T08:00:00Z');
const MONDAY_1500 = new Date('2026-11-23T14:00:00Z');
const TUESDAY_0935 = new Date('2026-11-24T08:35:00Z');

let t: Awaited<ReturnType<typeof startTeams>>;
let threadRef = '';
let roundId = '';

const textsTo = (conversationPrefix: string) =>
  t.connector.sent().filter((c) => c.conversationId?.startsWith(conversationPrefix)).map((c) => JSON.stringify(c.body));
/** The dialog id in the card that opens a form (Action.Submit with msteams task/fetch). */
const dialogIdIn = (activity: unknown) => /"rroDialog":"([0-9a-f-]{36})"/.exec(JSON.stringify(activity))![1]!;
const dialogInvoke = (name: string, data: Record<string, unknown>) => {
  const f = fixture(name);
  return { ...f, value: { ...(f.value as object), data } };
};
const staffId = (name: string) => t.staff.find((s) => s.name === name)!.id;

beforeAll(async () => {
  t = await startTeams({ now: SUNDAY });
}, 60_000);
afterAll(async () => t?.stop());

describe('Teams adapter, the RRO week', () => {
  it('refuses garbage with 400 and writes nothing', async () => {
    const before = await t.db.prisma.conversationRef.count();
    for (const body of [{}, { type: 'message' }, { ...fixture('message.personal'), serviceUrl: 'geen url' }, { ...fixture('message.personal'), channelData: {}, conversation: { id: 'a:x' } }]) {
      const res = await fetch(`${t.base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(/^Ongeldige Teams-activiteit/);
    }
    const broken = await fetch(`${t.base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":' });
    expect(broken.status).toBe(400);
    expect(await t.db.prisma.conversationRef.count()).toBe(before);
    expect(t.connector.calls).toEqual([]);
  });

  it('install in the team: stores the conversation reference, links the roster by e-mail and welcomes', async () => {
    const res = await t.post(fixture('conversation-update.install'));
    expect(res.status).toBe(200);
    const ref = (await t.runtime.conversationRefs.get('teams', `channel:${TRANSFER_CHANNEL}`)) as Record<string, unknown>;
    expect(ref).toMatchObject({ serviceUrl: t.connector.url, tenantId: TENANT, conversationId: TRANSFER_CHANNEL, bot: { id: '28:7b2c6f0e-1d3a-4c59-9a8e-2f4b6d8e0a11' } });
    const linked = await t.db.prisma.staffIdentity.findMany({ where: { platform: 'teams' } });
    expect(linked.length).toBeGreaterThanOrEqual(7);
    expect(linked.find((l) => l.staffId === staffId('Sanne de Graaf'))).toMatchObject({ platformUserId: 'aad-sanne', platformOrgId: TENANT });
    const welcome = t.connector.sent().filter((c) => c.conversationId === TRANSFER_CHANNEL);
    expect(welcome).toHaveLength(1);
    expect(JSON.stringify(welcome[0]!.body)).toContain('AdaptiveCard');
    const org = await t.db.prisma.organisation.findFirstOrThrow();
    expect([org.platform, org.externalId]).toEqual(['teams', TENANT]);
  });

  it('Monday 09:00: the root post in the channel and 1:1 chats with cards', async () => {
    t.connector.reset();
    await t.advanceTo(MONDAY_0900);
    const round = await t.db.prisma.checkInRound.findFirstOrThrow({ where: { periodKey: '2026-W48', team: { name: 'Transferpunt' } } });
    roundId = round.id;
    const root = t.connector.calls.find((c) => c.method === 'POST' && !c.conversationId && (c.body.channelData as { channel?: { id: string } })?.channel?.id === TRANSFER_CHANNEL)!;
    expect(root).toBeDefined();
    expect(JSON.stringify(root.body.activity)).toContain('48');
    threadRef = round.threadRef!;
    expect(threadRef).toMatch(new RegExp(`^${TRANSFER_CHANNEL.replace(/[.]/g, '\\.')};messageid=\\d+$`));
    const chats = t.connector.calls.filter((c) => c.method === 'POST' && !c.conversationId && !(c.body.channelData as { channel?: unknown })?.channel);
    expect(chats.length).toBeGreaterThanOrEqual(5);
    expect(chats[0]!.body).toMatchObject({ isGroup: false, tenantId: TENANT, members: [{ id: expect.stringMatching(/^aad-/) }] });
    const sanneRef = (await t.runtime.conversationRefs.get('teams', 'person:aad-sanne')) as { conversationId: string };
    expect(textsTo(sanneRef.conversationId).join()).toContain('application/vnd.microsoft.card.adaptive');
  });

  it('a reply in the thread becomes an answer; the confirmation goes to the 1:1 chat, not the channel', async () => {
    t.connector.reset();
    const reply = { ...fixture('message.channel-thread-reply'), conversation: { ...(fixture('message.channel-thread-reply').conversation as object), id: threadRef } };
    const res = await t.post(reply);
    expect(res.status).toBe(200);
    const answer = await t.db.prisma.checkInAnswer.findUniqueOrThrow({ where: { roundId_staffId: { roundId, staffId: staffId('Sanne de Graaf') } } });
    expect(answer.done).toContain('Het Baken');
    expect(t.connector.sent().some((c) => c.conversationId?.startsWith(TRANSFER_CHANNEL))).toBe(false);
    expect(t.connector.sent().length).toBeGreaterThanOrEqual(1);

    const edit = { ...fixture('message-update.edit'), conversation: { ...(fixture('message-update.edit').conversation as object), id: threadRef } };
    expect((await t.post(edit)).status).toBe(200);
    const edited = await t.db.prisma.checkInAnswer.findUniqueOrThrow({ where: { id: answer.id } });
    expect(edited.done).toContain('Maasoever');
  });

  it('a personal message is a command answered in the same chat', async () => {
    t.connector.reset();
    expect((await t.post(fixture('message.personal'))).status).toBe(200);
    const sent = textsTo('a:1SanneChat-personal');
    expect(sent).toHaveLength(1);
    expect(await t.runtime.conversationRefs.get('teams', 'person:aad-sanne')).toMatchObject({ conversationId: 'a:1SanneChat-personal', conversationType: 'personal' });
  });

  it('card actions: Action.Execute sends the dialog card; the dialog shows errors beside the fields; Action.Submit works too', async () => {
    t.connector.reset();
    const execute = fixture('invoke.action-execute');
    (execute.value as { action: { data: Record<string, string> } }).action.data.value = roundId;
    const opened = await t.post(execute);
    expect(opened.status).toBe(200);
    const dialogId = dialogIdIn(t.connector.sent().at(-1)!.body);
    const fetched = await t.post(dialogInvoke('invoke.task-fetch', { rroDialog: dialogId }));
    expect(JSON.stringify(fetched.json)).toContain('Input.Text');
    const failed = await t.post(dialogInvoke('invoke.task-submit', { rroDialog: dialogId, done: ' ', planned: '' }));
    expect(failed.json).toMatchObject({ task: { type: 'continue', value: { card: { contentType: 'application/vnd.microsoft.card.adaptive' } } } });
    expect(JSON.stringify(failed.json)).toMatch(/"errorMessage":"[^"]*Vul in/);

    t.connector.reset();
    const submitted = await t.post(fixture('message.action-submit'));
    expect(submitted.status).toBe(200);
    expect(t.connector.sent().length).toBeGreaterThanOrEqual(1);
  });

  it('15:00 reminds, in a 1:1 chat, those who have not answered; Tuesday the lead gets the agenda', async () => {
    t.connector.reset();
    await t.advanceTo(MONDAY_1500);
    const youssefChat = (await t.runtime.conversationRefs.get('teams', 'person:aad-youssef')) as { conversationId: string };
    // Youssef has not answered: the check-in reminder for week 48 (besides the quick-scan invitation).
    expect(textsTo(youssefChat.conversationId).filter((b) => !b.includes('quickscan.open')).join()).toMatch(/week 48/);
    // Sanne answered: no check-in reminder. Her one message is the quarter's quick-scan invitation for the
    // demo collaboration she takes part in (the quick-scan job opened the round at 09:30).
    const toSanne = textsTo('a:1SanneChat-personal');
    expect(toSanne).toHaveLength(1);
    expect(toSanne[0]).toContain('"verb":"quickscan.open"');

    t.connector.reset();
    await t.advanceTo(TUESDAY_0935);
    const leadChat = (await t.runtime.conversationRefs.get('teams', 'person:aad-marieke')) as { conversationId: string };
    expect(textsTo(leadChat.conversationId).join()).toMatch(/48/);
  });

  it('a success shared by form is posted in the celebration channel; a reaction on it counts', async () => {
    t.connector.reset();
    const command = { ...fixture('message.personal'), id: '1763900000000', text: 'succes' };
    expect((await t.post(command)).status).toBe(200);
    const dialogId = dialogIdIn(t.connector.sent().at(-1)!.body);
    const partner = await t.db.prisma.partner.findFirstOrThrow({ where: { name: 'Zorggroep Het Baken' } });
    const submit = dialogInvoke('invoke.task-submit', { rroDialog: dialogId, title: 'Warme overdracht', story: 'Binnen een dag rond.', partners: partner.id, thanks: staffId('Youssef El Amrani'), tags: 'Resultaten' });
    const res = await t.post({ ...submit, id: 'f:week-success-submit' });
    expect(res.status).toBe(200);
    await t.drainAll();
    const post = t.connector.calls.find((c) => (c.body.channelData as { channel?: { id: string } })?.channel?.id === CELEBRATION_CHANNEL)!;
    expect(JSON.stringify(post.body)).toContain('Warme overdracht');
    const success = await t.db.prisma.success.findFirstOrThrow({ where: { title: 'Warme overdracht' } });
    expect(success.celebrationMessageRef).toMatch(new RegExp(`^${CELEBRATION_CHANNEL.replace(/[.]/g, '\\.')};messageid=`));
  });
});
