// Forms as Teams dialogs over real HTTP: a command sends the card that opens the
// dialog, task/fetch answers with the form (Teams' TaskInfo shape), a restart of the
// whole app between opening and submitting changes nothing (the sent form lives in
// the database), task/submit shows field errors in the dialog with the other values
// kept and closes it on success. Then "Deel als succes" on a channel message
// (composeExtension/fetchTask + submitAction), and a command in a group chat.
import './no-network.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CELEBRATION_CHANNEL, fixture, startTeams, TRANSFER_CHANNEL } from './start-teams.ts';

const NOW = new Date('2026-11-23T10:00:00Z');
const CARD = 'application/vnd.microsoft.card.adaptive';

let t: Awaited<ReturnType<typeof startTeams>>;

type Json = Record<string, unknown>;
const withValue = (name: string, value: Json, extra: Json = {}) => ({ ...fixture(name), ...extra, value });
const dialogData = (name: string, data: Json) => {
  const f = fixture(name);
  return withValue(name, { ...(f.value as Json), data: { ...((f.value as Json).data as Json), ...data } });
};
/** The card of a `task: { type: 'continue' }` answer, checked against the documented TaskInfo shape. */
function continued(res: { status: number; json: Json | undefined }, title: string): Json {
  expect(res.status).toBe(200);
  expect(res.json).toMatchObject({ task: { type: 'continue', value: { title, card: { contentType: CARD, content: { type: 'AdaptiveCard', version: '1.5' } } } } });
  return ((res.json!.task as Json).value as { card: { content: Json } }).card.content;
}
const inputs = (card: Json) => (card.body as Json[]).filter((e) => String(e.type).startsWith('Input.'));
const input = (card: Json, id: string) => inputs(card).find((e) => e.id === id)!;

beforeAll(async () => {
  t = await startTeams({ now: NOW });
  // Sanne has talked to the bot before: her Teams account is linked.
  const sanne = t.staff.find((s) => s.name === 'Sanne de Graaf')!;
  await t.db.prisma.staffIdentity.create({ data: { staffId: sanne.id, platform: 'teams', platformOrgId: 'tenant-maasdelta', platformUserId: 'aad-sanne' } });
  const marieke = t.staff.find((s) => s.name.startsWith('Marieke'))!;
  await t.db.prisma.staffIdentity.create({ data: { staffId: marieke.id, platform: 'teams', platformOrgId: 'tenant-maasdelta', platformUserId: 'aad-marieke' } });
}, 120_000);
afterAll(async () => t?.stop());

