// The daily nudges on the demo organisation, end to end: the real bot, scheduler,
// outbox worker and store on a manual clock, a recording stand-in platform.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboundOf } from '../../../src/core/inbound.ts';
import type { Reply } from '../../../src/core/outbound.ts';
import { createAgendaFeature } from '../../../src/features/agenda/agenda-feature.ts';
import { createContactLogFeature } from '../../../src/features/contact-log/contact-log-feature.ts';
import { createNudgeFeature } from '../../../src/features/nudge/nudge-feature.ts';
import { createAgendaStore } from '../../../src/store/agenda-store.ts';
import { createNudgeStore } from '../../../src/store/nudge-store.ts';
import { createBotHarness, type BotHarness } from '../../support/bot-harness.ts';

const START = new Date('2026-11-23T07:00:00Z'); // Monday 08:00 in Amsterdam, week 48
const at = (iso: string) => new Date(iso);

function harness(now: Date) {
  return createBotHarness({
    now,
    features: (deps, db) => [
      createContactLogFeature(createNudgeStore(db.prisma)),
      createNudgeFeature(createNudgeStore(db.prisma), deps),
      createAgendaFeature(createAgendaStore(db.prisma), deps),
    ],
  });
}

const nudgeDms = (h: BotHarness) => h.platform.sent.filter((s) => s.delivery.type === 'post' && s.delivery.message.blocks.some((b) => b.type === 'actions' && b.elements.some((e) => e.actionId === 'nudge.logged')));
const textOf = (replies: Reply[]) => replies.map((r) => (r.type === 'ephemeral' ? r.message.text : '')).join('\n');

