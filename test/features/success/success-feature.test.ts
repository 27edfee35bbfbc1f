import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSuccessFeature } from '../../../src/features/success/success-feature.ts';
import { createSuccessStore } from '../../../src/store/success-store.ts';
import { createBotHarness, type BotHarness } from '../../support/bot-harness.ts';

const NOW = new Date('2026-11-24T10:00:00Z');
const CHANNEL = 'channel:local:successen';

describe('success feature', () => {
  let h: BotHarness;
  let sanne: { id: string; name: string };
  let youssef: { id: string; name: string };
  let partner: { id: string; name: string };

  beforeAll(async () => {
    h = await createBotHarness({ now: NOW, features: (deps, db) => [createSuccessFeature(createSuccessStore(db.prisma))] });
    sanne = await h.db.prisma.staff.findFirstOrThrow({ where: { name: 'Sanne de Graaf' } });
    youssef = await h.db.prisma.staff.findFirstOrThrow({ where: { name: 'Youssef El Amrani' } });
    partner = (await h.db.prisma.assignment.findFirstOrThrow({ where: { staffId: sanne.id }, include: { partner: true } })).partner;
  });
  afterAll(async () => h?.close());

  const submit = async (story: string) => h.send({
    type: 'form_submitted', envelope: await h.envelopeOf(sanne.id), formId: 'success.share', context: '',
    values: { title: 'Warme overdracht geregeld', story, partners: [partner.id], thanks: [youssef.id], tags: ['Resultaten', 'Leren'] },
  });

  it('the command opens the form with my partners first, colleagues and slaagfactoren', async () => {
    const [reply] = await h.send({ type: 'command', envelope: await h.envelopeOf(sanne.id), text: 'succes', trigger: 't' });
    if (reply?.type !== 'open_form') throw new Error('expected a form');
    const inputs = Object.fromEntries(reply.form.inputs.map((i) => [i.id, i]));
    const mine = await h.db.prisma.assignment.findMany({ where: { staffId: sanne.id }, select: { partnerId: true } });
    expect(mine.map((m) => m.partnerId)).toContain(inputs.partners!.options![0]!.value);
    expect(inputs.thanks!.options!.map((o) => o.label)).toContain('Youssef El Amrani');
    expect(inputs.thanks!.options!.map((o) => o.label)).not.toContain('Sanne de Graaf');
    expect(inputs.tags!.options).toHaveLength(7);
  });

  it('a story with a BSN is refused in the form and nothing is stored', async () => {
    const before = await h.db.prisma.success.count();
    const replies = await submit('Cliënt 111222333 is goed overgedragen');
    expect(replies[0]).toMatchObject({ type: 'form_errors', errors: { story: expect.any(String) } });
    expect(await h.db.prisma.success.count()).toBe(before);
  });

  it('an empty title is a field error', async () => {
    const replies = await h.send({ type: 'form_submitted', envelope: await h.envelopeOf(sanne.id), formId: 'success.share', context: '', values: { title: ' ', story: 'x' } });
    expect(replies[0]).toMatchObject({ type: 'form_errors', errors: { title: 'Vul dit veld in.' } });
  });

  it('submit stores the success and posts exactly one celebration with names and partner; reactions count', async () => {
    h.platform.clear();
    const replies = await submit('Negen van de tien overdrachten zijn nu binnen een dag rond.');
    expect(replies[0]?.type).toBe('ephemeral');
    const row = await h.db.prisma.success.findFirstOrThrow({ where: { authorId: sanne.id, title: 'Warme overdracht geregeld' }, include: { partners: true, thanks: true } });
    expect(row.partners.map((p) => p.partnerId)).toEqual([partner.id]);
    expect(row.thanks.map((t) => t.staffId)).toEqual([youssef.id]);
    expect(row.tags).toEqual(['Resultaten', 'Leren']);
    const posts = h.platform.to(CHANNEL);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.text).toContain('Sanne de Graaf');
    expect(posts[0]!.text).toContain(partner.name);
    expect(posts[0]!.text).toContain('Youssef El Amrani');
    expect(row.celebrationMessageRef).toBe(posts[0]!.ref);
    // The thanked colleague hears it personally, once; the author gets no note of their own.
    const thanked = h.platform.to(`person:${youssef.id}`);
    expect(thanked).toHaveLength(1);
    expect(thanked[0]!.text).toContain('Sanne de Graaf bedankt je in een gedeeld succes');
    expect(thanked[0]!.text).toContain('Warme overdracht geregeld');
    expect(h.platform.to(`person:${sanne.id}`)).toHaveLength(0);

    await h.send({ type: 'reaction_added', envelope: await h.envelopeOf(youssef.id), messageRef: posts[0]!.ref, reaction: 'tada' });
    await h.send({ type: 'reaction_added', envelope: await h.envelopeOf(youssef.id), messageRef: 'some-other-message', reaction: 'tada' });
    expect((await h.db.prisma.success.findUniqueOrThrow({ where: { id: row.id } })).reactions).toBe(1);
  });

  it('"Deel als succes" on an answer: the author gets a pre-filled form, a colleague who is not lead is refused', async () => {
    const team = await h.db.prisma.team.findFirstOrThrow({ where: { name: 'Transferpunt' } });
    const round = await h.db.prisma.checkInRound.create({ data: { teamId: team.id, periodKey: '2026-W40', opensAt: new Date('2026-09-28T07:00:00Z') } });
    const answer = await h.db.prisma.checkInAnswer.create({ data: { roundId: round.id, staffId: sanne.id, done: 'Belafspraak gemaakt', partnerIds: [partner.id] } });
    const action = async (staffId: string) => h.send({ type: 'action', envelope: await h.envelopeOf(staffId), actionId: 'success.from_answer', value: answer.id });
    const refused = await action(youssef.id);
    expect(refused[0]).toMatchObject({ type: 'ephemeral', message: { text: expect.stringContaining('teamleider') } });
    const [form] = await action(sanne.id);
    if (form?.type !== 'open_form') throw new Error('expected a form');
    expect(form.form.inputs.find((i) => i.id === 'story')?.initial).toBe('Belafspraak gemaakt');
    expect(form.form.inputs.find((i) => i.id === 'partners')?.initial).toEqual([partner.id]);
    const lead = await h.db.prisma.staff.findFirstOrThrow({ where: { name: 'Marieke van der Linden' } });
    expect((await action(lead.id))[0]?.type).toBe('open_form');
  });

  it('"Deel als succes" on a message pre-fills the form from a check-in answer, else from the message text', async () => {
    const sanne = await h.db.prisma.staff.findFirstOrThrow({ where: { name: 'Sanne de Graaf' } });
    const partner = await h.db.prisma.partner.findFirstOrThrow({ where: { name: 'Zorggroep Het Baken' } });
    const team = await h.db.prisma.team.findFirstOrThrow({ where: { name: 'Transferpunt' } });
    const round = await h.db.prisma.checkInRound.create({ data: { teamId: team.id, periodKey: '2026-W41', opensAt: new Date('2026-10-05T07:00:00Z') } });
    await h.db.prisma.checkInAnswer.create({
      data: { roundId: round.id, staffId: sanne.id, done: 'Warme overdracht met Het Baken', partnerIds: [partner.id], messageRefs: ['C0TRANSFER:1700000000.000100'] },
    });
    const shortcut = async (messageRef?: string) =>
      h.send({ type: 'action', envelope: await h.envelopeOf(sanne.id), actionId: 'success.open', value: '', ...(messageRef ? { messageRef } : {}) });
    const [fromAnswer] = await shortcut('C0TRANSFER:1700000000.000100');
    if (fromAnswer?.type !== 'open_form') throw new Error('expected a form');
    expect(fromAnswer.form.inputs.find((i) => i.id === 'story')?.initial).toBe('Warme overdracht met Het Baken');
    expect(fromAnswer.form.inputs.find((i) => i.id === 'partners')?.initial).toEqual([partner.id]);
    const [plain] = await shortcut('C0TRANSFER:1700000000.999999');
    if (plain?.type !== 'open_form') throw new Error('expected a form');
    expect(plain.form.inputs.find((i) => i.id === 'story')?.initial).toBeUndefined();
    // Any other message: its text, as the platform sent it with the action (Teams message extension, Slack shortcut).
    const [withText] = await h.send({ type: 'action', envelope: await h.envelopeOf(sanne.id), actionId: 'success.open', value: ' Thuiszorg nam drie cliënten over. ', messageRef: 'C0TRANSFER:1700000000.888888' });
    if (withText?.type !== 'open_form') throw new Error('expected a form');
    expect(withText.form.inputs.find((i) => i.id === 'story')?.initial).toBe('Thuiszorg nam drie cliënten over.');
  });
});
