import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/core/outbound.ts';
import { renderPlainText } from '../../../src/core/plain-text.ts';
import { createCommandsFeature } from '../../../src/features/commands/commands-feature.ts';
import { parseAwayDate } from '../../../src/features/commands/parse-away-date.ts';
import { createBotHarness, type BotHarness } from '../../support/bot-harness.ts';

const NOW = new Date('2026-11-24T10:00:00Z'); // Tuesday
const text = (replies: Reply[]) => replies.map((r) => (r.type === 'ephemeral' ? renderPlainText(r.message) : '')).join('\n');

describe('parseAwayDate', () => {
  it('reads the usual Dutch ways of writing a date', () => {
    expect(parseAwayDate('24-12', '2026-11-24')).toBe('2026-12-24');
    expect(parseAwayDate('5-1', '2026-11-24')).toBe('2027-01-05');
    expect(parseAwayDate('24-12-2026', '2026-11-24')).toBe('2026-12-24');
    expect(parseAwayDate('2026-12-24', '2026-11-24')).toBe('2026-12-24');
    expect(parseAwayDate('24 december', '2026-11-24')).toBe('2026-12-24');
    expect(parseAwayDate('3 jan', '2026-11-24')).toBe('2027-01-03');
    expect(parseAwayDate('31-02', '2026-11-24')).toBeNull();
    expect(parseAwayDate('volgende week', '2026-11-24')).toBeNull();
  });
});

