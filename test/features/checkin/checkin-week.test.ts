// One week of check-in on the demo organisation: the round opens Monday 09:00,
// people answer in the thread and by form, confirm contacts, and the 15:00
// reminder reaches exactly those who have not answered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeConfirmValue } from '../../../src/features/checkin/contact-confirmation.ts';
import type { Reply } from '../../../src/core/outbound.ts';
import { createScheduler } from '../../../src/schedules/scheduler.ts';
import { createCheckinFeature } from '../../../src/features/checkin/checkin-feature.ts';
import { createCheckinStore } from '../../../src/store/checkin-store.ts';
import { createJobRunStore } from '../../../src/store/job-run-store.ts';
import { createBotHarness, type BotHarness } from '../../support/bot-harness.ts';

const SUNDAY = new Date('2026-11-22T11:00:00Z');
const MONDAY_0900 = new Date('2026-11-23T08:00:00Z');
const MONDAY_1500 = new Date('2026-11-23T14:00:00Z');

let h: BotHarness;
let transfer: { id: string; channelRef: string };
let threadRef: string;
let roundId: string;
const staff: Record<string, string> = {};
const partner: Record<string, string> = {};

const textOf = (replies: Reply[]) => replies.map((r) => (r.type === 'ephemeral' ? r.message.text : r.type)).join('\n');
const buttonsOf = (replies: Reply[]) =>
  replies.flatMap((r) => (r.type === 'ephemeral' ? r.message.blocks : []))
    .flatMap((b) => (b.type === 'actions' ? b.elements : []))
    .flatMap((e) => (e.type === 'button' ? [e] : []));

async function reply(who: string, text: string, messageRef: string): Promise<Reply[]> {
  const envelope = await h.envelopeOf(staff[who]!, { ref: transfer.channelRef, kind: 'channel' });
  return h.send({ type: 'thread_reply', envelope, text, messageRef, threadRef });
}

async function answerOf(who: string) {
  return h.db.prisma.checkInAnswer.findUnique({ where: { roundId_staffId: { roundId, staffId: staff[who]! } } });
}

beforeAll(async () => {
  h = await createBotHarness({ now: SUNDAY, features: (deps, db) => [createCheckinFeature(createCheckinStore(db.prisma), deps)] });
  const team = await h.db.prisma.team.findFirstOrThrow({ where: { name: 'Transferpunt' } });
  transfer = { id: team.id, channelRef: team.channelRef! };
  for (const s of await h.db.prisma.staff.findMany()) staff[s.name.split(' ')[0]!] = s.id;
  for (const p of await h.db.prisma.partner.findMany()) partner[p.name] = p.id;
}, 60_000);
afterAll(async () => h?.close());

