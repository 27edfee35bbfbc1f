// The RRO agenda on the demo organisation: the weekly DM to the leads, on demand
// with its permission rules, and the content of a round seeded here. As in the
// playground, the demo's rounds end last week and the check-in opens this week's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/core/outbound.ts';
import { createAgendaFeature } from '../../../src/features/agenda/agenda-feature.ts';
import { createCheckinFeature } from '../../../src/features/checkin/checkin-feature.ts';
import { createContactLogFeature } from '../../../src/features/contact-log/contact-log-feature.ts';
import { createAgendaStore } from '../../../src/store/agenda-store.ts';
import { createCheckinStore } from '../../../src/store/checkin-store.ts';
import { createNudgeStore } from '../../../src/store/nudge-store.ts';
import { createBotHarness, type BotHarness } from '../../support/bot-harness.ts';
import { testDbKinds, type TestDbKind } from '../../support/test-database.ts';

const START = new Date('2026-11-23T09:00:00Z'); // Monday 10:00 in Amsterdam: the bot opens week 48's check-in

const harness = (kind: TestDbKind = 'pglite') => createBotHarness({
  kind,
  now: START,
  features: (deps, db) => [
    createContactLogFeature(createNudgeStore(db.prisma)),
    createCheckinFeature(createCheckinStore(db.prisma), deps),
    createAgendaFeature(createAgendaStore(db.prisma), deps),
  ],
});
/** The demo ends with week 47; the check-in opens week 48 (Monday 09:00, caught up). */
async function openWeek48(h: BotHarness): Promise<void> {
  const ran = await h.advanceTo(START);
  expect(ran.filter((k) => k.startsWith('checkin:') && k.endsWith(':2026-W48'))).toHaveLength(3);
}
const textOf = (replies: Reply[]) => replies.map((r) => (r.type === 'ephemeral' ? r.message.text : '')).join('\n');
const plainOf = (replies: Reply[]) => replies.map((r) => (r.type === 'ephemeral' ? r.message.blocks.map((b) => ('text' in b ? b.text : 'items' in b ? b.items.map((i) => i.text).join('\n') : 'fields' in b ? b.fields.map((f) => `${f.label}: ${f.value}`).join('\n') : '')).join('\n') : '')).join('\n');