describe('Teams dialogs', () => {
  let dialogId = '';

  it('"succes" sends a card whose Action.Submit fetches the dialog; the form itself is stored, not sent', async () => {
    expect((await t.post({ ...fixture('message.personal'), id: '1763892000001', text: 'succes' })).status).toBe(200);
    const sent = t.connector.sent().filter((c) => c.conversationId === 'a:1SanneChat-personal');
    expect(sent).toHaveLength(1);
    const card = ((sent[0]!.body.attachments as Json[])[0] as { contentType: string; content: Json });
    expect(card.contentType).toBe(CARD);
    const action = ((card.content.body as Json[]).find((e) => e.type === 'ActionSet')!.actions as Json[])[0]!;
    expect(action).toMatchObject({ type: 'Action.Submit', data: { msteams: { type: 'task/fetch' }, rroDialog: expect.stringMatching(/^[0-9a-f-]{36}$/) } });
    dialogId = (action.data as { rroDialog: string }).rroDialog;
    expect(JSON.stringify(card)).not.toContain('Input.');
    const stored = await t.db.prisma.sentForm.findUniqueOrThrow({ where: { id: dialogId } });
    expect(stored).toMatchObject({ platform: 'teams', platformUserId: 'aad-sanne', form: { formId: 'success.share' } });
  });

  it('task/fetch answers with the form as a dialog; someone else cannot open it', async () => {
    const card = continued(await t.post(dialogData('invoke.task-fetch', { rroDialog: dialogId })), 'Deel een succes');
    expect(inputs(card).map((i) => i.id)).toEqual(expect.arrayContaining(['title', 'story', 'partners', 'tags']));
    expect(input(card, 'title')).toMatchObject({ type: 'Input.Text', isRequired: true, label: 'Titel' });
    const submit = ((card.body as Json[]).find((e) => e.type === 'ActionSet')!.actions as Json[])[0]!;
    expect(submit).toMatchObject({ type: 'Action.Submit', data: { rroDialog: dialogId } });

    const other = { ...dialogData('invoke.task-fetch', { rroDialog: dialogId }), id: 'f:other', from: { id: '29:someone-else', aadObjectId: 'aad-someone-else' } };
    const refused = await t.post(other);
    expect(refused.json).toMatchObject({ task: { type: 'message', value: expect.stringMatching(/verlopen/) } });
  });

  it('after a restart (a second app on the same database) a submit with errors shows them in the dialog, other values kept', async () => {
    const db = t.db;
    await t.stop({ keepDatabase: true });
    t = await startTeams({ now: NOW, db });
    const res = await t.post(dialogData('invoke.task-submit', { rroDialog: dialogId }));
    const card = continued(res, 'Deel een succes');
    expect(input(card, 'title')).toMatchObject({ errorMessage: expect.stringMatching(/.+/) });
    expect(JSON.stringify(card.body)).toContain('⚠️');
    expect(input(card, 'story')).toMatchObject({ value: 'Binnen een dag een warme overdracht geregeld.' });
    expect(input(card, 'tags')).toMatchObject({ value: 'Resultaten,Leren' });
    expect(await t.db.prisma.success.count({ where: { story: { contains: 'warme overdracht' } } })).toBe(0);
  });

  it('a good submit closes the dialog (empty 200), saves the success once, and the dialog is gone after', async () => {
    const good = { ...dialogData('invoke.task-submit', { rroDialog: dialogId, title: 'Warme overdracht' }), id: 'f:3c9d2e8b-tasksubmit-0002' };
    const res = await t.post(good);
    expect(res).toEqual({ status: 200, json: undefined });
    const success = await t.db.prisma.success.findFirstOrThrow({ where: { title: 'Warme overdracht' } });
    expect(success.tags).toEqual(['Resultaten', 'Leren']);
    expect(await t.db.prisma.sentForm.count({ where: { id: dialogId } })).toBe(0);
    // The confirmation goes to her 1:1 chat, as any note.
    expect(t.connector.sent().some((c) => c.conversationId === 'a:1SanneChat-personal')).toBe(true);

    const again = await t.post({ ...good, id: 'f:3c9d2e8b-tasksubmit-0003' });
    expect(again.json).toMatchObject({ task: { type: 'message', value: expect.stringMatching(/verlopen/) } });
    expect(await t.db.prisma.success.count({ where: { title: 'Warme overdracht' } })).toBe(1);
  });

  it('a card button (Action.Execute) that opens a form sends the dialog card to the 1:1 chat', async () => {
    t.connector.reset();
    const res = await t.post(withValue('invoke.action-execute', { action: { type: 'Action.Execute', verb: 'commands.open_log', data: { value: '' } }, trigger: 'manual' }));
    expect(res.json).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });
    const opener = JSON.stringify(t.connector.sent().at(-1)!.body);
    expect(opener).toContain('"task/fetch"');
    const id = /"rroDialog":"([0-9a-f-]{36})"/.exec(opener)![1]!;
    const stored = await t.db.prisma.sentForm.findUniqueOrThrow({ where: { id } });
    expect(stored.form).toMatchObject({ formId: expect.stringMatching(/^contact/) });
  });
});

