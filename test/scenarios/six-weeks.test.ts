// Six weeks of the RRO rhythm on the demo organisation with every feature as
// production wires it: the real bot, scheduler, outbox worker and store (PGlite) on
// a manual clock. The clock walks through each team's rhythm moments from Sunday
// 21 March 2027; Easter Monday (29 March) moves a check-in to Tuesday and
// Koningsdag (Tuesday 27 April) skips the nudges and moves the agenda to Wednesday.
// Per week we assert exactly what each person of the cast received and what was stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeatures } from '../../src/app/create-features.ts';
import type { Reply } from '../../src/core/outbound.ts';
import { renderPlainText } from '../../src/core/plain-text.ts';
import { instantAt, localDateOf } from '../../src/domain/period-key.ts';
import { isWorkingDay } from '../../src/domain/working-days.ts';
import { createScheduler } from '../../src/schedules/scheduler.ts';
import { createJobRunStore } from '../../src/store/job-run-store.ts';
import { createBotHarness, type BotHarness } from '../support/bot-harness.ts';
import { kindsFor, readInbox, type Delivered } from './read-inbox.ts';
import { createRhythmWalker } from './walk-rhythm.ts';

const ZONE = 'Europe/Amsterdam';
const BSN = '111222333';
const CELEBRATION = 'channel:local:successen';
const at = (date: string, time: string) => instantAt(date, time, ZONE);

let h: BotHarness;
let walkTo: (date: string, time: string) => Promise<string[]>;
let transfer: { id: string; channelRef: string };
const who = { marieke: '', sanne: '', youssef: '', ingrid: '', noor: '', gerard: '' };
const partner = { baken: '', zuidpolder: '', maasmonde: '', maasoever: '', gemeenteZuidpolder: '' };
let weekMark = 0;

const textOf = (replies: Reply[]) => replies.map((r) => (r.type === 'ephemeral' || r.type === 'update_source' ? renderPlainText(r.message) : r.type)).join('\n');
const buttonsOf = (replies: Reply[]) => replies
  .flatMap((r) => (r.type === 'ephemeral' ? r.message.blocks : []))
  .flatMap((b) => (b.type === 'actions' ? b.elements : []))
  .flatMap((e) => (e.type === 'button' ? [e] : []));

async function command(staffId: string, text: string): Promise<Reply[]> {
  return h.send({ type: 'command', envelope: await h.envelopeOf(staffId), text });
}
async function roundOf(periodKey: string) {
  return h.db.prisma.checkInRound.findUniqueOrThrow({ where: { teamId_periodKey: { teamId: transfer.id, periodKey } } });
}
async function reply(staffId: string, periodKey: string, text: string, messageRef: string): Promise<Reply[]> {
  const envelope = await h.envelopeOf(staffId, { ref: transfer.channelRef, kind: 'channel' });
  return h.send({ type: 'thread_reply', envelope, text, messageRef, threadRef: (await roundOf(periodKey)).threadRef! });
}
async function answerOf(staffId: string, periodKey: string) {
  const round = await roundOf(periodKey);
  return h.db.prisma.checkInAnswer.findUnique({ where: { roundId_staffId: { roundId: round.id, staffId } } });
}
/** Everything delivered since the previous call: one week's inbox. */
async function takeWeek(): Promise<Delivered[]> {
  const inbox = await readInbox(h, weekMark);
  weekMark = h.platform.sent.length;
  return inbox;
}
/** Nudge rows of a person sent in [from, to), oldest first, with the local date. */
async function nudgesOf(staffId: string, from: Date, to: Date) {
  const rows = await h.db.prisma.nudge.findMany({
    where: { staffId, sentAt: { gte: from, lt: to } }, include: { partner: true }, orderBy: [{ sentAt: 'asc' }, { partnerId: 'asc' }],
  });
  return rows.map((n) => ({ ...n, date: localDateOf(n.sentAt, ZONE) }));
}

/**
 * The nudge DMs a person received in a week are exactly the stored nudges that were
 * sent (not escalated): one DM per day, naming that day's partners and no others.
 */