describe('RRO agenda on the demo organisation', () => {
  let h: BotHarness;
  const staffNamed = (name: string) => h.db.prisma.staff.findFirstOrThrow({ where: { name } });
  const command = async (name: string, text: string) => h.send({ type: 'command', envelope: await h.envelopeOf((await staffNamed(name)).id), text });

  beforeAll(async () => {
    h = await harness();
    await openWeek48(h);
  }, 60_000);
  afterAll(async () => h?.close());

  it('sends the agenda on Tuesday 09:30 to each lead, once, and to nobody else', async () => {
    const ran = await h.advanceTo(new Date('2026-11-24T08:35:00Z'));
    expect(ran.filter((k) => k.startsWith('agenda:')).sort()).toHaveLength(3);
    const leads = await h.db.prisma.teamMembership.findMany({ where: { isLead: true }, include: { staff: true, team: true } });
    const agendaDms = h.platform.sent.filter((s) => s.text.startsWith('RRO-AGENDA'));
    expect(agendaDms.map((s) => s.to).sort()).toEqual(leads.map((l) => `person:${l.staffId}`).sort());
    for (const lead of leads) {
      expect(h.platform.to(`person:${lead.staffId}`).filter((s) => s.text.startsWith('RRO-AGENDA'))[0]!.text)
        .toContain(`RRO-AGENDA ${lead.team.name.toUpperCase()} — WEEK 48`);
    }
    expect(await h.advanceTo(new Date('2026-11-24T12:00:00Z'))).toEqual([]);
  });

  it('refuses staff kindly, shows leads the names and managers only the count', async () => {
    expect(textOf(await command('Sanne de Graaf', 'overleg'))).toContain('is voor de teamleider(s) (Marieke van der Linden)');
    const lead = plainOf(await command('Marieke van der Linden', 'rro'));
    expect(lead).toContain('RRO-agenda Transferpunt — week 48');
    expect(lead).toContain('Nog niet ingevuld:');
    // Last week's "ga doen" are those of the demo's newest round, week 47.
    expect(lead).toMatch(/Afspraken van vorige week\*? — \d+ van [1-9]\d* gedaan/);
    const manager = await command('Gerard van Wijk', 'agenda geriatrie');
    expect(plainOf(manager)).toContain('RRO-agenda Geriatrie — week 48');
    expect(plainOf(manager)).not.toContain('Nog niet ingevuld:');
    expect(textOf(await command('Gerard van Wijk', 'overleg'))).toContain('Noem het team erbij');
    expect(textOf(await command('Gerard van Wijk', 'overleg Onbekend'))).toContain('Team ‘Onbekend’ ken ik niet');
  });

  it('counts answers, judges last week’s commitments and groups answers per partner', async () => {
    const team = await h.db.prisma.team.findFirstOrThrow({ where: { name: 'Transferpunt' } });
    const [sanne, youssef, ingrid, thijs] = await Promise.all(['Sanne de Graaf', 'Youssef El Amrani', 'Ingrid Bosman', 'Thijs Verhoeven'].map(staffNamed));
    const partners = await h.db.prisma.partner.findMany({ orderBy: { name: 'asc' }, take: 4 });
    const [p1, p2, p3, p4] = partners as [typeof partners[number], typeof partners[number], typeof partners[number], typeof partners[number]];
    const w49 = await h.db.prisma.checkInRound.create({ data: { teamId: team.id, periodKey: '2026-W49', opensAt: new Date('2026-11-30T08:00:00Z'), state: 'closed' } });
    const w50 = await h.db.prisma.checkInRound.create({ data: { teamId: team.id, periodKey: '2026-W50', opensAt: new Date('2026-12-07T08:00:00Z') } });
    const made = new Date('2026-11-30T10:00:00Z');
    await h.db.prisma.commitment.createMany({ data: [
      { staffId: sanne!.id, partnerId: p1.id, roundId: w49.id, text: `Bellen met ${p1.name}`, createdAt: made },
      { staffId: youssef!.id, partnerId: p2.id, roundId: w49.id, text: `Langs bij ${p2.name}`, createdAt: made },
      { staffId: ingrid!.id, partnerId: p3.id, roundId: w49.id, text: `Mailen met ${p3.name}`, state: 'done', doneAt: made, createdAt: made },
      { staffId: thijs!.id, partnerId: p4.id, roundId: w49.id, text: `Overleg met ${p4.name}`, state: 'dropped', createdAt: made },
    ] });
    await h.db.prisma.contactMoment.create({ data: { staffId: sanne!.id, partnerId: p1.id, occurredAt: new Date('2026-12-02T10:00:00Z'), level: 'operationeel', channel: 'phone' } });
    await h.db.prisma.checkInAnswer.createMany({ data: [
      { roundId: w50.id, staffId: sanne!.id, done: `Gebeld met ${p1.name} over de overdracht`, planned: 'Verslag uitwerken', partnerIds: [p1.id] },
      { roundId: w50.id, staffId: youssef!.id, done: 'Rustige week', planned: '', partnerIds: [] },
    ] });
    await h.db.prisma.staff.update({ where: { id: thijs!.id }, data: { awayUntil: new Date('2026-12-31T00:00:00Z') } });

    await h.advanceTo(new Date('2026-12-08T08:35:00Z'));
    const marieke = await staffNamed('Marieke van der Linden');
    const dm = h.platform.to(`person:${marieke.id}`).filter((s) => s.text.startsWith('RRO-AGENDA TRANSFERPUNT — WEEK 50'));
    expect(dm).toHaveLength(1);
    const text = dm[0]!.text;
    // Seven members, Thijs away: six expected, two answered.
    expect(text).toContain('2 van 6 collega’s hebben de check-in ingevuld.');
    expect(text).toContain('Afspraken van vorige week — 2 van 3 gedaan');
    expect(text).toContain(`Sanne: Bellen met ${p1.name} — gedaan`);
    expect(text).toContain(`Youssef: Langs bij ${p2.name} — nog open`);
    expect(text).toContain(`Ingrid: Mailen met ${p3.name} — gedaan`);
    expect(text).not.toContain(`Overleg met ${p4.name}`);
    expect(text).toContain(`${p1.name}\n• Sanne — gedaan: Gebeld met ${p1.name} over de overdracht\n• Sanne — ga doen: Verslag uitwerken`);
    expect(text).toContain('Overig\n• Youssef — gedaan: Rustige week');
    const missing = text.split('\n').find((l) => l.startsWith('Nog niet ingevuld:'))!;
    expect(missing).toContain('Ingrid Bosman');
    expect(missing).not.toContain('Thijs Verhoeven');
    expect(missing).not.toContain('Sanne de Graaf');
    expect(text).toMatch(/Achterstallige partners — \d+ rood, \d+ geel/);
    const blocks = dm[0]!.delivery.type === 'post' ? dm[0]!.delivery.message.blocks : [];
    expect(blocks.length).toBeLessThanOrEqual(50);
  });
});

