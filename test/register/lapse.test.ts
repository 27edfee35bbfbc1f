import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerLapseCommand } from '../../src/cli/lapse-command.ts';
import { parseEnv } from '../../src/config/env.ts';
import { statusFor } from '../../src/domain/contact-status.ts';
import { listLapsedPerPerson } from '../../src/register/list-lapsed-per-person.ts';
import { listMyPartners, type AssignmentStatus } from '../../src/register/list-my-partners.ts';
import type { Database } from '../../src/store/database.ts';
import { createLapseQuery } from '../../src/store/lapse-query.ts';
import type { SqlSession } from '../../src/store/sql-session.ts';
import { openTestDatabase, testDbKinds } from '../support/test-database.ts';

// 00:30 on Monday 23 November 2026 in Amsterdam (CET) — still the 22nd in UTC, so
// every day count below is wrong if the query counts UTC dates.
const NOW = new Date('2026-11-22T23:30:00Z');
const TZ = 'Europe/Amsterdam';

type Level = 'operationeel' | 'tactisch' | 'strategisch';

async function buildRegister(db: Database) {
  const p = db.prisma;
  const org = await p.organisation.create({ data: { name: 'Zorggroep Test' } });
  const other = await p.organisation.create({ data: { name: 'Andere organisatie', externalId: 'x' } });
  const ziekenhuis = await p.category.create({ data: { organisationId: org.id, name: 'Ziekenhuis', idealIntervalDays: 30, maxIntervalDays: 60 } });
  const gemeenteCat = await p.category.create({ data: { organisationId: org.id, name: 'Gemeente', idealIntervalDays: 90, maxIntervalDays: 180 } });
  const partner = (name: string, categoryId: string | null, archivedAt: Date | null = null) =>
    p.partner.create({ data: { organisationId: org.id, name, categoryId, archivedAt } });
  const baken = await partner('Zorggroep Het Baken', ziekenhuis.id);
  const gemeente = await partner('Gemeente Utrecht', gemeenteCat.id);
  const linde = await partner('Huisartsenpraktijk De Linde', null);
  const noord = await partner('Wijkteam Noord', ziekenhuis.id);
  const oud = await partner('Thuiszorg Oud', ziekenhuis.id, new Date('2026-01-01T00:00:00Z'));

  const moment = (partnerId: string, level: Level, occurredAt: string) =>
    p.contactMoment.create({ data: { partnerId, level, occurredAt: new Date(occurredAt), source: 'import' } });
  await moment(baken.id, 'operationeel', '2026-11-22T22:30:00Z'); // 23:30 local, just before midnight → 1 day
  await moment(baken.id, 'operationeel', '2026-10-01T10:00:00Z'); // older, must not win
  await moment(baken.id, 'strategisch', '2026-09-10T08:00:00Z'); // 74 days
  await moment(baken.id, 'tactisch', '2026-10-24T22:30:00Z'); // 00:30 CEST on 25 Oct, DST ends that night → 29 days
  await moment(gemeente.id, 'tactisch', '2026-07-01T10:00:00Z'); // 145 days
  await moment(gemeente.id, 'operationeel', '2026-11-01T09:00:00Z'); // 22 days
  await moment(linde.id, 'operationeel', '2026-09-01T12:00:00Z'); // 83 days
  await moment(linde.id, 'tactisch', '2026-08-20T12:00:00Z'); // 95 days
  await moment(oud.id, 'operationeel', '2025-01-01T12:00:00Z');

  const zorg = await p.team.create({ data: { organisationId: org.id, name: 'Zorg' } });
  const wijk = await p.team.create({ data: { organisationId: org.id, name: 'Wijk' } });
  const staff = async (name: string, teamId: string, awayUntil: Date | null = null) => {
    const s = await p.staff.create({ data: { organisationId: org.id, name, email: `${name.split(' ')[0]!.toLowerCase()}@test.nl`, awayUntil } });
    await p.teamMembership.create({ data: { teamId, staffId: s.id } });
    return s;
  };
  const sanne = await staff('Sanne de Vries', zorg.id);
  const ahmed = await staff('Ahmed Yilmaz', zorg.id, new Date('2026-11-23')); // away through today
  const bram = await staff('Bram Jansen', wijk.id, new Date('2026-11-22')); // back since today
  const assign = (staffId: string, partnerId: string, level: Level, kind: 'owner' | 'co_owner' = 'owner') =>
    p.assignment.create({ data: { staffId, partnerId, level, kind } });
  await assign(sanne.id, baken.id, 'strategisch');
  await assign(sanne.id, gemeente.id, 'tactisch');
  await assign(sanne.id, noord.id, 'operationeel');
  await assign(sanne.id, linde.id, 'operationeel', 'co_owner');
  await assign(sanne.id, oud.id, 'operationeel');
  await assign(ahmed.id, linde.id, 'tactisch');
  await assign(ahmed.id, baken.id, 'operationeel');
  await assign(bram.id, baken.id, 'tactisch');
  await assign(bram.id, gemeente.id, 'operationeel');
  await assign(bram.id, linde.id, 'tactisch');

  // A second organisation with a lapsed partner that must never leak in.
  const stranger = await p.staff.create({ data: { organisationId: other.id, name: 'Buiten Staander' } });
  const far = await p.partner.create({ data: { organisationId: other.id, name: 'Ver Weg' } });
  await assign(stranger.id, far.id, 'operationeel');
  return { org, zorg, wijk, sanne, ahmed, bram, baken, gemeente, linde, noord };
}