async function expectNudgeDmsMatchStore(inbox: Delivered[], staffId: string, from: Date, to: Date): Promise<number> {
  const sent = (await nudgesOf(staffId, from, to)).filter((n) => n.outcome !== 'escalated');
  const days = [...new Set(sent.map((n) => n.date))];
  const dms = inbox.filter((d) => d.to === `person:${staffId}` && d.kind === 'nudge-dm');
  expect(dms).toHaveLength(days.length);
  days.forEach((day, i) => {
    for (const n of sent.filter((s) => s.date === day)) expect(dms[i]!.text).toContain(n.partner.name);
  });
  return days.length;
}

beforeAll(async () => {
  h = await createBotHarness({ now: at('2027-03-21', '20:00'), features: (deps, db) => createFeatures(db, deps) });
  walkTo = await createRhythmWalker(h, ZONE);
  const team = await h.db.prisma.team.findFirstOrThrow({ where: { name: 'Transferpunt' } });
  transfer = { id: team.id, channelRef: team.channelRef! };
  const named = async (name: string) => (await h.db.prisma.staff.findFirstOrThrow({ where: { name } })).id;
  Object.assign(who, {
    marieke: await named('Marieke van der Linden'), sanne: await named('Sanne de Graaf'), youssef: await named('Youssef El Amrani'),
    ingrid: await named('Ingrid Bosman'), noor: await named('Noor Willems'), gerard: await named('Gerard van Wijk'),
  });
  const partnerNamed = async (name: string) => (await h.db.prisma.partner.findFirstOrThrow({ where: { name } })).id;
  Object.assign(partner, {
    baken: await partnerNamed('Zorggroep Het Baken'), zuidpolder: await partnerNamed('Thuiszorg Zuidpolder'),
    maasmonde: await partnerNamed('Gemeente Maasmonde'), maasoever: await partnerNamed('Thuiszorg Maasoever'),
    gemeenteZuidpolder: await partnerNamed('Gemeente Zuidpolder'),
  });
}, 60_000);
afterAll(async () => h?.close());

