// Monthly introductions on a manual clock: opt-in per team, the first working day of
// the month, a DM to both colleagues, never the same pair within a year, opt-out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNetworkFeature } from '../../../src/features/network/network-feature.ts';
import { INTRO_OPT_OUT_ACTION } from '../../../src/features/network/send-introductions.ts';
import { createBriefingStore } from '../../../src/store/briefing-query.ts';
import { createIntroductionStore } from '../../../src/store/introduction-store.ts';
import { createNetworkStore } from '../../../src/store/network-store.ts';
import { createBotHarness, type BotHarness } from '../../support/bot-harness.ts';
import { DAY, seedNetworkRegister } from './network-register.ts';

const NOW = new Date('2026-11-24T10:00:00Z');
const DEC_1_10H = new Date('2026-12-01T09:00:00Z'); // Tuesday 10:00 Amsterdam, first working day
const JAN_4_10H = new Date('2027-01-04T09:00:00Z'); // 1 January is a holiday, then a weekend
const FEB_1_10H = new Date('2027-02-01T09:00:00Z');

describe('monthly introductions', () => {
  let h: BotHarness;
  let r: Awaited<ReturnType<typeof seedNetworkRegister>>;
  let gijs: { id: string };

  beforeAll(async () => {
    h = await createBotHarness({
      now: NOW, empty: true,
      features: (deps, db) => [createNetworkFeature(createNetworkStore(db, () => deps.clock.now()), createBriefingStore(db.prisma), createIntroductionStore(db.prisma), deps)],
    });
    r = await seedNetworkRegister(h.db, NOW);
    const p = h.db.prisma;
    // Everyone joined long ago except Eva, who owns Careyn since last month.
    await p.staff.updateMany({ data: { createdAt: new Date(NOW.getTime() - 800 * DAY) } });
    await p.staff.update({ where: { id: r.eva.id }, data: { createdAt: new Date(NOW.getTime() - 30 * DAY) } });
    const geriatrie = await p.team.create({ data: { organisationId: r.org.id, name: 'Geriatrie' } });
    gijs = await p.staff.create({ data: { organisationId: r.org.id, name: 'Gijs Geriater', role: 'staff', createdAt: new Date(NOW.getTime() - 900 * DAY) } });
    await p.staffIdentity.create({ data: { staffId: gijs.id, platform: 'local', platformUserId: 'u-gijs' } });
    await p.teamMembership.create({ data: { teamId: geriatrie.id, staffId: gijs.id } });
    await p.assignment.create({ data: { staffId: gijs.id, partnerId: r.careyn.id, level: 'tactisch' } });
    await h.scheduler.reload();
  });
  afterAll(async () => h?.close());

  it('sends nothing while the team has not opted in', async () => {
    await h.advanceTo(DEC_1_10H);
    expect(h.platform.to(`person:${r.eva.id}`)).toHaveLength(0);
  });

  it('lets a lead switch it on, but not a staff member', async () => {
    const as = async (id: string, text: string) => h.send({ type: 'command', envelope: await h.envelopeOf(id), text });
    const refused = await as(r.bram.id, 'kennismaken aan');
    expect(refused[0]?.type === 'ephemeral' && refused[0].message.text).toContain('teamleider');
    const ok = await as(r.lead.id, 'kennismaken aan');
    expect(ok[0]?.type === 'ephemeral' && ok[0].message.text).toContain('Team Transfer doet mee');
  });

  it('introduces the newer colleague to the colleague outside the team who knows her partner, both by DM, once', async () => {
    await h.advanceTo(JAN_4_10H);
    const toEva = h.platform.to(`person:${r.eva.id}`);
    const toGijs = h.platform.to(`person:${gijs.id}`);
    expect(toEva).toHaveLength(1);
    expect(toEva[0]!.text).toContain('MAAK KENNIS MET GIJS GERIATER');
    expect(toEva[0]!.text).toContain('@Gijs Geriater kent Careyn Thuiszorg op tactisch niveau');
    expect(toGijs).toHaveLength(1);
    expect(toGijs[0]!.text).toContain('@Eva Visser werkt sinds kort met Careyn Thuiszorg');
    expect(await h.db.prisma.introduction.count()).toBe(1);
  });

  it('never introduces the same pair again within a year', async () => {
    await h.advanceTo(FEB_1_10H);
    expect(h.platform.to(`person:${r.eva.id}`)).toHaveLength(1);
    expect(await h.db.prisma.introduction.count()).toBe(1);
  });

  it('a person opts out with the button under the introduction', async () => {
    const replies = await h.send({ type: 'action', envelope: await h.envelopeOf(gijs.id), actionId: INTRO_OPT_OUT_ACTION, value: '' });
    expect(replies[0]?.type === 'ephemeral' && replies[0].message.text).toContain('geen kennismakingen meer');
    expect((await h.db.prisma.staff.findUniqueOrThrow({ where: { id: gijs.id } })).introductionsOptOut).toBe(true);
  });
});
