// The digest's figures against a seeded register, on PGlite (and PostgreSQL when
// TEST_DATABASE_URL is set): every number worked out by hand from the rows below.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeDigestFigures } from '../../../src/features/digest/digest-figures.ts';
import { createDigestStore } from '../../../src/store/digest-store.ts';
import type { Database } from '../../../src/store/database.ts';
import { openTestDatabase, testDbKinds } from '../../support/test-database.ts';

const at = (iso: string) => new Date(iso);

describe.each(testDbKinds())('digest figures on %s', (kind) => {
  let db: Database;
  let organisationId: string;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    const p = db.prisma;
    const org = await p.organisation.create({ data: { name: 'Ziekenhuis Cijfers', timezone: 'Europe/Amsterdam' } });
    organisationId = org.id;
    const created = at('2026-01-01T00:00:00Z');
    // Rubriek Kern: contact every 30 days at most, needed on the operational and tactical level.
    const kern = await p.category.create({ data: { organisationId, name: 'Kern', idealIntervalDays: 14, maxIntervalDays: 30, requiredLevels: ['operationeel', 'tactisch'] } });
    const partner = (name: string, extra: object = {}) => p.partner.create({ data: { organisationId, name, createdAt: created, ...extra } });
    const p1 = await partner('Partner Een', { categoryId: kern.id });
    const p2 = await partner('Partner Twee', { categoryId: kern.id });
    const p3 = await partner('Partner Drie'); // no rubriek: all three levels, at most 90 days
    const p4 = await partner('Partner Vier', { categoryId: kern.id, archivedAt: at('2026-11-10T10:00:00Z') });
    await partner('Partner Later', { categoryId: kern.id, createdAt: at('2026-12-01T10:00:00Z') }); // did not exist yet
    const staff = async (name: string, role: 'staff' | 'lead' | 'manager' = 'staff') => (await p.staff.create({ data: { organisationId, name, role } })).id;
    const [a, b, c, outsider] = [await staff('Anna'), await staff('Bram'), await staff('Cor', 'lead'), await staff('Dirk')];
    await p.contactMoment.createMany({ data: [
      { partnerId: p1.id, staffId: a, level: 'operationeel', occurredAt: at('2026-11-20T10:00:00Z') }, // Nov ✓ (10 d), Oct –
      { partnerId: p1.id, staffId: a, level: 'tactisch', occurredAt: at('2026-10-25T10:00:00Z') }, // Nov ✗ (36 d), Oct ✓ (6 d)
      { partnerId: p2.id, staffId: b, level: 'operationeel', occurredAt: at('2026-10-15T10:00:00Z') }, // Nov ✗ (46 d), Oct ✓
      { partnerId: p3.id, staffId: c, level: 'strategisch', occurredAt: at('2026-09-15T10:00:00Z') }, // Nov ✓ (76 ≤ 90), Oct ✓
      { partnerId: p3.id, staffId: c, level: 'operationeel', occurredAt: at('2026-12-01T10:00:00Z') }, // after the month
      { partnerId: p4.id, staffId: b, level: 'operationeel', occurredAt: at('2026-10-20T10:00:00Z') }, // Oct ✓; archived in Nov
    ] });
    // Check-in: a team of three; two rounds in November (4 of 6 answers), one in October.
    const team = await p.team.create({ data: { organisationId, name: 'Team Cijfers' } });
    await p.teamMembership.createMany({ data: [{ teamId: team.id, staffId: a }, { teamId: team.id, staffId: b }, { teamId: team.id, staffId: c, isLead: true }] });
    const round = (periodKey: string, opensAt: string) => p.checkInRound.create({ data: { teamId: team.id, periodKey, opensAt: at(opensAt) } });
    const r1 = await round('2026-W45', '2026-11-02T08:00:00Z');
    const r2 = await round('2026-W46', '2026-11-09T08:00:00Z');
    const r0 = await round('2026-W44', '2026-10-26T08:00:00Z');
    await p.checkInAnswer.createMany({ data: [
      { roundId: r1.id, staffId: a }, { roundId: r1.id, staffId: b }, { roundId: r1.id, staffId: c }, { roundId: r2.id, staffId: a },
      { roundId: r2.id, staffId: outsider }, // not a member: not asked, not counted
      { roundId: r0.id, staffId: a }, { roundId: r0.id, staffId: b },
    ] });
    // Commitments made in November: 2 done, 1 open, 1 dropped, 1 moved (counted in its new row).
    const commitment = (state: 'open' | 'done' | 'dropped' | 'moved', createdAt = '2026-11-03T10:00:00Z') =>
      ({ staffId: a, text: `afspraak ${state}`, state, createdAt: at(createdAt) });
    await p.commitment.createMany({ data: [commitment('done'), commitment('done'), commitment('open'), commitment('dropped'), commitment('moved'), commitment('done', '2026-10-20T10:00:00Z')] });
    // Plan goals 2026: behind (latest by November), on track, reached, none, and one whose only progress is December's.
    const plan = await p.plan.create({ data: { staffId: a, year: 2026 } });
    const goal = async (result: string, achieved = false) => (await p.planGoal.create({ data: { planId: plan.id, result, achieved } })).id;
    const [g1, g2] = [await goal('10% meer behoud'), await goal('Twee warme overdrachten per maand')];
    await goal('Wachttijd onder 2 weken', true);
    await goal('Gezamenlijk scholingsplan');
    const g5 = await goal('Eén loket voor verwijzers');
    await p.planGoalProgress.createMany({ data: [
      { goalId: g1, month: '2026-10', status: 'on_track' }, { goalId: g1, month: '2026-11', status: 'behind' },
      { goalId: g2, month: '2026-11', status: 'on_track' }, { goalId: g5, month: '2026-12', status: 'adjust' },
    ] });
    await p.success.create({ data: { organisationId, authorId: b, title: 'Warme overdracht geregeld', story: 'Samen met Partner Een.', createdAt: at('2026-11-12T10:00:00Z'), partners: { create: [{ partnerId: p1.id }] } } });
    await p.success.create({ data: { organisationId, authorId: b, title: 'Te laat voor november', story: '…', createdAt: at('2026-12-01T10:00:00Z') } });
  }, 120_000);
  afterAll(async () => db?.close());

  it('counts coverage per level at the month end and its change, participation, commitments, goals and successes', async () => {
    const f = await computeDigestFigures(createDigestStore(db.prisma), organisationId, '2026-11', 'Europe/Amsterdam', at('2026-12-01T08:00:00Z'));
    expect(f.coverage).toEqual([
      // Oct: P2 and P4 of four; Nov: P1 of three (P4 archived, "Partner Later" not there yet).
      { level: 'operationeel', part: 1, whole: 3, percent: 33, previousPercent: 50, change: -17 },
      { level: 'tactisch', part: 0, whole: 3, percent: 0, previousPercent: 25, change: -25 },
      { level: 'strategisch', part: 1, whole: 1, percent: 100, previousPercent: 100, change: 0 },
    ]);
    expect(f.participation).toEqual({ part: 4, whole: 6, percent: 67 });
    expect(f.commitments).toEqual({ part: 2, whole: 4, percent: 50 });
    expect(f.goals).toEqual({ onTrack: 1, reached: 1, behind: 1, adjust: 0, noProgress: 2, total: 5, onCourse: { part: 2, whole: 5, percent: 40 } });
    expect(f.collaborations).toEqual([]); // wired to the collaboration store at merge
    expect(f.successes.map((s) => s.title)).toEqual(['Warme overdracht geregeld']);
    expect(f.successes[0]!.partnerNames).toEqual(['Partner Een']);
  });

  it('measures the running month at now, not at its end', async () => {
    const f = await computeDigestFigures(createDigestStore(db.prisma), organisationId, '2026-11', 'Europe/Amsterdam', at('2026-11-15T08:00:00Z'));
    // On 15 November P1's operational contact (20 Nov) has not happened yet; P2's (15 Oct) is 31 days old.
    expect(f.coverage[0]).toMatchObject({ level: 'operationeel', part: 0, whole: 3 });
  });
});