describe.each(testDbKinds().filter((k) => k === 'postgres'))('RRO agenda on a real PostgreSQL (%s)', (kind) => {
  it('refuses staff and serves the lead', async () => {
    const h = await harness(kind);
    try {
      await openWeek48(h);
      const sanne = await h.db.prisma.staff.findFirstOrThrow({ where: { name: 'Sanne de Graaf' } });
      expect(textOf(await h.send({ type: 'command', envelope: await h.envelopeOf(sanne.id), text: 'overleg' }))).toContain('teamleider');
      const lead = await h.db.prisma.staff.findFirstOrThrow({ where: { name: 'Marieke van der Linden' } });
      expect(plainOf(await h.send({ type: 'command', envelope: await h.envelopeOf(lead.id), text: 'overleg' }))).toContain('week 48');
    } finally {
      await h.close();
    }
  }, 60_000);
});

describe('RRO agenda after a holiday Monday (manual clock)', () => {
  it('comes on Wednesday 09:30, after Tuesday\'s round and its 15:00 reminder, not on Tuesday 09:30', async () => {
    const h = await createBotHarness({
      now: new Date('2027-03-27T11:00:00Z'), // Saturday before Easter Monday 2027
      features: (deps, db) => [createCheckinFeature(createCheckinStore(db.prisma), deps), createAgendaFeature(createAgendaStore(db.prisma), deps)],
    });
    try {
      const tuesdayMorning = await h.advanceTo(new Date('2027-03-30T07:05:00Z')); // 09:05 CEST
      expect(tuesdayMorning.filter((k) => k.startsWith('checkin:'))).toHaveLength(3);
      expect(await h.advanceTo(new Date('2027-03-30T07:45:00Z'))).toEqual([]); // 09:45: no agenda yet
      const afternoon = await h.advanceTo(new Date('2027-03-30T13:05:00Z'));
      expect(afternoon.filter((k) => k.startsWith('reminder:'))).toHaveLength(3);
      expect(h.platform.sent.filter((s) => s.text.startsWith('RRO-AGENDA'))).toEqual([]);
      const wednesday = await h.advanceTo(new Date('2027-03-31T07:35:00Z'));
      expect(wednesday.filter((k) => k.startsWith('agenda:') && k.endsWith(':2027-W13'))).toHaveLength(3);
      expect(h.platform.sent.filter((s) => s.text.startsWith('RRO-AGENDA'))).toHaveLength(3);
    } finally {
      await h.close();
    }
  }, 120_000);
});