describe('check-in week', () => {
  it('opens one round per team on Monday 09:00 with a root post and a personal overview per present member', async () => {
    const ran = await h.advanceTo(MONDAY_0900);
    const teams = await h.db.prisma.team.findMany({ include: { members: { include: { staff: true } } } });
    expect(ran.filter((k) => k.startsWith('checkin:')).sort()).toEqual(teams.map((t) => `checkin:${t.id}:2026-W48`).sort());
    for (const team of teams) {
      const roots = h.platform.to(`channel:${team.channelRef}`);
      expect(roots).toHaveLength(1);
      expect(roots[0]!.text).toContain('RRO WEEK 48');
      expect(roots[0]!.text).toContain('Antwoord via formulier');
      const round = await h.db.prisma.checkInRound.findUniqueOrThrow({ where: { teamId_periodKey: { teamId: team.id, periodKey: '2026-W48' } } });
      expect(round).toMatchObject({ state: 'open', threadRef: roots[0]!.ref });
      expect(await h.db.prisma.checkInRound.count({ where: { teamId: team.id, state: 'open' } })).toBe(1);
      for (const { staff: member } of team.members) {
        const dms = h.platform.to(`person:${member.id}`);
        expect(dms, member.name).toHaveLength(member.name === 'Noor Willems' ? 0 : 1);
      }
    }
    const round = await h.db.prisma.checkInRound.findFirstOrThrow({ where: { teamId: transfer.id, periodKey: '2026-W48' } });
    roundId = round.id;
    threadRef = round.threadRef!;

    const dm = h.platform.to(`person:${staff.Sanne}`)[0]!;
    const list = dm.delivery.type === 'post' ? dm.delivery.message.blocks.find((b) => b.type === 'list') : undefined;
    const assignments = await h.db.prisma.assignment.count({ where: { staffId: staff.Sanne } });
    expect(list?.type === 'list' && list.items.length).toBe(Math.min(assignments, 12));
    expect(list?.type === 'list' && list.items.every((i) => i.status !== undefined)).toBe(true);
    expect(dm.text).toMatch(/dagen geleden|nog geen contact|gisteren|vandaag/);
    // Last week's open "ga doen" of a person comes back in their overview.
    const open = await h.db.prisma.commitment.findFirst({ where: { state: 'open', round: { teamId: transfer.id, periodKey: '2026-W47' } } });
    expect(open).not.toBeNull();
    const theirs = h.platform.to(`person:${open!.staffId}`)[0]!.text;
    expect(theirs).toContain('Vorige week zei je dat je dit ging doen:');
    expect(theirs).toContain(open!.text);
  });

  it('stores a labelled thread reply with recognised partners (even misspelt) and a commitment', async () => {
    const replies = await reply('Sanne', [
      'Gedaan:',
      '- Gebeld met Het Baken over de ontslagroute',
      '- Overleg met Masoever over wijkverpleging',
      'Ga doen:',
      '- Langs bij Havenlicht',
    ].join('\n'), 'reply-1');
    expect(textOf(replies)).toBe('Dank je, genoteerd: 2× gedaan, 1× ga doen.');
    expect(buttonsOf(replies).map((b) => b.label)).toEqual([
      'Contact met Zorggroep Het Baken vastleggen', 'Contact met Thuiszorg Maasoever vastleggen',
    ]);
    const answer = await answerOf('Sanne');
    expect(answer?.partnerIds.sort()).toEqual(
      [partner['Zorggroep Het Baken'], partner['Thuiszorg Maasoever'], partner['Verslavingszorg Havenlicht']].sort(),
    );
    const commitments = await h.db.prisma.commitment.findMany({ where: { staffId: staff.Sanne, roundId } });
    expect(commitments).toMatchObject([{ text: 'Langs bij Havenlicht', partnerId: partner['Verslavingszorg Havenlicht'], state: 'open' }]);
  });

  it('logs a confirmed contact once, however often the button is clicked', async () => {
    const answer = await answerOf('Sanne');
    const envelope = await h.envelopeOf(staff.Sanne!);
    // The button as the confirmation draws it: it knows its sibling (Het Baken).
    const open = [{ partnerId: partner['Zorggroep Het Baken']!, name: 'Zorggroep Het Baken' }, { partnerId: partner['Thuiszorg Maasoever']!, name: 'Thuiszorg Maasoever' }];
    const value = encodeConfirmValue({ answerId: answer!.id, open, logged: [] }, partner['Thuiszorg Maasoever']!);
    const click = () => h.send({ type: 'action', envelope, actionId: 'checkin.confirm_contact', value });
    for (const replies of [await click(), await click()]) {
      // The confirmation is redrawn: Maasoever marked as logged, Het Baken still a button.
      expect(replies.map((r) => r.type)).toEqual(['update_source']);
      const message = (replies[0] as Extract<Reply, { type: 'update_source' }>).message;
      expect(message.blocks.filter((b) => b.type === 'context').map((b) => (b as { text: string }).text)[0]).toBe('✓ Vastgelegd: contact met Thuiszorg Maasoever.');
      expect(buttonsOf([{ type: 'ephemeral', message }]).map((b) => b.label)).toEqual(['Contact met Zorggroep Het Baken vastleggen']);
    }
    // The button of a message sent before this change (answer|partner only) still works.
    expect((await h.send({ type: 'action', envelope, actionId: 'checkin.confirm_contact', value: `${answer!.id}|${partner['Thuiszorg Maasoever']}` })).map((r) => r.type)).toEqual(['update_source']);
    const moments = await h.db.prisma.contactMoment.findMany({ where: { staffId: staff.Sanne, partnerId: partner['Thuiszorg Maasoever'], source: 'checkin', createdAt: { gte: MONDAY_0900 } } });
    expect(moments).toHaveLength(1);
    expect(moments[0]!.note).toBe('Overleg met Masoever over wijkverpleging');
    const other = await h.send({ type: 'action', envelope: await h.envelopeOf(staff.Youssef!), actionId: 'checkin.confirm_contact', value: `${answer!.id}|${partner['Zorggroep Het Baken']}` });
    expect(textOf(other)).toContain('hoort niet bij een antwoord van jou');
  });

  it('adds a second reply and replaces only the edited message', async () => {
    const second = await reply('Sanne', 'Mail gestuurd aan GGD Maasdelta.\n\nVolgende week bellen met De Kaap.', 'reply-2');
    expect(textOf(second)).toBe('Dank je, genoteerd: 3× gedaan, 2× ga doen.');
    const envelope = await h.envelopeOf(staff.Sanne!, { ref: transfer.channelRef, kind: 'channel' });
    const edited = await h.send({ type: 'message_edited', envelope, text: 'Gedaan: Gebeld met Het Baken\nGa doen: niets', messageRef: 'reply-1', threadRef });
    expect(textOf(edited)).toBe('Dank je, genoteerd: 2× gedaan, 1× ga doen.');
    const answer = await answerOf('Sanne');
    expect(answer).toMatchObject({ messageRefs: ['reply-1', 'reply-2'], editCount: 1 });
    expect(answer!.done.split('\n').filter(Boolean)).toEqual(['Gebeld met Het Baken', 'Mail gestuurd aan GGD Maasdelta']);
    expect(answer!.partnerIds).not.toContain(partner['Verslavingszorg Havenlicht']);
    const commitments = await h.db.prisma.commitment.findMany({ where: { staffId: staff.Sanne, roundId } });
    expect(commitments.map((c) => c.text)).toEqual(['Volgende week bellen met De Kaap']);
  });

  it('takes an answer by form and posts it in the thread', async () => {
    const envelope = await h.envelopeOf(staff.Youssef!);
    const opened = await h.send({ type: 'action', envelope, actionId: 'checkin.open_form', value: roundId });
    const form = opened[0]?.type === 'open_form' ? opened[0].form : null;
    expect(form).toMatchObject({ formId: 'checkin.answer', context: roundId });
    expect(form!.inputs.map((i) => i.id)).toEqual(['done', 'planned', 'partners']);
    expect((await h.send({ type: 'command', envelope, text: 'antwoord' }))[0]?.type).toBe('open_form');

    const empty = await h.send({ type: 'form_submitted', envelope, formId: 'checkin.answer', values: { done: ' ', planned: '' }, context: roundId });
    expect(empty).toEqual([{ type: 'form_errors', errors: { done: expect.stringContaining('Vul in') } }]);
    expect(await answerOf('Youssef')).toBeNull();

    const chosen = form!.inputs[2]!.options![0]!.value;
    const submitted = await h.send({
      type: 'form_submitted', envelope, formId: 'checkin.answer', context: roundId,
      values: { done: 'Huisbezoek bij De Vaart', planned: 'Evaluatie plannen', partners: [chosen] },
    });
    expect(textOf(submitted)).toBe('Dank je, genoteerd: 1× gedaan, 1× ga doen.');
    const answer = await answerOf('Youssef');
    expect(answer).toMatchObject({ messageRefs: ['form:1'] });
    expect(answer!.partnerIds).toEqual(expect.arrayContaining([partner['Zorgcentrum De Vaart'], chosen]));
    const posts = h.platform.to(`thread:${transfer.channelRef}/${threadRef}`);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.text).toContain('Youssef El Amrani (via formulier)');
    expect(posts[0]!.text).toContain('Huisbezoek bij De Vaart');
  });

  it('ignores a reply without items until it is edited into an answer', async () => {
    expect(textOf(await reply('Thijs', 'geen', 'reply-t'))).toContain('Ik vond geen gedaan of ga doen');
    expect(await answerOf('Thijs')).toBeNull();
    const envelope = await h.envelopeOf(staff.Thijs!, { ref: transfer.channelRef, kind: 'channel' });
    const edited = await h.send({ type: 'message_edited', envelope, text: 'Gedaan: hospice bezocht', messageRef: 'reply-t', threadRef });
    expect(textOf(edited)).toBe('Dank je, genoteerd: 1× gedaan, 0× ga doen.');
    expect(await answerOf('Thijs')).toMatchObject({ messageRefs: ['reply-t'], editCount: 0 });
  });

  it('refuses a reply with a BSN and stores nothing', async () => {
    const replies = await reply('Ingrid', 'Gedaan: overleg over cliënt 111222333 met Het Baken', 'reply-bsn');
    expect(textOf(replies)).toMatch(/BSN/);
    expect(await answerOf('Ingrid')).toBeNull();
  });

  it('reminds at 15:00 exactly the present members who have not answered, in a personal message', async () => {
    const before = h.platform.sent.length;
    await h.advanceTo(MONDAY_1500);
    const reminders = h.platform.sent.slice(before);
    const members = await h.db.prisma.teamMembership.findMany({ include: { staff: true } });
    const expected = members
      .filter((m) => m.staff.name !== 'Noor Willems' && ![staff.Sanne, staff.Youssef, staff.Thijs].includes(m.staffId))
      .map((m) => `person:${m.staffId}`);
    expect(expected.length).toBeGreaterThan(10);
    expect(reminders.map((r) => r.to).sort()).toEqual(expected.sort());
    expect(reminders.every((r) => r.text.includes('mis ik nog'))).toBe(true);
  });

  it('sends nothing twice when the jobs run again, also from a fresh scheduler without its run records', async () => {
    const before = h.platform.sent.length;
    expect(await h.advanceTo(MONDAY_1500)).toEqual([]);
    await h.db.prisma.jobRun.deleteMany();
    const fresh = createScheduler({
      loadJobs: async () => h.bot.teamJobs(await h.db.prisma.team.findMany()),
      claims: createJobRunStore(h.db.prisma), clock: h.clock, owner: 'second-instance',
    });
    await fresh.reload();
    expect((await fresh.runDue()).length).toBeGreaterThan(0);
    await h.worker.drain();
    expect(h.platform.sent.length).toBe(before);
    expect(await h.db.prisma.checkInRound.count({ where: { periodKey: '2026-W48' } })).toBe(3);
  });
});
