import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/core/outbound.ts';
import { renderPlainText } from '../../../src/core/plain-text.ts';
import { createNetworkFeature } from '../../../src/features/network/network-feature.ts';
import { PROFILE_FORM_ID } from '../../../src/features/network/profile-form.ts';
import { createCommandsFeature } from '../../../src/features/commands/commands-feature.ts';
import { createContactLogFeature } from '../../../src/features/contact-log/contact-log-feature.ts';
import { createNudgeStore } from '../../../src/store/nudge-store.ts';
import { createAgendaFeature } from '../../../src/features/agenda/agenda-feature.ts';
import { createAgendaStore } from '../../../src/store/agenda-store.ts';
import { createIntroductionStore } from '../../../src/store/introduction-store.ts';
import { createBriefingStore } from '../../../src/store/briefing-query.ts';
import { createNetworkStore } from '../../../src/store/network-store.ts';
import { createBotHarness, type BotHarness } from '../../support/bot-harness.ts';
import { seedNetworkRegister } from './network-register.ts';

const NOW = new Date('2026-11-24T10:00:00Z');
const text = (replies: Reply[]) => replies.map((r) => (r.type === 'ephemeral' ? renderPlainText(r.message) : '')).join('\n');

describe('partner briefing, profiles and coverage per level', () => {
  let h: BotHarness;
  let r: Awaited<ReturnType<typeof seedNetworkRegister>>;
  const ask = async (staffId: string, t: string) => h.send({ type: 'command', envelope: await h.envelopeOf(staffId), text: t });
  const submit = async (staffId: string, values: Record<string, string>, context: string) =>
    h.send({ type: 'form_submitted', envelope: await h.envelopeOf(staffId), formId: PROFILE_FORM_ID, values, context });

  beforeAll(async () => {
    h = await createBotHarness({
      now: NOW, empty: true,
      features: (deps, db) => {
        const network = createNetworkStore(db, () => deps.clock.now());
        return [
          createNetworkFeature(network, createBriefingStore(db.prisma), createIntroductionStore(db.prisma), deps, {
            planGoalsOf: async (partnerId) => (partnerId === r.maxima.id ? [{ result: '10% minder heropnames', staffName: 'Noor Smit', achieved: false }] : []),
          }),
          createAgendaFeature({ ...createAgendaStore(db.prisma), listCoverageGaps: network.listCoverageGaps }, deps),
          createCommandsFeature(),
          createContactLogFeature(createNudgeStore(db.prisma)),
        ];
      },
    });
    r = await seedNetworkRegister(h.db, NOW);
  });
  afterAll(async () => h?.close());

  it('briefs on a partner: owners and last contact per level, the missing needed level, contact persons, commitments, plan goals', async () => {
    const out = text(await ask(r.lead.id, 'partner maxima'));
    expect(out).toContain('MÁXIMA MEDISCH CENTRUM');
    expect(out).toContain('operationeel: @Noor Smit — laatste contact 200 dagen geleden door Noor Smit');
    expect(out).toContain('tactisch: @Lotte Leider — laatste contact 5 dagen geleden door Lotte Leider');
    expect(out).toContain('strategisch: ⚠️ niemand (dit niveau is nodig) — nog geen contact');
    expect(out).toContain('Dr. Anna de Wit (bestuurder)');
    expect(out).toContain('anna@mmc.test');
    expect(out).toContain('Afspraak over ontslagbrieven maken — Lotte Leider');
    expect(out).toContain('🎯 10% minder heropnames — Noor Smit');
    // Staff who do not know the partner get no contact details of its people.
    expect(text(await ask(r.asker.id, 'partner maxima'))).not.toContain('anna@mmc.test');
  });

  it('logs a contact from the briefing with one of the partner\'s contact persons, at that person\'s level', async () => {
    const [briefing] = await ask(r.noor.id, 'partner maxima');
    if (briefing?.type !== 'ephemeral') throw new Error('expected the briefing');
    const actions = briefing.message.blocks.find((b) => b.type === 'actions');
    const button = actions?.type === 'actions' ? actions.elements[0] : undefined;
    if (button?.type !== 'button') throw new Error('expected the log button');
    const [open] = await h.send({ type: 'action', envelope: await h.envelopeOf(r.noor.id), actionId: button.actionId, value: button.value, trigger: 'trigger-1' });
    if (open?.type !== 'open_form') throw new Error('expected the contact-log form');
    const person = open.form.inputs.find((i) => i.id === 'person');
    expect(person?.options?.map((o) => o.label)).toEqual(['Dr. Anna de Wit (strategisch)']);
    const anna = person!.options![0]!.value;
    const values = { partner: r.maxima.id, date: '', how: 'meeting', level: 'operationeel', note: '', person: anna };
    const other = await h.send({ type: 'form_submitted', envelope: await h.envelopeOf(r.noor.id), formId: open.form.formId, values: { ...values, partner: r.careyn.id }, context: open.form.context });
    expect(other[0]?.type).toBe('form_errors');
    await h.send({ type: 'form_submitted', envelope: await h.envelopeOf(r.noor.id), formId: open.form.formId, values, context: open.form.context });
    const moment = await h.db.prisma.contactMoment.findFirstOrThrow({ where: { partnerId: r.maxima.id, staffId: r.noor.id }, orderBy: { createdAt: 'desc' } });
    expect(moment.level).toBe('strategisch');
  });

  it('asks back when a name fits several partners, and briefs on the one picked', async () => {
    const [reply] = await ask(r.asker.id, 'partner ggd');
    if (reply?.type !== 'ephemeral') throw new Error('expected ephemeral');
    expect(reply.message.text).toBe('Bedoel je GGD Noord of GGD Zuid?');
    const actions = reply.message.blocks.find((b) => b.type === 'actions');
    if (actions?.type !== 'actions') throw new Error('expected buttons');
    const zuid = actions.elements.find((e) => e.type === 'button' && e.label === 'GGD Zuid');
    if (zuid?.type !== 'button') throw new Error('expected a GGD Zuid button');
    const picked = await h.send({ type: 'action', envelope: await h.envelopeOf(r.asker.id), actionId: zuid.actionId, value: zuid.value });
    expect(text(picked)).toContain('operationeel: ⚠️ niemand (dit niveau is nodig)');
    expect(text(await ask(r.asker.id, 'partner ggd zuid'))).toContain('GGD ZUID');
    expect(text(await ask(r.asker.id, 'partner onbekendeorganisatie'))).toContain('Ik ken geen partner die lijkt op');
  });

  it('opens my profile form and saves it; the directory finds me by it', async () => {
    const [form] = await ask(r.asker.id, 'mijn profiel');
    if (form?.type !== 'open_form') throw new Error('expected a form');
    expect(form.form.inputs.map((i) => i.id)).toEqual(['expertise', 'about', 'works_also_for', 'phone']);
    const saved = await submit(r.asker.id, { expertise: 'dementie, Dementie, valpreventie', about: 'Bel me over casemanagement', works_also_for: 'Alzheimer Nederland', phone: '+31 6 1234 5678' }, form.form.context);
    expect(text(saved)).toContain('Je profiel is bijgewerkt');
    const row = await h.db.prisma.staff.findUniqueOrThrow({ where: { id: r.asker.id } });
    expect(row.expertise).toEqual(['dementie', 'valpreventie']);
    expect(row.worksAlsoFor).toEqual(['Alzheimer Nederland']);
    expect(text(await ask(r.eva.id, 'wie casemanagement'))).toContain('Sam Vragensteller');
    expect(text(await ask(r.eva.id, 'wie casemanagement'))).toContain('Bel me over casemanagement');
    expect(text(await ask(r.eva.id, 'wie alzheimer'))).toContain('+31 6 1234 5678');
  });

  it('refuses a BSN in the profile text (dispatcher guard) and a bad phone number, saving nothing', async () => {
    const [form] = await ask(r.eva.id, 'mijn profiel');
    if (form?.type !== 'open_form') throw new Error('expected a form');
    const bsn = await submit(r.eva.id, { expertise: 'pleegzorg', about: 'cliënt 123456782 belt vaak', works_also_for: '', phone: '' }, form.form.context);
    expect(bsn[0]?.type).toBe('form_errors');
    if (bsn[0]?.type === 'form_errors') expect(Object.keys(bsn[0].errors)).toEqual(['about']);
    const phone = await submit(r.eva.id, { expertise: 'pleegzorg', about: '', works_also_for: '', phone: 'bel me' }, form.form.context);
    expect(phone[0]).toEqual({ type: 'form_errors', errors: { phone: expect.stringContaining('telefoonnummer') } });
    const row = await h.db.prisma.staff.findUniqueOrThrow({ where: { id: r.eva.id } });
    expect(row.about).toBeNull();
    expect(row.phone).toBe('010-1234567');
  });

  it('lets a lead edit a team member\'s profile, but not a colleague someone else\'s', async () => {
    const [form] = await ask(r.lead.id, 'profiel bram');
    if (form?.type !== 'open_form') throw new Error('expected a form');
    expect(form.form.inputs[0]?.label).toBe('Expertise van Bram Bakker');
    expect(text(await submit(r.lead.id, { expertise: 'pleegzorg, netwerkpleegzorg', about: '', works_also_for: '', phone: '' }, form.form.context))).toContain('Het profiel van Bram Bakker is bijgewerkt.');
    expect(text(await submit(r.eva.id, { expertise: 'gehackt', about: '', works_also_for: '', phone: '' }, form.form.context))).toContain('Je kunt alleen je eigen profiel wijzigen');
    expect((await h.db.prisma.staff.findUniqueOrThrow({ where: { id: r.bram.id } })).expertise).toEqual(['pleegzorg', 'netwerkpleegzorg']);
    expect(text(await ask(r.eva.id, 'profiel bram'))).toContain('Ik vond niemand in jouw teams');
  });

  it('lists partners with no owner at a level their rubriek needs, for the organisation and for a team', async () => {
    const store = createNetworkStore(h.db, () => NOW);
    expect(await store.listCoverageGaps(r.org.id, null)).toEqual([
      { partnerId: r.maxima.id, partnerName: 'Máxima Medisch Centrum', categoryName: 'A', missing: ['strategisch'] },
      { partnerId: r.ggdZuid.id, partnerName: 'GGD Zuid', categoryName: 'B', missing: ['operationeel'] },
    ]);
    expect((await store.listCoverageGaps(r.org.id, [r.noor.id, r.bram.id])).map((g) => g.partnerName)).toEqual(['Máxima Medisch Centrum']);
    expect(await store.countCoverageGaps(r.org.id, null)).toEqual({ total: 2, perLevel: { operationeel: 1, tactisch: 0, strategisch: 1 } });
    expect(await store.countCoverageGaps(r.org.id, [r.noor.id])).toEqual({ total: 1, perLevel: { operationeel: 0, tactisch: 0, strategisch: 1 } });
    expect(await store.listCoverageGaps(r.org.id, null, 1)).toHaveLength(1);
  });

  it('shows the team\'s coverage gaps in the lead\'s agenda', async () => {
    const out = text(await ask(r.lead.id, 'overleg'));
    expect(out).toContain('Dekking per niveau — 1 partner mist een eigenaar');
    expect(out).toContain('🔴 Máxima Medisch Centrum (A): geen eigenaar op strategisch');
    expect(out).not.toContain('GGD Zuid');
  });
});
