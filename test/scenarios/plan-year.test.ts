// A year with a compact plan on the demo organisation, everything real (bot,
// scheduler, outbox, store) on a manual clock: a plan made in January with the
// result-or-effort advice, monthly progress, a goal reached in March and shared
// as a success, and commitments closed, dropped and moved from the check-in DM.
// On PGlite, and on PostgreSQL when TEST_DATABASE_URL is set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeatures } from '../../src/app/create-features.ts';
import type { Form } from '../../src/core/form.ts';
import type { Button } from '../../src/core/message.ts';
import type { Reply } from '../../src/core/outbound.ts';
import { renderPlainText } from '../../src/core/plain-text.ts';
import { instantAt } from '../../src/domain/period-key.ts';
import { createBotHarness, type BotHarness } from '../support/bot-harness.ts';
import { testDbKinds } from '../support/test-database.ts';
import { createRhythmWalker } from './walk-rhythm.ts';

const ZONE = 'Europe/Amsterdam';
const at = (date: string, time: string) => instantAt(date, time, ZONE);
const EFFORT = 'Driemaandelijks samenkomen om elkaar te inspireren en te informeren';

const textOf = (replies: Reply[]) => replies.map((r) => (r.type === 'ephemeral' ? renderPlainText(r.message) : r.type)).join('\n');
const buttonsOf = (replies: Reply[]): Button[] => replies
  .flatMap((r) => (r.type === 'ephemeral' ? r.message.blocks : []))
  .flatMap((b) => (b.type === 'actions' ? b.elements : b.type === 'section' && b.accessory ? [b.accessory] : []))
  .flatMap((e) => (e.type === 'button' ? [e] : []));
const formOf = (replies: Reply[]): Form => {
  const open = replies.find((r) => r.type === 'open_form');
  if (!open || open.type !== 'open_form') throw new Error(`geen formulier: ${JSON.stringify(replies)}`);
  return open.form;
};