describe('commands feature', () => {
  let h: BotHarness;
  let sanne: { id: string };
  const command = async (staffId: string, t: string) => h.send({ type: 'command', envelope: await h.envelopeOf(staffId), text: t });

  beforeAll(async () => {
    h = await createBotHarness({ now: NOW, features: () => [createCommandsFeature()] });
    sanne = await h.db.prisma.staff.findFirstOrThrow({ where: { name: 'Sanne de Graaf' } });
  });
  afterAll(async () => h?.close());

  it('shows help in Dutch, and in English for someone who chose English; settings only for leads', async () => {
    const nl = text(await command(sanne.id, 'help'));
    expect(nl).toContain('mijn partners');
    expect(nl).not.toContain('instellingen');
    const lead = await h.db.prisma.staff.findFirstOrThrow({ where: { name: 'Marieke van der Linden' } });
    await h.db.prisma.staff.update({ where: { id: lead.id }, data: { language: 'en' } });
    const en = text(await command(lead.id, ''));
    expect(en).toContain('my partners');
    expect(en).toContain('settings');
    await h.db.prisma.staff.update({ where: { id: lead.id }, data: { language: null } });
  });

  it('lists my partners most urgent first with status, days, category and level, and a log button', async () => {
    const [reply] = await command(sanne.id, 'mijn partners');
    if (reply?.type !== 'ephemeral') throw new Error('expected ephemeral');
    const list = reply.message.blocks.find((b) => b.type === 'list');
    if (list?.type !== 'list') throw new Error('expected list');
    const order = ['red', 'yellow', 'grey', 'green'];
    const ranks = list.items.map((i) => order.indexOf(i.status!));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const assignments = await h.db.prisma.assignment.count({ where: { staffId: sanne.id } });
    expect(list.items).toHaveLength(assignments);
    expect(list.items.every((i) => /operationeel|tactisch|strategisch/.test(i.text))).toBe(true);
    expect(list.items.some((i) => /dagen geleden|gisteren|vandaag|nog geen contact/.test(i.text))).toBe(true);
    expect(reply.message.blocks.some((b) => b.type === 'actions' && b.elements.some((e) => e.actionId === 'commands.open_log'))).toBe(true);
  });

  it('logs a contact for a partner written with a typo, and the status turns green', async () => {
    const row = (await h.deps.ports.lapse.assignmentStatuses({ organisationId: (await h.db.prisma.organisation.findFirstOrThrow()).id, staffId: sanne.id, now: NOW, timeZone: 'Europe/Amsterdam' }))
      .find((r) => r.status !== 'green' && r.partnerName.split(' ').some((w) => w.length >= 6));
    if (!row) throw new Error('demo has no lapsed partner with a long word');
    const word = row.partnerName.split(' ').find((w) => w.length >= 6)!;
    const typo = row.partnerName.replace(word, word.slice(0, -2) + word.slice(-1)); // drop one letter
    const before = await h.db.prisma.contactMoment.count({ where: { partnerId: row.partnerId } });
    const reply = text(await command(sanne.id, `log ${typo} belde over de overdracht`));
    expect(reply).toContain(row.partnerName);
    expect(reply).toContain('🟢');
    const moments = await h.db.prisma.contactMoment.findMany({ where: { partnerId: row.partnerId }, orderBy: { createdAt: 'desc' } });
    expect(moments).toHaveLength(before + 1);
    expect(moments[0]).toMatchObject({ staffId: sanne.id, source: 'command', level: row.level, note: 'belde over de overdracht' });
  });

  it('asks which partner when a name fits several, and logs the one picked', async () => {
    const org = await h.db.prisma.organisation.findFirstOrThrow();
    const [a, b] = await Promise.all(['Thuiszorg Noord', 'Thuiszorg Zuid'].map((name) =>
      h.db.prisma.partner.create({ data: { organisationId: org.id, name, aliases: ['Buurtzorgteam'] } })));
    const replies = await command(sanne.id, 'log buurtzorgteam');
    const reply = replies[0];
    if (reply?.type !== 'ephemeral') throw new Error('expected ephemeral');
    const actions = reply.message.blocks.find((b) => b.type === 'actions');
    if (actions?.type !== 'actions') throw new Error('expected buttons');
    expect(actions.elements.map((e) => (e.type === 'button' ? e.label : '')).sort()).toEqual(['Thuiszorg Noord', 'Thuiszorg Zuid']);
    expect(await h.db.prisma.contactMoment.count({ where: { partnerId: { in: [a!.id, b!.id] } } })).toBe(0);
    const pick = actions.elements.find((e) => e.type === 'button' && e.label === 'Thuiszorg Zuid');
    if (pick?.type !== 'button') throw new Error('no button');
    await h.send({ type: 'action', envelope: await h.envelopeOf(sanne.id), actionId: pick.actionId, value: pick.value });
    expect(await h.db.prisma.contactMoment.count({ where: { partnerId: b!.id } })).toBe(1);
    expect(await h.db.prisma.contactMoment.count({ where: { partnerId: a!.id } })).toBe(0);
  });

  it('log without a partner opens the contact form (or offers a button without trigger)', async () => {
    const withTrigger = await h.send({ type: 'command', envelope: await h.envelopeOf(sanne.id), text: 'log', trigger: 't-1' });
    expect(withTrigger[0]).toMatchObject({ type: 'open_form', form: { formId: 'contact.log' } });
    const without = await command(sanne.id, 'log');
    expect(without[0]?.type).toBe('ephemeral');
  });

  it('afwezig tot sets awayUntil so the person drops out of nudges; terug clears it', async () => {
    const org = await h.db.prisma.organisation.findFirstOrThrow();
    const lapsed = () => h.deps.ports.lapse.assignmentStatuses({ organisationId: org.id, staffId: sanne.id, now: NOW, timeZone: 'Europe/Amsterdam', excludeAway: true });
    expect((await lapsed()).length).toBeGreaterThan(0);
    expect(text(await command(sanne.id, 'afwezig tot 24-12'))).toContain('24 december 2026');
    expect((await h.db.prisma.staff.findUniqueOrThrow({ where: { id: sanne.id } })).awayUntil?.toISOString().slice(0, 10)).toBe('2026-12-24');
    expect(await lapsed()).toHaveLength(0);
    expect(text(await command(sanne.id, 'afwezig tot gisteren'))).toContain('niet als datum');
    await command(sanne.id, 'terug');
    expect((await h.db.prisma.staff.findUniqueOrThrow({ where: { id: sanne.id } })).awayUntil).toBeNull();
  });

  it('welcomes a new member with the rhythm and help', async () => {
    const replies = await h.send({ type: 'member_joined', envelope: await h.envelopeOf(sanne.id) });
    expect(text(replies).toLowerCase()).toContain('welkom bij rro-bot, sanne de graaf');
    expect(text(replies)).toContain('help');
  });
});