describe('nudges on the demo organisation', () => {
  let h: BotHarness;
  let day1: Awaited<ReturnType<typeof nudgesOn>>;

  async function nudgesOn(from: Date, to: Date) {
    return h.db.prisma.nudge.findMany({
      where: { sentAt: { gte: from, lt: to } },
      include: { partner: true, staff: { include: { memberships: true } } },
    });
  }

  async function act(staffId: string, actionId: string, value: string, selected?: string[]): Promise<Reply[]> {
    const inbound: InboundOf<'action'> = { type: 'action', envelope: await h.envelopeOf(staffId), actionId, value, ...(selected ? { selected } : {}) };
    return h.send(inbound);
  }

  beforeAll(async () => {
    h = await harness(START);
  }, 60_000);
  afterAll(async () => h?.close());

  it('sends each lapsed person exactly one DM listing only yellow and red partners', async () => {
    const ran = await h.advanceTo(at('2026-11-23T09:05:00Z'));
    expect(ran.filter((k) => k.startsWith('nudge:'))).toHaveLength(3);
    const dms = nudgeDms(h);
    expect(dms.length).toBeGreaterThan(0);
    const recipients = dms.map((d) => d.to);
    expect(new Set(recipients).size).toBe(recipients.length);
    for (const dm of dms) {
      const lists = dm.delivery.type === 'post' ? dm.delivery.message.blocks.filter((b) => b.type === 'list') : [];
      for (const list of lists) for (const item of list.items) expect(['yellow', 'red']).toContain(item.status);
    }
    day1 = await nudgesOn(at('2026-11-23T09:00:00Z'), at('2026-11-23T10:00:00Z'));
    const dmd = day1.filter((n) => n.outcome === null);
    // Each DM'd partner is a lapsed assignment of that person right now, or of an away
    // colleague they cover for (co-owner, else the lead).
    const lapsed = await h.deps.ports.lapse.assignmentStatuses({
      organisationId: h.demo!.organisationId, now: h.clock.now(), timeZone: 'Europe/Amsterdam', onlyLapsed: true, excludeAway: false,
    });
    const awayIds = new Set((await h.db.prisma.staff.findMany({ where: { awayUntil: { gte: new Date('2026-11-23T00:00:00Z') } } })).map((s) => s.id));
    for (const n of dmd) expect(lapsed.some((r) => r.partnerId === n.partnerId && (r.staffId === n.staffId || awayIds.has(r.staffId)))).toBe(true);
    expect(new Set(dmd.map((n) => `person:${n.staffId}`))).toEqual(new Set(recipients));
    // The away colleague gets nothing.
    const away = await h.db.prisma.staff.findFirstOrThrow({ where: { name: 'Noor Willems' } });
    expect(h.platform.to(`person:${away.id}`)).toHaveLength(0);
  });

  it('refuses an action on someone else’s nudge and a malformed nudge id', async () => {
    const nudge = day1.find((n) => n.outcome === null)!;
    const other = await h.db.prisma.staff.findFirstOrThrow({ where: { id: { not: nudge.staffId }, role: 'staff', awayUntil: null } });
    expect(textOf(await act(other.id, 'nudge.snooze', '', [`${nudge.id}:7`]))).toContain('niet voor jou');
    expect(textOf(await act(nudge.staffId, 'nudge.not_mine', 'not-a-uuid'))).toContain('geldig seintje');
    const after = await h.db.prisma.nudge.findUniqueOrThrow({ where: { id: nudge.id } });
    expect(after.outcome).toBeNull();
  });

  let snoozed: (typeof day1)[number];
  let disowned: (typeof day1)[number];
  let logged: (typeof day1)[number];

  it('snoozes for two weeks, marks not-mine with a DM to the lead, and logs a contact from the nudge', async () => {
    const open = day1.filter((n) => n.outcome === null);
    snoozed = open[0]!;
    disowned = open.find((n) => n.staffId !== snoozed.staffId && !n.staff.memberships.some((m) => m.isLead))!;
    logged = open.find((n) => n !== snoozed && n !== disowned)!;
    expect(textOf(await act(snoozed.staffId, 'nudge.snooze', '', [`${snoozed.id}:14`]))).toContain(`ik laat ${snoozed.partner.name} tot 7 dec`);
    // The DM itself is updated: that partner's buttons give way to the outcome, the others stay.
    const updates = h.platform.sent.filter((r) => r.to.startsWith('update:nudge-dm:') && r.to.endsWith(`:${snoozed.staffId}`));
    expect(updates).toHaveLength(1);
    const blocks = updates[0]!.delivery.message.blocks;
    expect(blocks.filter((b) => b.type === 'context').map((b) => (b as { text: string }).text)).toContain('✓ Uitgesteld tot 7 dec');
    const stillLive = blocks.flatMap((b) => (b.type === 'actions' ? b.elements : [])).flatMap((e) => (e.type === 'button' ? [e.value] : []));
    expect(stillLive).not.toContain(snoozed.id);
    expect(new Set(stillLive).size).toBe(day1.filter((n) => n.staffId === snoozed.staffId && n.outcome === null).length - 1);

    const lead = await h.db.prisma.teamMembership.findFirstOrThrow({ where: { teamId: disowned.staff.memberships[0]!.teamId, isLead: true }, include: { staff: true } });
    expect(textOf(await act(disowned.staffId, 'nudge.not_mine', disowned.id))).toContain(lead.staff.name);
    const leadDms = h.platform.to(`person:${lead.staffId}`).filter((s) => s.text.includes('toewijzing'));
    expect(leadDms).toHaveLength(1);
    expect(leadDms[0]!.text).toContain(`${disowned.staff.name} geeft aan dat ${disowned.partner.name} niet (meer)`);

    const form = (await act(logged.staffId, 'nudge.logged', logged.id))[0]!;
    expect(form.type === 'open_form' && form.form.formId).toBe('contact.log');
    if (form.type !== 'open_form') return;
    expect(form.form.inputs.find((i) => i.id === 'partner')?.initial).toBe(logged.partnerId);
    const submit: InboundOf<'form_submitted'> = {
      type: 'form_submitted', envelope: await h.envelopeOf(logged.staffId), formId: 'contact.log', context: form.form.context,
      values: { partner: logged.partnerId, date: '2026-11-23', how: 'phone', level: logged.level, note: '' },
    };
    expect(textOf(await h.send(submit))).toBe(`Vastgelegd: contact met ${logged.partner.name} op 23 nov.`);
    const moment = await h.db.prisma.contactMoment.findFirstOrThrow({ where: { staffId: logged.staffId, partnerId: logged.partnerId }, orderBy: { createdAt: 'desc' } });
    expect(moment.source).toBe('nudge');
    const outcomes = await h.db.prisma.nudge.findMany({ where: { id: { in: [snoozed.id, disowned.id, logged.id] } } });
    expect(Object.fromEntries(outcomes.map((n) => [n.id, n.outcome]))).toEqual({ [snoozed.id]: 'snoozed', [disowned.id]: 'not_mine', [logged.id]: 'logged' });
  });

  it('answers contact-log mistakes inside the form: a future date, an unknown partner', async () => {
    const n = day1[0]!;
    const submit = async (values: Record<string, string>) => h.send({
      type: 'form_submitted', envelope: await h.envelopeOf(n.staffId), formId: 'contact.log', context: '',
      values: { partner: n.partnerId, date: '2026-11-23', how: 'visit', level: 'tactisch', ...values },
    });
    const future = await submit({ date: '2026-11-25' });
    expect(future[0]?.type === 'form_errors' && future[0].errors.date).toContain('in de toekomst');
    const unknown = await submit({ partner: '00000000-0000-4000-8000-000000000000' });
    expect(unknown[0]?.type === 'form_errors' && unknown[0].errors.partner).toContain('ken ik niet');
    const broken = await submit({ how: 'telepathie', level: '' });
    expect(broken[0]?.type === 'form_errors' && Object.keys(broken[0].errors).sort()).toEqual(['how', 'level']);
  });

  it('turns "ingepland" into a commitment with its date', async () => {
    const planned = day1.find((n) => n.outcome === null && ![snoozed.id, disowned.id, logged.id].includes(n.id))!;
    const form = (await act(planned.staffId, 'nudge.planned', planned.id))[0]!;
    expect(form.type === 'open_form' && form.form.formId).toBe('nudge.planned');
    const submit = (date: string): Promise<Reply[]> => h.envelopeOf(planned.staffId).then((envelope) => h.send({
      type: 'form_submitted', envelope, formId: 'nudge.planned', context: planned.id, values: { date },
    }));
    expect((await submit('2026-11-01'))[0]?.type).toBe('form_errors');
    await submit('2026-11-26');
    const commitment = await h.db.prisma.commitment.findFirstOrThrow({ where: { staffId: planned.staffId, partnerId: planned.partnerId }, orderBy: { createdAt: 'desc' } });
    expect(commitment.text).toBe(`Contact met ${planned.partner.name} gepland op 26 nov`);
    expect(commitment.dueDate?.toISOString().slice(0, 10)).toBe('2026-11-26');
    expect((await h.db.prisma.nudge.findUniqueOrThrow({ where: { id: planned.id } })).outcome).toBe('planned');
  });

  it('does not repeat a partner within seven days', async () => {
    const before = nudgeDms(h).length;
    await h.advanceTo(at('2026-11-24T09:05:00Z'));
    const day2 = await nudgesOn(at('2026-11-24T09:00:00Z'), at('2026-11-24T10:00:00Z'));
    const seen = new Set(day1.map((n) => `${n.staffId}/${n.partnerId}`));
    expect(day2.filter((n) => seen.has(`${n.staffId}/${n.partnerId}`))).toEqual([]);
    expect(nudgeDms(h).length - before).toBe(new Set(day2.filter((n) => n.outcome === null).map((n) => n.staffId)).size);
  });

  it('escalates a red partner on its second nudge instead of DMing it, and shows it in the lead’s agenda', async () => {
    const settled = new Set([snoozed.id, disowned.id, logged.id]);
    const ignoredRed = day1.filter((n) => n.outcome === null && !settled.has(n.id));
    await h.advanceTo(at('2026-11-30T09:05:00Z'));
    const day8 = await nudgesOn(at('2026-11-30T09:00:00Z'), at('2026-11-30T10:00:00Z'));
    const escalated = day8.filter((n) => n.outcome === 'escalated');
    expect(escalated.length).toBeGreaterThan(0);
    const redNow = await h.deps.ports.lapse.assignmentStatuses({
      organisationId: h.demo!.organisationId, now: h.clock.now(), timeZone: 'Europe/Amsterdam', onlyLapsed: true, excludeAway: true,
    });
    // Every ignored day-1 nudge about a partner that is red now is escalated…
    const stillRed = ignoredRed.filter((n) => redNow.some((r) => r.staffId === n.staffId && r.partnerId === n.partnerId && r.status === 'red'));
    expect(stillRed.length).toBeGreaterThan(0);
    for (const n of stillRed) {
      expect(escalated.some((e) => e.staffId === n.staffId && e.partnerId === n.partnerId)).toBe(true);
    }
    for (const e of escalated) {
      // …and every escalation follows an earlier nudge.
      expect(await h.db.prisma.nudge.count({ where: { staffId: e.staffId, partnerId: e.partnerId, sentAt: { lt: e.sentAt } } })).toBeGreaterThan(0);
      const dm = h.platform.sent.filter((s) => s.to === `person:${e.staffId}` && s.delivery.type === 'post').at(-1);
      if (dm && dm.delivery.type === 'post' && (await h.db.prisma.outbox.count({ where: { idempotencyKey: `nudge-dm:2026-11-30:${e.staffId}` } })) > 0) {
        expect(dm.text).not.toContain(e.partner.name);
      }
    }
    // Not-mine and snoozed partners stay quiet.
    expect(day8.some((n) => n.staffId === disowned.staffId && n.partnerId === disowned.partnerId)).toBe(false);
    expect(day8.some((n) => n.staffId === snoozed.staffId && n.partnerId === snoozed.partnerId)).toBe(false);

    const e = escalated[0]!;
    const lead = await h.db.prisma.teamMembership.findFirstOrThrow({ where: { teamId: e.staff.memberships[0]!.teamId, isLead: true } });
    const agenda = await h.send({ type: 'command', envelope: await h.envelopeOf(lead.staffId), text: 'overleg' });
    const message = agenda[0]?.type === 'ephemeral' ? agenda[0].message : null;
    const escalationList = message?.blocks.find((b, i) => b.type === 'list' && message.blocks[i - 1]?.type === 'section' && (message.blocks[i - 1] as { text: string }).text.includes('Escalatie'));
    expect(escalationList?.type === 'list' && escalationList.items.map((i) => i.text).join('\n')).toContain(e.partner.name);
  });

  it('nudges about a snoozed partner again once the two weeks are over', async () => {
    await h.advanceTo(at('2026-12-08T09:05:00Z'));
    const again = await h.db.prisma.nudge.findMany({ where: { staffId: snoozed.staffId, partnerId: snoozed.partnerId, sentAt: { gte: at('2026-12-08T00:00:00Z') } } });
    expect(again).toHaveLength(1);
  });

  it('a lead\'s own "niet (meer) mijn partner" goes to the reassign queue, not "Je team heeft geen teamleider"', async () => {
    const leadNudge = (await nudgesOn(START, at('2026-11-24T00:00:00Z'))).find((n) => n.outcome === null && n.staff.memberships.some((m) => m.isLead));
    if (!leadNudge) throw new Error('the demo gives a lead a nudge on day 1');
    // The only lead of their team(s): nobody to pass it on to.
    await h.db.prisma.teamMembership.updateMany({ where: { teamId: { in: leadNudge.staff.memberships.map((m) => m.teamId) }, staffId: { not: leadNudge.staffId } }, data: { isLead: false } });
    const text = textOf(await act(leadNudge.staffId, 'nudge.not_mine', leadNudge.id));
    expect(text).toContain('Het staat in de wachtrij om opnieuw toe te wijzen: dashboard → Beheer → Wachtrij (/dashboard/beheer/wachtrij)');
    expect(text).not.toContain('geen teamleider');
    expect((await h.db.prisma.nudge.findUniqueOrThrow({ where: { id: leadNudge.id } })).outcome).toBe('not_mine');
  });
});

describe('nudges on a public holiday', () => {
  it('sends none on Koningsdag and resumes the next working day', async () => {
    const h = await harness(new Date('2027-04-27T06:00:00Z'));
    try {
      const ran = await h.advanceTo(new Date('2027-04-27T09:30:00Z'));
      expect(ran.filter((k) => k.startsWith('nudge:'))).toEqual([]);
      expect(await h.db.prisma.nudge.count({ where: { sentAt: { gte: new Date('2027-04-27T00:00:00Z') } } })).toBe(0);
      const next = await h.advanceTo(new Date('2027-04-28T09:30:00Z'));
      expect(next.filter((k) => k.startsWith('nudge:')).sort()).toEqual(expect.arrayContaining([expect.stringMatching(/^nudge:.+:2027-04-28$/)]));
    } finally {
      await h.close();
    }
  }, 60_000);
});