describe.each(testDbKinds())('a year with a plan (%s)', (kind) => {
  let h: BotHarness;
  let walkTo: (date: string, time: string) => Promise<string[]>;
  const who = { youssef: '', marieke: '', sanne: '', gerard: '' };
  let partnerId = '';
  let partnerName = '';
  const grey = { partnerId: '', name: '' };

  /** Skips the weeks between (a missed round is not caught up after its week), then walks the target day's rhythm. */
  async function jumpTo(date: string, time: string) {
    const eve = new Date(instantAt(date, '00:00', ZONE).getTime() - 4 * 3_600_000);
    if (eve > h.clock.now()) await h.advanceTo(eve);
    return walkTo(date, time);
  }
  /** Youssef's personal check-in overview of a week. */
  function checkinDm(week: number) {
    const dm = h.platform.to(`person:${who.youssef}`).find((d) => d.text.startsWith(`RRO WEEK ${week}: JOUW PARTNERS`));
    if (!dm) throw new Error(`geen check-in van week ${week} voor Youssef`);
    return dm;
  }
  async function command(staffId: string, text: string) {
    return h.send({ type: 'command', envelope: await h.envelopeOf(staffId), text });
  }
  async function act(staffId: string, actionId: string, value: string) {
    return h.send({ type: 'action', envelope: await h.envelopeOf(staffId), actionId, value });
  }
  async function submit(staffId: string, form: Form, values: Record<string, string>) {
    return h.send({ type: 'form_submitted', envelope: await h.envelopeOf(staffId), formId: form.formId, context: form.context, values });
  }

  beforeAll(async () => {
    h = await createBotHarness({ kind, now: at('2027-01-03', '20:00'), features: (deps, db) => createFeatures(db, deps) });
    walkTo = await createRhythmWalker(h, ZONE);
    const named = async (name: string) => (await h.db.prisma.staff.findFirstOrThrow({ where: { name } })).id;
    who.youssef = await named('Youssef El Amrani');
    who.marieke = await named('Marieke van der Linden');
    who.sanne = await named('Sanne de Graaf');
    who.gerard = await named('Gerard van Wijk');
    const assignment = await h.db.prisma.assignment.findFirstOrThrow({ where: { staffId: who.youssef }, include: { partner: true }, orderBy: { partner: { name: 'asc' } } });
    partnerId = assignment.partnerId;
    partnerName = assignment.partner.name;
    // A strategic relationship Youssef takes on this Monday morning, never contacted at that level.
    const untouched = await h.db.prisma.partner.findFirstOrThrow({ where: { archivedAt: null, moments: { none: { level: 'strategisch' } } }, orderBy: { name: 'asc' } });
    Object.assign(grey, { partnerId: untouched.id, name: untouched.name });
    await h.db.prisma.assignment.create({ data: { staffId: who.youssef, partnerId: untouched.id, level: 'strategisch', createdAt: at('2027-01-04', '08:00') } });
  }, 120_000);
  afterAll(async () => h?.close());

  it('January: "plan" lists the partners without a goal; the form per partner takes an effort and advises a result', async () => {
    await walkTo('2027-01-04', '11:00');
    // In January the bot asks for a plan, and for a goal with the partner Youssef took on this morning.
    const asked = () => h.platform.to(`person:${who.youssef}`).map((d) => d.text);
    expect(asked().filter((t) => t.includes('Een nieuw jaar: wat wil je in 2027 met je partners bereiken?'))).toHaveLength(1);
    expect(asked().filter((t) => t.includes(`Je hebt een nieuwe partner: ${grey.name}.`))).toHaveLength(1);
    expect(textOf(await act(who.youssef, 'plan.ask_snooze', grey.partnerId))).toContain('ik vraag het je na 18 jan nog één keer');

    const overview = await command(who.youssef, 'plan');
    expect(textOf(overview)).toContain('JOUW JAARPLAN 2027');
    const add = buttonsOf(overview).find((b) => b.actionId === 'plan.add_goal' && b.value === partnerId);
    expect(add?.label).toBe(`Doel voor ${partnerName}`.slice(0, 75));

    const form = formOf(await act(who.youssef, 'plan.add_goal', partnerId));
    expect(form.formId).toBe('plan.goal');
    expect(form.inputs.find((i) => i.id === 'partner')?.initial).toBe(partnerId);
    expect(form.inputs.find((i) => i.id === 'result')?.hint).toContain('10% meer behoud van personeel');

    const saved = await submit(who.youssef, form, { partner: partnerId, result: EFFORT, measure: '', target: '', due: '', sub: '' });
    expect(textOf(saved)).toContain(`Opgeslagen in je jaarplan 2027: doel voor ${partnerName}.`);
    expect(textOf(saved)).toContain('inspanning');
    expect(textOf(saved)).toContain('„10% meer behoud van personeel”');
    const goal = await h.db.prisma.planGoal.findFirstOrThrow({ where: { plan: { staffId: who.youssef, year: 2027 } } });
    expect(goal).toMatchObject({ result: EFFORT, partnerId, measure: null, achieved: false });

    // Sharpened into a result: the same goal, now with a measure, a target, a date and sub-results.
    const edit = formOf(await act(who.youssef, 'plan.edit_goal', buttonsOf(saved).find((b) => b.actionId === 'plan.edit_goal')!.value));
    expect(edit.inputs.find((i) => i.id === 'result')?.initial).toBe(EFFORT);
    const sharpened = await submit(who.youssef, edit, {
      partner: partnerId, result: 'Ontslag naar huis sneller geregeld', measure: 'ligdagen na medisch ontslag', target: 'van 120 naar 60 per kwartaal',
      due: '2027-12-31', sub: '- werkafspraak overdracht\n- gezamenlijke casusbespreking',
    });
    expect(textOf(sharpened)).toContain('Mooi: dit is een resultaat met een maat.');
    const goals = await h.db.prisma.planGoal.findMany({ where: { plan: { staffId: who.youssef, year: 2027 } } });
    expect(goals).toHaveLength(1);
    expect(goals[0]).toMatchObject({ measure: 'ligdagen na medisch ontslag', subResults: ['werkafspraak overdracht', 'gezamenlijke casusbespreking'] });
    expect(goals[0]!.dueDate?.toISOString().slice(0, 10)).toBe('2027-12-31');
  });

  it('refuses invalid input field by field and a BSN before anything is stored', async () => {
    const form = formOf(await act(who.youssef, 'plan.add_goal', ''));
    const bad = await submit(who.youssef, form, { partner: 'geen-id', result: 'x', measure: '', target: '', due: '31-12', sub: '' });
    expect(bad).toEqual([{ type: 'form_errors', errors: expect.objectContaining({ partner: expect.any(String), result: expect.any(String), due: expect.any(String) }) }]);
    const bsn = await submit(who.youssef, form, { partner: '', result: 'Cliënt 111222333 eerder thuis', measure: '', target: '', due: '', sub: '' });
    expect(bsn[0]).toMatchObject({ type: 'form_errors', errors: { result: expect.any(String) } });
    expect(await h.db.prisma.planGoal.count({ where: { plan: { staffId: who.youssef } } })).toBe(1);
    // Another person's goal cannot be edited or progressed.
    const goal = await h.db.prisma.planGoal.findFirstOrThrow({ where: { plan: { staffId: who.youssef } } });
    expect(textOf(await act(who.marieke, 'plan.progress', `${goal.id}|reached`))).toContain('hoort niet bij een doel van jou');
  });

  it('commitments close from the check-in DM: done, moved to next week, dropped; counted once', { timeout: 240_000 }, async () => {
    const team = await h.db.prisma.team.findFirstOrThrow({ where: { name: 'Transferpunt' } });
    const round = await h.db.prisma.checkInRound.findUniqueOrThrow({ where: { teamId_periodKey: { teamId: team.id, periodKey: '2027-W01' } } });
    const items = [`${partnerName} bellen over de ontslagroute`, `Casusoverleg plannen met ${partnerName}`, 'Folder over mantelzorg nalopen'];
    const envelope = await h.envelopeOf(who.youssef, { ref: team.channelRef!, kind: 'channel' });
    await h.send({ type: 'thread_reply', envelope, text: `Ga doen:\n${items.map((i) => `- ${i}`).join('\n')}`, messageRef: 'youssef-w01', threadRef: round.threadRef! });

    await walkTo('2027-01-11', '09:10');
    const dm = checkinDm(2);
    expect(dm.text).toContain('Vorige week zei je dat je dit ging doen:');
    const blocks = dm.delivery.type === 'post' ? dm.delivery.message.blocks : [];
    const buttons = blocks.flatMap((b) => (b.type === 'actions' ? b.elements : [])).filter((e): e is Button => e.type === 'button' && e.actionId.startsWith('commitment.'));
    const byText = async (text: string) => h.db.prisma.commitment.findFirstOrThrow({ where: { staffId: who.youssef, text, state: 'open' } });
    const [call, meeting, folder] = [await byText(items[0]!), await byText(items[1]!), await byText(items[2]!)];
    expect(buttons.filter((b) => b.value === call.id).map((b) => b.label)).toEqual(['Gedaan', 'Volgende week', 'Vervalt']);

    expect(textOf(await act(who.youssef, 'commitment.done', call.id))).toContain(`Afgevinkt: ${items[0]}.`);
    expect(textOf(await act(who.youssef, 'commitment.done', call.id))).toContain('al gedaan');
    expect(textOf(await act(who.youssef, 'commitment.dropped', folder.id))).toContain('Vervallen');
    expect(textOf(await act(who.marieke, 'commitment.moved', meeting.id))).toContain('niet van jou');
    expect(textOf(await act(who.youssef, 'commitment.moved', meeting.id))).toContain('Doorgeschoven naar volgende week (18 jan)');
    const states = await h.db.prisma.commitment.findMany({ where: { staffId: who.youssef, text: { in: items } }, orderBy: { createdAt: 'asc' } });
    expect(states.map((c) => [c.text, c.state])).toEqual(expect.arrayContaining([[items[0], 'done'], [items[1], 'moved'], [items[2], 'dropped'], [items[1], 'open']]));
    expect(states).toHaveLength(4);

    // The agenda counts each of last week's items once: done 1 of 2 (the dropped one is no longer news).
    await walkTo('2027-01-12', '09:45');
    const agenda = h.platform.to(`person:${who.marieke}`).filter((d) => d.text.startsWith('RRO-AGENDA TRANSFERPUNT — WEEK 2')).at(-1)!.text;
    expect(agenda).toMatch(/Afspraken van vorige week — \d+ van \d+ gedaan/);
    expect(agenda).toContain(`Youssef: ${items[0]} — gedaan`);
    expect(agenda).toContain(`Youssef: ${items[1]} — nog open`);
    expect(agenda).not.toContain(items[2]);

    // Asked once: neither question came back in the second week (the snooze holds the other).
    expect(h.platform.to(`person:${who.youssef}`).filter((d) => d.text.includes('Een nieuw jaar') || d.text.includes('Je hebt een nieuwe partner'))).toHaveLength(2);

    // Next week the moved item comes back, once, with its buttons; the others do not.
    await walkTo('2027-01-18', '09:10');
    const next = checkinDm(3).text;
    expect(next).toContain(items[1]);
    expect(next).not.toContain(items[0]);
    expect(next).not.toContain(items[2]);

    // Promising it again in the thread keeps one open row (no duplicates on the dashboard).
    const w03 = await h.db.prisma.checkInRound.findUniqueOrThrow({ where: { teamId_periodKey: { teamId: team.id, periodKey: '2027-W03' } } });
    await h.send({ type: 'thread_reply', envelope, text: `Ga doen:\n- ${items[1]}`, messageRef: 'youssef-w03', threadRef: w03.threadRef! });
    expect(await h.db.prisma.commitment.count({ where: { staffId: who.youssef, text: items[1], state: 'open' } })).toBe(1);

    // A contact logged later with that partner asks "is dit die afspraak?" — by command and by form; one tap closes it.
    const byCommand = await command(who.youssef, `log ${partnerName} belde over het casusoverleg`);
    expect(textOf(byCommand)).toContain('Is dit die afspraak?');
    expect(textOf(byCommand)).toContain(items[1]);
    const logged = await submit(who.youssef, { formId: 'contact.log', title: 'x', submitLabel: 'x', inputs: [], context: '' },
      { partner: partnerId, date: '2027-01-18', how: 'phone', level: 'operationeel', note: '' });
    expect(textOf(logged)).toContain('Is dit die afspraak?');
    const suggested = logged.flatMap((r) => (r.type === 'ephemeral' ? r.message.blocks : []))
      .find((b) => b.type === 'section' && b.text === items[1]);
    if (suggested?.type !== 'section' || !suggested.accessory) throw new Error(`geen suggestie voor "${items[1]}": ${textOf(logged)}`);
    const yes = suggested.accessory;
    expect(yes.label).toBe('Ja, gedaan');
    expect(textOf(await act(who.youssef, 'commitment.done', yes.value))).toContain('Afgevinkt');
    expect(await h.db.prisma.commitment.count({ where: { staffId: who.youssef, text: items[1], state: 'open' } })).toBe(0);
  });

  it('a never-contacted partner is nudged after the grace period; "ingepland" holds its escalation; an away owner is covered', { timeout: 240_000 }, async () => {
    // Sanne is away for two weeks; Youssef co-owns one of her lapsed partners, the rest goes to Marieke (lead).
    expect(textOf(await command(who.sanne, 'afwezig tot 31-1'))).toContain('31 januari 2027');
    const organisationId = (await h.db.prisma.staff.findUniqueOrThrow({ where: { id: who.sanne } })).organisationId;
    const sannes = (await h.deps.ports.lapse.assignmentStatuses({ organisationId, staffId: who.sanne, now: at('2027-01-18', '10:00'), timeZone: ZONE, onlyLapsed: true }))
      .filter((r) => r.kind === 'owner');
    const mine = new Set((await h.db.prisma.assignment.findMany({ where: { staffId: who.youssef } })).map((a) => a.partnerId));
    const shared = sannes.find((r) => !mine.has(r.partnerId))!;
    await h.db.prisma.assignment.create({ data: { staffId: who.youssef, partnerId: shared.partnerId, level: shared.level, kind: 'co_owner', createdAt: at('2027-01-01', '08:00') } });

    const greyNudges = () => h.db.prisma.nudge.findMany({ where: { staffId: who.youssef, partnerId: grey.partnerId }, orderBy: { sentAt: 'asc' } });
    expect(await greyNudges()).toEqual([]); // not on 11 January: 7 of the 14 days' grace
    await walkTo('2027-01-18', '10:30');
    const [first] = await greyNudges();
    expect(first).toMatchObject({ level: 'strategisch', outcome: null });
    const dm = h.platform.to(`person:${who.youssef}`).at(-1)!.text;
    expect(dm).toContain(`${grey.name} — nog geen contact sinds het jouw partner werd · strategisch`);
    expect(dm).toContain(`${shared.partnerName} — `);
    expect(dm).toContain('(voor Sanne de Graaf, die afwezig is)');
    const covered = await h.db.prisma.nudge.findMany({ where: { sentAt: { gte: at('2027-01-18', '00:00') }, partnerId: { in: sannes.map((r) => r.partnerId) } } });
    expect(covered.filter((n) => n.staffId === who.sanne)).toEqual([]);
    expect(covered.find((n) => n.partnerId === shared.partnerId)?.staffId).toBe(who.youssef);
    const others = sannes.filter((r) => r.partnerId !== shared.partnerId);
    // Without a co-owner the lead picks it up (nudged, or escalated when she was nudged about it before).
    if (others.length > 0) expect(covered.some((n) => n.staffId === who.marieke && others.some((o) => o.partnerId === n.partnerId))).toBe(true);

    const planForm = formOf(await act(who.youssef, 'nudge.planned', first!.id));
    expect(textOf(await submit(who.youssef, planForm, { date: '2027-01-27' }))).toContain('27 jan');
    expect((await h.db.prisma.nudge.findUniqueOrThrow({ where: { id: first!.id } })).plannedFor?.toISOString().slice(0, 10)).toBe('2027-01-27');

    // A week on the lapse would escalate, but the planned date (plus a grace day) holds it.
    await jumpTo('2027-01-25', '10:30');
    expect((await greyNudges()).map((n) => n.outcome)).toEqual(['planned']);
    await jumpTo('2027-01-29', '10:30');
    expect((await greyNudges()).map((n) => n.outcome)).toEqual(['planned', 'escalated']);
  });

  it('back from an absence the owner gets one handover summary, after the away date and after "terug"', { timeout: 240_000 }, async () => {
    const handovers = () => h.platform.to(`person:${who.sanne}`).filter((d) => d.text.includes('Welkom terug'));
    const owned = await h.db.prisma.assignment.findMany({ where: { staffId: who.sanne, kind: 'owner' }, include: { partner: true }, orderBy: { partner: { name: 'asc' } } });
    const covered = await h.db.prisma.nudge.findFirstOrThrow({ where: { staffId: who.youssef, partnerId: { in: owned.map((a) => a.partnerId) } }, include: { partner: true } });
    const logged = owned.find((a) => a.partnerId !== covered.partnerId)!;
    await h.db.prisma.contactMoment.create({ data: { partnerId: logged.partnerId, staffId: who.marieke, level: logged.level, occurredAt: at('2027-01-28', '14:00') } });
    expect(handovers()).toEqual([]); // away until Sunday 31 January: nothing yet

    await jumpTo('2027-02-01', '10:30');
    expect(handovers()).toHaveLength(1);
    const summary = handovers()[0]!.text;
    expect(summary).toContain(`• ${covered.partner.name}: seintje naar Youssef El Amrani (nog open)`);
    expect(summary).toContain(`• ${logged.partner.name}: 1 contact vastgelegd door Marieke van der Linden`);
    expect((await h.db.prisma.staff.findUniqueOrThrow({ where: { id: who.sanne } })).awaySince).toBeNull();

    // A new absence ended early with "terug": its own summary right away, only of what happened since.
    await command(who.sanne, 'afwezig tot 5-2');
    await h.db.prisma.contactMoment.create({ data: { partnerId: covered.partnerId, staffId: who.gerard, level: covered.level, occurredAt: at('2027-02-01', '10:40') } });
    await command(who.sanne, 'terug');
    expect(handovers()).toHaveLength(2);
    const second = handovers()[1]!.text;
    expect(second).toContain(`• ${covered.partner.name}: 1 contact vastgelegd door Gerard van Wijk`);
    expect(second).not.toContain(logged.partner.name);
    await command(who.sanne, 'terug');
    expect(handovers()).toHaveLength(2); // once per absence
  });

  it('progress per month; reached in March is offered as a success', { timeout: 240_000 }, async () => {
    const goal = await h.db.prisma.planGoal.findFirstOrThrow({ where: { plan: { staffId: who.youssef } } });
    // The first check-in of February shows the goal beside its partner and asks for progress, one tap per goal.
    await jumpTo('2027-02-01', '11:00');
    const dm = checkinDm(5);
    expect(dm.text).toContain('🎯 doel: Ontslag naar huis sneller geregeld');
    expect(dm.text).toContain('Eerste check-in van de maand: hoe staan je doelen ervoor?');
    const tap = (dm.delivery.type === 'post' ? dm.delivery.message.blocks : [])
      .flatMap((b) => (b.type === 'actions' ? b.elements : [])).find((e) => e.type === 'button' && e.value === `${goal.id}|behind`);
    expect(tap?.type === 'button' && tap.label).toBe('Achter');
    // The week after is not the first of the month: the goal stays, the question does not.
    const behind = await act(who.youssef, 'plan.progress', `${goal.id}|behind`);
    expect(textOf(behind)).toContain('Genoteerd voor 2027-02: Achter.');
    const noteForm = formOf(await act(who.youssef, 'plan.progress_note', buttonsOf(behind).find((b) => b.actionId === 'plan.progress_note')!.value));
    expect(textOf(await submit(who.youssef, noteForm, { note: 'Wachten op de gemeente' }))).toContain('Notitie opgeslagen.');

    await jumpTo('2027-02-08', '11:00');
    expect(checkinDm(6).text).toContain('🎯 doel: Ontslag naar huis sneller geregeld');
    expect(checkinDm(6).text).not.toContain('Eerste check-in van de maand');
    await walkTo('2027-02-09', '09:45');
    const february = h.platform.to(`person:${who.marieke}`).filter((d) => d.text.startsWith('RRO-AGENDA TRANSFERPUNT — WEEK 6')).at(-1)!.text;
    expect(february).toContain(`Youssef (${partnerName}): Ontslag naar huis sneller geregeld — achter`);

    await jumpTo('2027-03-01', '11:00');
    const reached = await act(who.youssef, 'plan.progress', `${goal.id}|reached`);
    expect(textOf(reached)).toContain('doel behaald');
    const progress = await h.db.prisma.planGoalProgress.findMany({ where: { goalId: goal.id }, orderBy: { month: 'asc' } });
    expect(progress.map((p) => [p.month, p.status, p.note])).toEqual([['2027-02', 'behind', 'Wachten op de gemeente'], ['2027-03', 'reached', null]]);
    expect((await h.db.prisma.planGoal.findUniqueOrThrow({ where: { id: goal.id } })).achieved).toBe(true);

    await walkTo('2027-03-02', '09:45');
    // Management in the rhythm: the director got his own check-in on the first working day of each month, and nudges.
    const gerard = h.platform.to(`person:${who.gerard}`).map((d) => d.text);
    expect(gerard.filter((t) => t.startsWith('MANAGEMENT-CHECK-IN'))).toEqual([
      expect.stringContaining('MANAGEMENT-CHECK-IN JANUARI 2027: JOUW STRATEGISCHE PARTNERS'),
      expect.stringContaining('MANAGEMENT-CHECK-IN FEBRUARI 2027: JOUW STRATEGISCHE PARTNERS'),
      expect.stringContaining('MANAGEMENT-CHECK-IN MAART 2027: JOUW STRATEGISCHE PARTNERS'),
    ]);
    expect(gerard.find((t) => t.startsWith('MANAGEMENT-CHECK-IN'))).toContain('het goede voorbeeld begint bij jezelf');
    const strategic = await h.db.prisma.nudge.findMany({ where: { staffId: who.gerard } });
    expect(strategic.length).toBeGreaterThan(0);
    expect(strategic.every((n) => n.level === 'strategisch')).toBe(true);
    expect(gerard.some((t) => t.includes('het al even stil'))).toBe(true);
    const march = h.platform.to(`person:${who.marieke}`).filter((d) => d.text.startsWith('RRO-AGENDA TRANSFERPUNT — WEEK 9')).at(-1)!.text;
    expect(march).toContain(`Youssef (${partnerName}): Ontslag naar huis sneller geregeld — behaald 🎉`);

    const share = formOf(await act(who.youssef, 'plan.share_success', goal.id));
    expect(share.formId).toBe('success.share');
    expect(share.inputs.find((i) => i.id === 'story')?.initial).toContain('Ontslag naar huis sneller geregeld');
    expect(share.inputs.find((i) => i.id === 'partners')?.initial).toEqual([partnerId]);
  });
});