const brief = (r: AssignmentStatus) => [r.partnerName, r.level, r.status, r.daysSince];

describe.each(testDbKinds())('lapse query and use-cases (%s)', (kind) => {
  let db: Database;
  let reg: Awaited<ReturnType<typeof buildRegister>>;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    reg = await buildRegister(db);
  });
  afterAll(async () => db?.close());

  it('judges each assignment on the last contact at its own level, in local calendar days', async () => {
    const rows = await listMyPartners(createLapseQuery(db), { organisationId: reg.org.id, staffId: reg.sanne.id, now: NOW, timeZone: TZ });
    expect(rows.map(brief)).toEqual([
      ['Zorggroep Het Baken', 'strategisch', 'red', 74],
      ['Gemeente Utrecht', 'tactisch', 'yellow', 145],
      ['Huisartsenpraktijk De Linde', 'operationeel', 'yellow', 83], // no rubriek: 42/90
      ['Wijkteam Noord', 'operationeel', 'grey', null],
    ]);
    const [baken, , linde, noord] = rows;
    // A nurse's call yesterday evening does not keep the director's relation warm…
    expect(baken!.lastContactAtLevel).toEqual(new Date('2026-09-10T08:00:00Z'));
    // …but the overall last contact is still reported.
    expect(baken!.lastContactAt).toEqual(new Date('2026-11-22T22:30:00Z'));
    expect(baken).toMatchObject({ categoryName: 'Ziekenhuis', idealIntervalDays: 30, maxIntervalDays: 60, kind: 'owner', staffName: 'Sanne de Vries' });
    expect(linde).toMatchObject({ categoryName: null, idealIntervalDays: 42, maxIntervalDays: 90, kind: 'co_owner' });
    expect(noord).toMatchObject({ lastContactAt: null, lastContactAtLevel: null });
  });

  it('counts a contact just before local midnight as yesterday, and days across the DST change', async () => {
    const rows = await listMyPartners(createLapseQuery(db), { organisationId: reg.org.id, staffId: reg.bram.id, now: NOW, timeZone: TZ });
    expect(rows.map(brief)).toEqual([
      ['Huisartsenpraktijk De Linde', 'tactisch', 'red', 95],
      ['Zorggroep Het Baken', 'tactisch', 'green', 29],
      ['Gemeente Utrecht', 'operationeel', 'green', 22],
    ]);
    const ahmed = await listMyPartners(createLapseQuery(db), { organisationId: reg.org.id, staffId: reg.ahmed.id, now: NOW, timeZone: TZ });
    // Away staff still see their partners.
    expect(ahmed.map(brief)).toEqual([
      ['Huisartsenpraktijk De Linde', 'tactisch', 'red', 95],
      ['Zorggroep Het Baken', 'operationeel', 'green', 1],
    ]);
    // In UTC it is still the 22nd: the same contact is 0 days old there.
    const utc = await listMyPartners(createLapseQuery(db), { organisationId: reg.org.id, staffId: reg.ahmed.id, now: NOW, timeZone: 'UTC' });
    expect(utc.find((r) => r.level === 'operationeel')!.daysSince).toBe(0);
  });

  it('agrees with the domain rule statusFor on every row', async () => {
    const rows = await createLapseQuery(db).assignmentStatuses({ organisationId: reg.org.id, now: NOW, timeZone: TZ });
    expect(rows).toHaveLength(9); // 10 assignments minus the archived partner
    for (const r of rows) {
      const rule = { idealIntervalDays: r.idealIntervalDays, maxIntervalDays: r.maxIntervalDays };
      expect({ status: r.status, daysSince: r.daysSince }).toEqual(statusFor(r.lastContactAtLevel, rule, NOW, TZ));
    }
    expect(rows.some((r) => r.partnerName === 'Thuiszorg Oud' || r.partnerName === 'Ver Weg')).toBe(false);
  });

  it('lists lapsed partners per person, leaving out away staff unless asked', async () => {
    const query = createLapseQuery(db);
    const base = { organisationId: reg.org.id, now: NOW, timeZone: TZ };
    const people = await listLapsedPerPerson(query, base);
    expect(people.map((p) => [p.staffName, p.partners.map(brief)])).toEqual([
      ['Bram Jansen', [['Huisartsenpraktijk De Linde', 'tactisch', 'red', 95]]],
      ['Sanne de Vries', [
        ['Zorggroep Het Baken', 'strategisch', 'red', 74],
        ['Gemeente Utrecht', 'tactisch', 'yellow', 145],
        ['Huisartsenpraktijk De Linde', 'operationeel', 'yellow', 83],
      ]],
    ]);
    const withAway = await listLapsedPerPerson(query, { ...base, excludeAway: false });
    expect(withAway.map((p) => [p.staffName, p.partners.length])).toEqual([['Ahmed Yilmaz', 1], ['Bram Jansen', 1], ['Sanne de Vries', 3]]);
    const team = await listLapsedPerPerson(query, { ...base, teamId: reg.zorg.id });
    expect(team.map((p) => p.staffId)).toEqual([reg.sanne.id]);
    const teamWithAway = await listLapsedPerPerson(query, { ...base, teamId: reg.zorg.id, excludeAway: false });
    expect(teamWithAway.map((p) => p.staffId)).toEqual([reg.ahmed.id, reg.sanne.id]);
  });

  it('asks the database once, however many people there are', async () => {
    let statements = 0;
    const counting: SqlSession = {
      query: (sql, params) => ((statements += 1), db.session.query(sql, params)),
      exec: (script) => ((statements += 1), db.session.exec(script)),
    };
    const query = createLapseQuery({ session: counting });
    const base = { organisationId: reg.org.id, now: NOW, timeZone: TZ };
    const before = await listLapsedPerPerson(query, base);
    expect(statements).toBe(1);
    for (let i = 0; i < 25; i++) {
      const s = await db.prisma.staff.create({ data: { organisationId: reg.org.id, name: `Extra ${String(i).padStart(2, '0')}` } });
      await db.prisma.assignment.create({ data: { staffId: s.id, partnerId: reg.linde.id, level: 'tactisch' } });
    }
    statements = 0;
    const after = await listLapsedPerPerson(query, base);
    expect(statements).toBe(1);
    expect(after.length).toBe(before.length + 25);
    await db.prisma.staff.deleteMany({ where: { name: { startsWith: 'Extra ' } } });
  });

  async function runLapse(...args: string[]): Promise<string[]> {
    const out: string[] = [];
    const program = new Command('rro').exitOverride();
    registerLapseCommand(program, {
      config: parseEnv({}),
      openStore: async () => ({ ...db, close: async () => undefined }), // the suite owns the database
      out: (line) => out.push(line),
      err: (line) => out.push(line),
    });
    await program.parseAsync(['lapse', '--now', NOW.toISOString(), ...args], { from: 'user' });
    return out;
  }

  it('prints lapsed partners per person in Dutch via the CLI', async () => {
    expect(await runLapse('--org', 'zorggroep test')).toEqual([
      'Bram Jansen (1)',
      '  🔴 Huisartsenpraktijk De Linde — geen rubriek, tactisch, 95 dagen geleden (max 90)',
      'Sanne de Vries (3)',
      '  🔴 Zorggroep Het Baken — Ziekenhuis, strategisch, 74 dagen geleden (max 60)',
      '  🟡 Gemeente Utrecht — Gemeente, tactisch, 145 dagen geleden (ideaal 90)',
      '  🟡 Huisartsenpraktijk De Linde — geen rubriek, operationeel (mede-eigenaar), 83 dagen geleden (ideaal 42)',
    ]);
    expect(await runLapse('--org', 'Zorggroep Test', '--person', 'ahmed@test.nl', '--all')).toEqual([
      'Ahmed Yilmaz (2)',
      '  🔴 Huisartsenpraktijk De Linde — geen rubriek, tactisch, 95 dagen geleden (max 90)',
      '  🟢 Zorggroep Het Baken — Ziekenhuis, operationeel, gisteren (ideaal 30)',
    ]);
    const json = JSON.parse((await runLapse('--org', 'Zorggroep Test', '--team', 'zorg', '--all', '--json')).join('\n'));
    expect(json.map((p: { staffName: string; partners: unknown[] }) => [p.staffName, p.partners.length])).toEqual([['Ahmed Yilmaz', 2], ['Sanne de Vries', 4]]);
    expect(json[1].partners[3]).toMatchObject({ partnerName: 'Wijkteam Noord', status: 'grey', daysSince: null, lastContactAt: null });
  });

  it('explains in Dutch what to fix when the CLI cannot tell what is meant', async () => {
    await expect(runLapse()).rejects.toThrow('Er zijn meerdere organisaties (Andere organisatie, Zorggroep Test). Kies er één met --org');
    await expect(runLapse('--org', 'Zorggroep Test', '--team', 'Onbekend')).rejects.toThrow('Team "Onbekend" bestaat niet. Bekende teams: Wijk, Zorg.');
    await expect(runLapse('--org', 'Zorggroep Test', '--person', 'niemand@test.nl')).rejects.toThrow('geen medewerker met e-mailadres niemand@test.nl');
    await expect(runLapse('--org', 'Zorggroep Test', '--person', 'geen-adres')).rejects.toThrow('--person moet een e-mailadres zijn');
  });
});