describe('six weeks of RRO on the demo organisation', () => {
  it('the calendar holds what the scenario relies on', () => {
    expect(isWorkingDay('2027-03-29')).toBe(false); // Tweede Paasdag
    expect(isWorkingDay('2027-04-27')).toBe(false); // Koningsdag
    expect(isWorkingDay('2027-03-26')).toBe(true); // Goede Vrijdag counts as a working day
  });

  it('week 12: answers with an edit and a second reply, a BSN refused, a late answer, a success, refusals', async () => {
    // Sunday evening Noor, back from leave on Monday, extends it to Friday 2 April.
    expect(textOf(await command(who.noor, 'afwezig tot 2-4'))).toContain('2 april 2027');
    expect((await h.db.prisma.staff.findUniqueOrThrow({ where: { id: who.noor } })).awayUntil?.toISOString().slice(0, 10)).toBe('2027-04-02');

    const monday = await walkTo('2027-03-22', '09:10');
    expect(monday).toContain(`checkin:${transfer.id}:2027-W12`);
    const sanneDm = h.platform.to(`person:${who.sanne}`)[0]!.text;
    expect(sanneDm).toContain('RRO WEEK 12: JOUW PARTNERS');
    expect(sanneDm).toContain('🔴 Zorggroep Het Baken (operationeel) — 132 dagen geleden');

    // Sanne answers in the thread, confirms the contact, adds a second reply and edits the first.
    const first = await reply(who.sanne, '2027-W12', 'Gedaan:\n- Gebeld met Thuiszorg Zuidpolder over de ontslagroute\nGa doen:\n- Overleg plannen met Het Baken', 'sanne-w12-1');
    expect(textOf(first)).toContain('Dank je, genoteerd: 1× gedaan, 1× ga doen.');
    expect(buttonsOf(first).map((b) => b.label)).toEqual(['Contact met Thuiszorg Zuidpolder vastleggen']);
    // The confirmation is redrawn with the outcome instead of its button.
    const confirmed = await h.send({ type: 'action', envelope: await h.envelopeOf(who.sanne), actionId: buttonsOf(first)[0]!.actionId, value: buttonsOf(first)[0]!.value });
    // …and the relationship pulse question follows as a message of its own (once a month per partner).
    expect(confirmed.map((r) => r.type)).toEqual(['update_source', 'ephemeral']);
    expect(textOf(confirmed)).toContain('✓ Vastgelegd: contact met Thuiszorg Zuidpolder.');
    await walkTo('2027-03-22', '09:40');
    expect(textOf(await reply(who.sanne, '2027-W12', 'Ga doen: Thuiszorg Zuidpolder terugbellen over de evaluatie', 'sanne-w12-2')))
      .toBe('Dank je, genoteerd: 1× gedaan, 2× ga doen.');
    const envelope = await h.envelopeOf(who.sanne, { ref: transfer.channelRef, kind: 'channel' });
    const edited = await h.send({
      type: 'message_edited', envelope, messageRef: 'sanne-w12-1', threadRef: (await roundOf('2027-W12')).threadRef!,
      text: 'Gedaan:\n- Gebeld met Thuiszorg Zuidpolder over de ontslagroute\nGa doen:\n- Overleg plannen met Het Baken over de wachtlijst',
    });
    expect(textOf(edited)).toContain('Dank je, genoteerd: 1× gedaan, 2× ga doen.');

    // Youssef's reply carries a BSN: refused, and the number is stored nowhere.
    await walkTo('2027-03-22', '11:00');
    expect(textOf(await reply(who.youssef, '2027-W12', `Gedaan: overleg over cliënt ${BSN} met Thuiszorg Maasoever`, 'youssef-bsn'))).toContain('BSN');

    const answer = await answerOf(who.sanne, '2027-W12');
    expect(answer).toMatchObject({ messageRefs: ['sanne-w12-1', 'sanne-w12-2'], editCount: 1 });
    expect([...answer!.partnerIds].sort()).toEqual([partner.baken, partner.zuidpolder].sort());
    const commitments = await h.db.prisma.commitment.findMany({ where: { staffId: who.sanne, roundId: answer!.roundId } });
    expect(commitments.map((c) => [c.text, c.partnerId, c.state]).sort()).toEqual([
      ['Overleg plannen met Het Baken over de wachtlijst', partner.baken, 'open'],
      ['Thuiszorg Zuidpolder terugbellen over de evaluatie', partner.zuidpolder, 'open'],
    ]);
    expect(await answerOf(who.youssef, '2027-W12')).toBeNull();
    const bsnRows = await h.db.session.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM "CheckInAnswer" WHERE done LIKE $1 OR planned LIKE $1)
            + (SELECT count(*) FROM "Commitment" WHERE text LIKE $1)
            + (SELECT count(*) FROM "ContactMoment" WHERE note LIKE $1)
            + (SELECT count(*) FROM "Outbox" WHERE payload::text LIKE $1)
            + (SELECT count(*) FROM "AuditEvent" WHERE details::text LIKE $1) AS n`, [`%${BSN}%`]);
    expect(Number(bsnRows[0]!.n)).toBe(0);

    // Tuesday 09:30: the lead's agenda names who has not answered yet.
    await walkTo('2027-03-23', '11:00');
    const agenda = h.platform.to(`person:${who.marieke}`).filter((d) => d.text.startsWith('RRO-AGENDA'));
    expect(agenda).toHaveLength(1);
    expect(agenda[0]!.text).toContain('RRO-AGENDA TRANSFERPUNT — WEEK 12');
    expect(agenda[0]!.text).toContain('1 van 7 collega’s hebben de check-in ingevuld.');
    expect(agenda[0]!.text).toContain('• Sanne — ga doen: Overleg plannen met Het Baken over de wachtlijst');
    expect(agenda[0]!.text).toContain('Nog niet ingevuld: Marieke van der Linden, Fatma Yılmaz, Ingrid Bosman, Joost Kuipers, Thijs Verhoeven, Youssef El Amrani');

    // Wednesday: Sanne logs the promised call, shares a success, and tries two lead commands.
    await walkTo('2027-03-24', '11:00');
    expect(textOf(await command(who.sanne, 'log Thuiszorg Zuidpolder teruggebeld over de evaluatie'))).toContain('Thuiszorg Zuidpolder');
    expect(textOf(await command(who.sanne, 'instellingen'))).toContain('Marieke van der Linden');
    expect(textOf(await command(who.sanne, 'overleg'))).toContain('is voor de teamleider(s) (Marieke van der Linden)');
    const successes = await h.db.prisma.success.count();
    const shared = await h.send({
      type: 'form_submitted', envelope: await h.envelopeOf(who.sanne), formId: 'success.share', context: '',
      values: { title: 'Ontslagroute met Thuiszorg Zuidpolder rond', story: 'Cliënten gaan nu binnen een dag naar huis met zorg.', partners: [partner.zuidpolder], thanks: [who.youssef], tags: ['Resultaten'] },
    });
    expect(shared[0]?.type).toBe('ephemeral');
    expect(await h.db.prisma.success.count()).toBe(successes + 1);

    // Thursday: Youssef answers late, after his reminder; it still counts for week 12.
    await walkTo('2027-03-25', '11:00');
    const late = await reply(who.youssef, '2027-W12', 'Gedaan:\n- Thuiszorg Maasoever gebeld over een overdracht\nGa doen:\n- Gemeente Zuidpolder mailen over de Wmo-aanvraag', 'youssef-w12');
    expect(textOf(late)).toContain('Dank je, genoteerd: 1× gedaan, 1× ga doen.');
    const lateAnswer = await answerOf(who.youssef, '2027-W12');
    expect(lateAnswer?.messageRefs).toEqual(['youssef-w12']);
    expect([...lateAnswer!.partnerIds].sort()).toEqual([partner.maasoever, partner.gemeenteZuidpolder].sort());
    const onDemand = await command(who.marieke, 'overleg');
    expect(onDemand[0]?.type === 'ephemeral' && renderPlainText(onDemand[0].message)).toContain('2 van 7 collega’s hebben de check-in ingevuld.');

    // Friday: Sanne's red Het Baken, nudged before and still without contact, goes to the lead, not to her.
    await walkTo('2027-03-28', '20:00');
    const inbox = await takeWeek();
    expect(await nudgesOf(who.sanne, at('2027-03-22', '00:00'), at('2027-03-29', '00:00'))).toMatchObject([
      { date: '2027-03-26', partnerId: partner.baken, outcome: 'escalated' },
    ]);
    expect(kindsFor(inbox, `person:${who.sanne}`)).toEqual(['checkin-dm', 'quickscan']);
    expect(kindsFor(inbox, `person:${who.youssef}`)).toEqual(['checkin-dm', 'checkin-reminder', 'nudge-dm', 'quickscan', 'success-thanks']);
    expect(kindsFor(inbox, `person:${who.ingrid}`)).toEqual(['checkin-dm', 'checkin-reminder', 'nudge-dm', 'quickscan']);
    expect(kindsFor(inbox, `person:${who.marieke}`)).toEqual(['agenda-dm', 'checkin-dm', 'checkin-reminder', 'nudge-dm']);
    expect(kindsFor(inbox, `person:${who.noor}`)).toEqual([]);
    // The demo's Transferketen had no round yet this quarter: the first quick-scan run opens one.
    expectQuickScan(inbox, 'invite');
    // Thanked in Sanne's success, Youssef hears it from the bot himself.
    expect(inbox.find((d) => d.to === `person:${who.youssef}` && d.kind === 'success-thanks')!.text)
      .toContain('Sanne de Graaf bedankt je in een gedeeld succes: Ontslagroute met Thuiszorg Zuidpolder rond');
    // The director is outside the teams: his lapsed strategic relations get their own nudge.
    expect(kindsFor(inbox, `person:${who.gerard}`)).toEqual(['nudge-dm']);
    for (const id of [who.youssef, who.ingrid, who.marieke, who.noor]) {
      await expectNudgeDmsMatchStore(inbox, id, at('2027-03-22', '00:00'), at('2027-03-29', '00:00'));
    }
    expect(inbox.filter((d) => d.to === `channel:${transfer.channelRef}`).map((d) => d.text.split('\n')[0])).toEqual(['RRO WEEK 12']);
    const celebration = inbox.filter((d) => d.to === CELEBRATION);
    expect(celebration).toHaveLength(1);
    expect(celebration[0]!.text).toContain('🎉 ONTSLAGROUTE MET THUISZORG ZUIDPOLDER ROND\nSanne de Graaf met Thuiszorg Zuidpolder');
    expect(celebration[0]!.text).toContain('Met dank aan: Youssef El Amrani');
    expect((await h.db.prisma.success.findFirstOrThrow({ where: { title: 'Ontslagroute met Thuiszorg Zuidpolder rond' } })).celebrationMessageRef).toBe(celebration[0]!.ref);
  }, 60_000);

  let snoozed: { id: string; until: Date };

  it('week 13 (Easter): nothing on Easter Monday, the round opens Tuesday, the agenda waits for its reminder (Wednesday); a snooze', async () => {
    // Only the trend's weekly freeze (Monday 00:30, holiday or not) runs; it sends nothing.
    const org = (await h.db.prisma.team.findUniqueOrThrow({ where: { id: transfer.id } })).organisationId;
    expect(await walkTo('2027-03-29', '20:00')).toEqual([`coverage-weeks:${org}:2027-W12`]);
    expect(h.platform.sent.length).toBe(weekMark);

    const opened = await walkTo('2027-03-30', '09:45');
    expect(opened).toEqual(expect.arrayContaining([`checkin:${transfer.id}:2027-W13`]));
    // Not on Tuesday 09:30 right after Tuesday's round opened: nobody could have answered yet.
    expect(opened.filter((k) => k.startsWith('agenda:'))).toEqual([]);
    expect((await roundOf('2027-W12')).state).toBe('closed');
    expect((await roundOf('2027-W13')).opensAt).toEqual(at('2027-03-30', '09:00'));
    // Tuesday 09:30 the quick scan's reminder follows the check-in DM; the check-in DM is the week's.
    const checkinDms = h.platform.to(`person:${who.sanne}`).filter((d) => d.text.startsWith('RRO WEEK 13: JOUW PARTNERS'));
    expect(checkinDms).toHaveLength(1);
    const dm = checkinDms[0]!.text;
    expect(dm).toContain('Vorige week zei je dat je dit ging doen:');
    expect(dm).toContain('Overleg plannen met Het Baken over de wachtlijst');
    // Tuesday 10:00 nudges Sanne about Gemeente Maasmonde; she snoozes it for two weeks.
    await walkTo('2027-03-30', '10:30');
    const [nudge] = await nudgesOf(who.sanne, at('2027-03-30', '00:00'), at('2027-03-31', '00:00'));
    expect(nudge).toMatchObject({ partnerId: partner.maasmonde, outcome: null });
    expect(h.platform.to(`person:${who.sanne}`).at(-1)!.text).toContain('Gemeente Maasmonde');
    const snooze = await h.send({ type: 'action', envelope: await h.envelopeOf(who.sanne), actionId: 'nudge.snooze', value: '', selected: [`${nudge!.id}:14`] });
    expect(textOf(snooze)).toBe('Prima, ik laat Gemeente Maasmonde tot 13 apr met rust.');
    const stored = await h.db.prisma.nudge.findUniqueOrThrow({ where: { id: nudge!.id } });
    expect(stored).toMatchObject({ outcome: 'snoozed', snoozedUntil: at('2027-04-13', '10:30') });
    snoozed = { id: nudge!.id, until: stored.snoozedUntil! };

    await walkTo('2027-03-30', '11:00');
    expect(textOf(await reply(who.sanne, '2027-W13', 'Gedaan:\n- Casusoverleg met Thuiszorg Zuidpolder\nGa doen:\n- Gemeente Maasmonde bellen na de vakantie', 'sanne-w13')))
      .toContain('Dank je, genoteerd: 1× gedaan, 1× ga doen.');

    const wednesday = await walkTo('2027-03-31', '09:45');
    expect(wednesday).toContain(`agenda:${transfer.id}:2027-W13`);
    const agenda = h.platform.to(`person:${who.marieke}`).filter((d) => d.text.startsWith('RRO-AGENDA TRANSFERPUNT — WEEK 13'));
    expect(agenda).toHaveLength(1);
    const text = agenda[0]!.text;
    expect(text).toContain('1 van 7 collega’s hebben de check-in ingevuld.');
    // Commitments and successes carry the bot's clock time (not the database's), so a moved
    // clock judges them right: Youssef's late "ga doen" stays open without a later contact.
    expect(text).toContain('Afspraken van vorige week — 1 van 3 gedaan');
    expect(text).toContain('Youssef: Gemeente Zuidpolder mailen over de Wmo-aanvraag — nog open');
    expect(text).toContain('Sanne: Thuiszorg Zuidpolder terugbellen over de evaluatie — gedaan');
    expect(text).toContain('Sanne: Overleg plannen met Het Baken over de wachtlijst — nog open');
    expect(text).toMatch(/Zorggroep Het Baken — Sanne.*\(operationeel\), sinds 26 mrt/);
    expect(text).toContain('Ontslagroute met Thuiszorg Zuidpolder rond');


    await walkTo('2027-04-04', '20:00');
    const inbox = await takeWeek();
    expect(kindsFor(inbox, `person:${who.sanne}`)).toEqual(['checkin-dm', 'nudge-dm', 'quickscan']);
    expect(kindsFor(inbox, `person:${who.youssef}`)).toEqual(['checkin-dm', 'checkin-reminder', 'nudge-dm', 'quickscan']);
    expect(kindsFor(inbox, `person:${who.marieke}`)).toEqual(['agenda-dm', 'checkin-dm', 'checkin-reminder', 'nudge-dm']);
    expect(kindsFor(inbox, `person:${who.ingrid}`)).toEqual(['checkin-dm', 'checkin-reminder', 'nudge-dm', 'quickscan']);
    // Five days after its opening (a Saturday, then Easter Monday) the scan reminds on Tuesday.
    expectQuickScan(inbox, 'reminder');
    expect(kindsFor(inbox, `person:${who.noor}`)).toEqual([]);
    // 1 April: the monthly digest, and management's own check-in about his strategic partners.
    expect(kindsFor(inbox, `person:${who.gerard}`).filter((k) => k !== 'nudge-dm')).toEqual(['digest', 'management-checkin']);
    const digest = inbox.find((d) => d.to === `person:${who.gerard}` && d.kind === 'digest')!;
    expect(digest.text).toContain('MAANDOVERZICHT RELATIEBEHEER — MAART 2027');
    expect(digest.text).toContain('Dekking per niveau');
    expect(digest.text).toContain('Ontslagroute met Thuiszorg Zuidpolder rond');
    for (const id of [who.sanne, who.youssef, who.ingrid, who.marieke, who.noor]) {
      await expectNudgeDmsMatchStore(inbox, id, at('2027-03-29', '00:00'), at('2027-04-05', '00:00'));
    }
    expect(await nudgesOf(who.noor, at('2027-03-22', '00:00'), at('2027-04-05', '00:00'))).toEqual([]);
    expect(inbox.filter((d) => d.to === `channel:${transfer.channelRef}`).map((d) => d.text.split('\n')[0])).toEqual(['RRO WEEK 13']);
    expect(inbox.filter((d) => d.to === CELEBRATION)).toEqual([]);
  }, 60_000);

  it('week 14: Noor is back and joins; a restarted scheduler sends nothing twice', async () => {
    await walkTo('2027-04-05', '09:15');
    expect(h.platform.to(`person:${who.noor}`).map((d) => d.text.split('\n')[0])).toEqual(['RRO WEEK 14: JOUW PARTNERS']);
    expect(textOf(await reply(who.sanne, '2027-W14', 'Gedaan: Thuiszorg Zuidpolder gesproken\nGa doen: Het Baken bellen', 'sanne-w14'))).toContain('Dank je, genoteerd');

    await walkTo('2027-04-07', '11:00');
    const sent = h.platform.sent.length;
    const nudges = await h.db.prisma.nudge.count();
    const restart = () => createScheduler({
      loadJobs: async () => h.bot.teamJobs(await h.db.prisma.team.findMany()),
      claims: createJobRunStore(h.db.prisma), clock: h.clock, owner: 'restarted',
    });
    const second = restart();
    await second.reload();
    expect(await second.runDue()).toEqual([]);
    // Even with the run records gone, the jobs find their work done.
    await h.db.prisma.jobRun.deleteMany();
    const third = restart();
    await third.reload();
    expect(await third.runDue()).toEqual(expect.arrayContaining([`checkin:${transfer.id}:2027-W14`, `nudge:${transfer.id}:2027-04-07`]));
    await h.worker.drain();
    expect(h.platform.sent.length).toBe(sent);
    expect(await h.db.prisma.nudge.count()).toBe(nudges);
    expect(await h.db.prisma.checkInRound.count({ where: { periodKey: '2027-W14' } })).toBe(3);
    expect(await h.advanceTo(h.clock.now())).toEqual([]);

    await walkTo('2027-04-11', '20:00');
    const inbox = await takeWeek();
    // Back from her absence, Noor gets one handover summary of what was done for her partners (issue 13).
    expect(kindsFor(inbox, `person:${who.noor}`).filter((k) => k !== 'nudge-dm').sort()).toEqual(['checkin-dm', 'checkin-reminder', 'handover']);
    // The first quarter's round closes on 5 April after that day's scan run; the second quarter's opens on Tuesday's.
    expectWeekOfRoutine(inbox, 'invite');
    for (const id of [who.sanne, who.youssef, who.ingrid, who.marieke, who.noor]) {
      await expectNudgeDmsMatchStore(inbox, id, at('2027-04-05', '00:00'), at('2027-04-12', '00:00'));
    }
    const kinder = await h.db.prisma.teamMembership.findFirstOrThrow({ where: { staffId: who.noor } });
    const charlotte = await h.db.prisma.teamMembership.findFirstOrThrow({ where: { teamId: kinder.teamId, isLead: true } });
    expect(h.platform.to(`person:${charlotte.staffId}`).filter((d) => d.text.startsWith('RRO-AGENDA')).map((d) => d.text.split('\n').find((l) => l.startsWith('Nog niet ingevuld:'))))
      .toEqual([expect.not.stringContaining('Noor Willems'), expect.not.stringContaining('Noor Willems'), expect.stringContaining('Noor Willems')]);
  }, 60_000);

  it('weeks 15–16: the snooze ends exactly after two weeks; the silent colleague gets one reminder a week', async () => {
    for (const [week, monday, sunday, scan] of [['2027-W15', '2027-04-12', '2027-04-18', 'reminder'], ['2027-W16', '2027-04-19', '2027-04-25', null]] as const) {
      await walkTo(monday, '09:15');
      expect(textOf(await reply(who.sanne, week, 'Gedaan: Thuiszorg Zuidpolder gesproken\nGa doen: Het Baken bellen', `sanne-${week}`))).toContain('Dank je, genoteerd');
      await walkTo(sunday, '20:00');
      const inbox = await takeWeek();
      expect(kindsFor(inbox, `person:${who.noor}`).filter((k) => k !== 'nudge-dm')).toEqual(['checkin-dm', 'checkin-reminder']);
      expectWeekOfRoutine(inbox, scan);
      const from = at(monday, '00:00');
      for (const id of [who.sanne, who.youssef, who.ingrid, who.marieke, who.noor]) {
        await expectNudgeDmsMatchStore(inbox, id, from, new Date(from.getTime() + 7 * 86_400_000));
      }
      const agenda = inbox.find((d) => d.to === `person:${who.marieke}` && d.kind === 'agenda-dm')!.text;
      expect(agenda).toContain(`RRO-AGENDA TRANSFERPUNT — WEEK ${week.slice(-2)}`);
      expect(agenda.split('\n').find((l) => l.startsWith('Nog niet ingevuld:'))).toMatch(/Ingrid Bosman.*Youssef El Amrani/);
    }
    const maasmonde = (await nudgesOf(who.sanne, at('2027-03-30', '00:00'), at('2027-04-26', '00:00'))).filter((n) => n.partnerId === partner.maasmonde);
    expect(maasmonde.map((n) => [n.date, n.outcome])).toEqual([['2027-03-30', 'snoozed'], ['2027-04-14', null], ['2027-04-21', null]]);
    expect(maasmonde[1]!.sentAt > snoozed.until).toBe(true);
  }, 60_000);

  it('week 17 (Koningsdag): no nudges on the holiday, the agenda moves to Wednesday', async () => {
    await walkTo('2027-04-26', '09:15');
    expect(textOf(await reply(who.sanne, '2027-W17', 'Gedaan: Thuiszorg Zuidpolder gesproken\nGa doen: Het Baken bellen', 'sanne-w17'))).toContain('Dank je, genoteerd');
    await walkTo('2027-04-26', '20:00');
    const holiday = await walkTo('2027-04-27', '20:00');
    expect(holiday).toEqual([]);
    expect(await h.db.prisma.nudge.count({ where: { sentAt: { gte: at('2027-04-27', '00:00'), lt: at('2027-04-28', '00:00') } } })).toBe(0);
    const wednesday = await walkTo('2027-04-28', '09:45');
    expect(wednesday).toContain(`agenda:${transfer.id}:2027-W17`);
    await walkTo('2027-05-02', '20:00');
    const inbox = await takeWeek();
    expectWeekOfRoutine(inbox, null);
    expect(kindsFor(inbox, `person:${who.noor}`).filter((k) => k !== 'nudge-dm')).toEqual(['checkin-dm', 'checkin-reminder']);
    for (const id of [who.sanne, who.youssef, who.ingrid, who.marieke, who.noor]) {
      await expectNudgeDmsMatchStore(inbox, id, at('2027-04-26', '00:00'), at('2027-05-03', '00:00'));
    }
  }, 60_000);

  it('over six weeks: one round a week, one reminder a week for the silent colleague, one celebration', async () => {
    const rounds = await h.db.prisma.checkInRound.findMany({ where: { teamId: transfer.id, opensAt: { gte: at('2027-03-22', '00:00') } }, orderBy: { opensAt: 'asc' } });
    expect(rounds.map((r) => [r.periodKey, localDateOf(r.opensAt, ZONE)])).toEqual([
      ['2027-W12', '2027-03-22'], ['2027-W13', '2027-03-30'], ['2027-W14', '2027-04-05'],
      ['2027-W15', '2027-04-12'], ['2027-W16', '2027-04-19'], ['2027-W17', '2027-04-26'],
    ]);
    const answers = await h.db.prisma.checkInAnswer.findMany({ where: { roundId: { in: rounds.map((r) => r.id) } } });
    expect(answers.filter((a) => a.staffId === who.sanne)).toHaveLength(6);
    expect(answers.filter((a) => a.staffId === who.youssef)).toHaveLength(1);
    expect(answers.filter((a) => a.staffId === who.ingrid)).toHaveLength(0);
    expect(await h.db.prisma.outbox.count({ where: { idempotencyKey: { startsWith: 'checkin-reminder:' }, payload: { path: ['to', 'staffId'], equals: who.ingrid } } })).toBe(6);
    expect(h.platform.sent.filter((d) => d.to === CELEBRATION)).toHaveLength(1);
    expect(await h.db.prisma.contactMoment.findMany({ where: { staffId: who.sanne, occurredAt: { gte: at('2027-03-22', '00:00') } }, select: { partnerId: true, source: true }, orderBy: { occurredAt: 'asc' } }))
      .toEqual([{ partnerId: partner.zuidpolder, source: 'checkin' }, { partnerId: partner.zuidpolder, source: 'command' }]);
  }, 60_000);
});

/**
 * The quick scan of the demo's Transferketen Maasdelta (quarterly): of the cast Sanne,
 * Youssef and Ingrid take part. In a week with a scan message each of them gets exactly
 * that one (invitation or reminder); nobody else of the cast gets any.
 */
function expectQuickScan(inbox: Delivered[], scan: 'invite' | 'reminder' | null): void {
  const scans = inbox.filter((d) => d.kind === 'quickscan' && Object.values(who).some((id) => d.to === `person:${id}`));
  const participants = scan ? [who.sanne, who.youssef, who.ingrid] : [];
  expect(scans.map((d) => d.to).sort()).toEqual(participants.map((id) => `person:${id}`).sort());
  for (const d of scans) {
    expect(d.key).toMatch(new RegExp(`^quickscan:[^:]+:${scan}:`));
    expect(d.text).toContain('Transferketen Maasdelta');
  }
}

/** Every week from week 14: Sanne answered (no reminder), Youssef and Ingrid did not, Marieke gets her agenda. */
function expectWeekOfRoutine(inbox: Delivered[], scan: 'invite' | 'reminder' | null): void {
  const without = (to: string) => kindsFor(inbox, `person:${to}`).filter((k) => k !== 'nudge-dm');
  const scanned = scan ? ['quickscan'] : [];
  expect(without(who.sanne)).toEqual(['checkin-dm', ...scanned]);
  expect(without(who.youssef)).toEqual(['checkin-dm', 'checkin-reminder', ...scanned]);
  expect(without(who.ingrid)).toEqual(['checkin-dm', 'checkin-reminder', ...scanned]);
  expectQuickScan(inbox, scan);
  expect(without(who.marieke)).toEqual(['agenda-dm', 'checkin-dm', 'checkin-reminder']);
  expect(kindsFor(inbox, `person:${who.gerard}`).filter((k) => k !== 'nudge-dm')).toEqual([]);
  expect(inbox.filter((d) => d.to === `channel:${transfer.channelRef}`)).toHaveLength(1);
  expect(inbox.filter((d) => d.to === CELEBRATION)).toEqual([]);
  expect(inbox.filter((d) => d.kind === 'unknown')).toEqual([]);
}