describe('Teams message extension "Deel als succes"', () => {
  it('composeExtension/fetchTask answers with the success form, the story pre-filled with the message text', async () => {
    const res = await t.post(fixture('invoke.compose-extension-fetch-task'));
    const card = continued(res, 'Deel een succes');
    expect(input(card, 'story')).toMatchObject({ value: 'Thuiszorg Maasoever nam vandaag drie cliënten over & de overdracht liep soepel.\nDank aan het hele team!' });
    const id = ((((card.body as Json[]).find((e) => e.type === 'ActionSet')!.actions as Json[])[0]!.data) as { rroDialog: string }).rroDialog;

    const submit = fixture('invoke.compose-extension-submit-action');
    const value = { ...(submit.value as Json), data: { ...((submit.value as Json).data as Json), rroDialog: id } };
    const saved = await t.post({ ...submit, value });
    expect(saved).toEqual({ status: 200, json: undefined });
    const success = await t.db.prisma.success.findFirstOrThrow({ where: { title: 'Drie cliënten soepel over' } });
    expect(success.story).toBe('Thuiszorg Maasoever nam drie cliënten over.');
  });

  it('an unknown command id is answered with a note, not a dialog', async () => {
    const f = fixture('invoke.compose-extension-fetch-task');
    const res = await t.post({ ...f, id: 'f:other-command', value: { ...(f.value as Json), commandId: 'somethingElse' } });
    expect(res.json).toMatchObject({ task: { type: 'message', value: 'Deze actie kent RRO-bot niet.' } });
    // Before the core knows who asks, the Teams client's locale picks the language (prompts/en/teams-dialog.json).
    const en = await t.post({ ...f, id: 'f:other-command-en', locale: 'en-US', value: { ...(f.value as Json), commandId: 'somethingElse' } });
    expect(en.json).toMatchObject({ task: { type: 'message', value: 'RRO-bot does not know this action.' } });
  });
});

describe('Teams group chat', () => {
  it('an @mention with a command is answered in the person\'s 1:1 chat, not in the group', async () => {
    t.connector.reset();
    const res = await t.post(fixture('message.group-chat'));
    expect(res.status).toBe(200);
    const sent = t.connector.sent();
    expect(sent.some((c) => c.conversationId?.startsWith('19:3f9a2c1e'))).toBe(false);
    const answer = sent.map((c) => JSON.stringify(c.body)).find((b) => b.includes('Thijs Verhoeven'));
    expect(answer).toBeDefined();
  });
});

describe('Teams settings: channels chosen from the team\'s channel list', () => {
  const OVERDRACHTEN = '19:overdrachten@thread.tacv2';
  const asMarieke = (activity: Json) => ({
    ...activity,
    from: { id: '29:1Xk2Gq9Z-mariekevdlinden', name: 'Marieke van der Linden', aadObjectId: 'aad-marieke' },
    conversation: { conversationType: 'personal', tenantId: 'tenant-maasdelta', id: 'a:1MariekeChat-personal' },
  });

  it('the channels form offers the team\'s channels (from the connector) and saves the chosen one', async () => {
    t.connector.setChannels(TRANSFER_CHANNEL, [{ id: TRANSFER_CHANNEL, name: null }, { id: OVERDRACHTEN, name: 'Overdrachten' }]);
    const team = await t.db.prisma.team.findFirstOrThrow({ where: { name: 'Transferpunt' } });
    t.connector.reset();
    const open = asMarieke(withValue('invoke.action-execute', { action: { type: 'Action.Execute', verb: 'settings.open_channels', data: { value: team.id } }, trigger: 'manual' }, { id: 'f:open-channels' }));
    expect((await t.post(open)).status).toBe(200);
    const id = /"rroDialog":"([0-9a-f-]{36})"/.exec(JSON.stringify(t.connector.sent().at(-1)!.body))![1]!;

    const card = continued(await t.post(asMarieke({ ...dialogData('invoke.task-fetch', { rroDialog: id }), id: 'f:fetch-channels' })), 'Kanalen');
    const channel = input(card, 'channelRef');
    expect(channel).toMatchObject({ type: 'Input.ChoiceSet', value: TRANSFER_CHANNEL });
    expect(channel.choices).toEqual([{ title: 'Algemeen / General', value: TRANSFER_CHANNEL }, { title: 'Overdrachten', value: OVERDRACHTEN }]);
    // The celebration channel set before is not in this team: it stays choosable.
    expect(input(card, 'celebrationChannelRef')).toMatchObject({ type: 'Input.ChoiceSet', value: CELEBRATION_CHANNEL });

    const saved = await t.post(asMarieke({ ...dialogData('invoke.task-submit', { rroDialog: id, channelRef: OVERDRACHTEN, celebrationChannelRef: CELEBRATION_CHANNEL }), id: 'f:submit-channels' }));
    expect(saved).toEqual({ status: 200, json: undefined });
    expect((await t.db.prisma.team.findUniqueOrThrow({ where: { id: team.id } })).channelRef).toBe(OVERDRACHTEN);
  });
});
