import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readRegisterCsv } from '../../src/csv/read-register-csv.ts';
import type { RegisterKind } from '../../src/csv/register-columns.ts';
import { validateRegisterRows, type RegisterBatch } from '../../src/csv/validate-register-rows.ts';
import { writeRegisterCsv } from '../../src/csv/write-register-csv.ts';
import type { Database } from '../../src/store/database.ts';
import { exportRegister } from '../../src/store/register-export.ts';
import { importRegister } from '../../src/store/register-import.ts';
import { openTestDatabase, testDbKinds } from '../support/test-database.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/csv/${name}`, import.meta.url));

/** Parses, validates and imports one file the way the CLI does. */
async function importFile(db: Database, organisationId: string, kind: RegisterKind, input: string | Uint8Array, dryRun = false) {
  const csv = readRegisterCsv(input, kind);
  const validated = validateRegisterRows(csv, kind);
  expect([...csv.issues, ...validated.issues]).toEqual([]);
  return importRegister(db, { organisationId, batch: { kind, rows: validated.rows } as RegisterBatch, dryRun, headerOf: csv.headerOf });
}

/** Register rows of one organisation, or of the whole database when none is given. */
async function countRegister(db: Database, organisationId?: string) {
  const p = db.prisma;
  const own = organisationId ? { organisationId } : {};
  const ofPartner = organisationId ? { partner: { organisationId } } : {};
  return {
    partners: await p.partner.count({ where: own }), contacts: await p.partnerContact.count({ where: ofPartner }),
    staff: await p.staff.count({ where: own }), teams: await p.team.count({ where: own }),
    memberships: await p.teamMembership.count({ where: organisationId ? { team: { organisationId } } : {} }),
    assignments: await p.assignment.count({ where: ofPartner }), audit: await p.auditEvent.count({ where: own }),
  };
}

describe.each(testDbKinds())('register import and export (%s)', (kind) => {
  let db: Database;
  let orgId: string;
  let tests = 0;

  // One database per kind, a new organisation per test: an import reads and writes only
  // its own organisation, and the counts below are per organisation — so a row landing
  // in, or read from, another test's organisation fails the test instead of hiding.
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await db?.close();
  });

  beforeEach(async () => {
    const org = await db.prisma.organisation.create({ data: { name: `Zorgorganisatie Kust ${++tests}`, externalId: `kust-${tests}` } });
    orgId = org.id;
    for (const [name, ideal] of [['VVT', 30], ['GGZ', 60], ['Huisartsen', 90], ['Gemeente', 90], ['Ziekenhuis', 45]] as const) {
      await db.prisma.category.create({ data: { organisationId: orgId, name, idealIntervalDays: ideal, maxIntervalDays: ideal * 2 } });
    }
  });

  async function importAllFixtures() {
    return {
      partners: await importFile(db, orgId, 'partners', fixture('sociale-kaart.partners.csv')),
      contacts: await importFile(db, orgId, 'contacts', fixture('contacts.csv')),
      staff: await importFile(db, orgId, 'staff', fixture('staff.csv')),
      assignments: await importFile(db, orgId, 'assignments', fixture('assignments.csv')),
    };
  }

  it('imports all four kinds, then a re-import changes nothing and duplicates nothing', async () => {
    const first = await importAllFixtures();
    expect(first.partners).toMatchObject({ written: true, counts: { created: 5, updated: 0, unchanged: 0 }, teamsCreated: 0, issues: [] });
    expect(first.contacts.counts).toEqual({ created: 4, updated: 0, unchanged: 0 });
    expect(first.staff).toMatchObject({ counts: { created: 3, updated: 0, unchanged: 0 }, teamsCreated: 2 });
    expect(first.assignments.counts).toEqual({ created: 4, updated: 0, unchanged: 0 });
    const after = await countRegister(db, orgId);
    expect(after).toEqual({ partners: 5, contacts: 4, staff: 3, teams: 2, memberships: 3, assignments: 4, audit: 4 });

    const thuis = await db.prisma.partner.findFirstOrThrow({ where: { organisationId: orgId, externalId: '06010004' }, include: { category: true, contacts: true } });
    expect(thuis).toMatchObject({ name: 'Stichting "Thuis" Zorg', category: { name: 'VVT' }, contacts: [{ name: 'Joke Smit', level: 'operationeel' }] });
    const fatima = await db.prisma.partnerContact.findFirstOrThrow({ where: { name: 'Fatima el Amrani', partner: { organisationId: orgId } }, include: { partner: true } });
    expect(fatima).toMatchObject({ level: 'strategisch', partner: { name: 'GGZ Noord-Holland-Noord' } }); // found by alias 'GGZ NHN'
    const coOwner = await db.prisma.assignment.findFirstOrThrow({ where: { kind: 'co_owner', partner: { organisationId: orgId } }, include: { staff: true } });
    expect(coOwner.staff.externalId).toBe('P100');
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { organisationId: orgId, action: 'import.partners' } });
    expect(audit.details).toMatchObject({ created: 5, updated: 0, unchanged: 0, rows: 5 });

    const second = await importAllFixtures();
    expect(second.partners.counts).toEqual({ created: 0, updated: 0, unchanged: 5 });
    expect(second.contacts.counts).toEqual({ created: 0, updated: 0, unchanged: 4 });
    expect(second.staff).toMatchObject({ counts: { created: 0, updated: 0, unchanged: 3 }, teamsCreated: 0 });
    expect(second.assignments.counts).toEqual({ created: 0, updated: 0, unchanged: 4 });
    expect(await countRegister(db, orgId)).toEqual({ ...after, audit: 8 });
  });

  it('updates on re-import by extern id, even when the name changed', async () => {
    await importFile(db, orgId, 'partners', fixture('sociale-kaart.partners.csv'));
    const result = await importFile(db, orgId, 'partners', 'naam;agb;plaats\nZorggroep Noorderkwartier Kust;06010001;Den Helder\nGGZ Noord-Holland-Noord;;Heerhugowaard\n');
    expect(result.counts).toEqual({ created: 0, updated: 1, unchanged: 1 });
    const renamed = await db.prisma.partner.findFirstOrThrow({ where: { organisationId: orgId, externalId: '06010001' }, include: { category: true } });
    // Columns absent from the file (rubriek, aliassen) are left as they were.
    expect(renamed).toMatchObject({ name: 'Zorggroep Noorderkwartier Kust', region: 'Den Helder', category: { name: 'VVT' }, aliases: ['ZGNK', 'Noorderkwartier'] });
    expect(await db.prisma.partner.count({ where: { organisationId: orgId } })).toBe(5);
  });

  it('writes nothing when one row names an unknown rubriek, and lists the known ones', async () => {
    await importFile(db, orgId, 'partners', fixture('sociale-kaart.partners.csv'));
    const before = await countRegister(db);
    const csv = readRegisterCsv(fixture('partners.unknown-category.csv'), 'partners');
    const { rows } = validateRegisterRows(csv, 'partners');
    const result = await importRegister(db, { organisationId: orgId, batch: { kind: 'partners', rows }, dryRun: false, headerOf: csv.headerOf });
    expect(result.written).toBe(false);
    expect(result.issues).toEqual([
      { row: 5, column: 'rubriek', message: "onbekende rubriek 'VVTT'. Bekend: GGZ, Gemeente, Huisartsen, VVT, Ziekenhuis. Maak hem aan of kies een bestaande in de importwizard (dashboard → Beheer → Import)." },
    ]);
    expect(await countRegister(db)).toEqual(before);
    // The rows before the bad one were new (and region changes) but were rolled back too.
    expect(await db.prisma.partner.findFirst({ where: { organisationId: orgId, name: 'Huisartsenpraktijk De Brug' } })).toBeNull();
  });

  it('writes nothing when an assignment names an unknown partner or person', async () => {
    await importAllFixtures();
    const before = await countRegister(db);
    const csv = readRegisterCsv('medewerker;partner;niveau\nria@zorg.example;Zorggroep Noorderkwartier;strategisch\nonbekend@zorg.example;Nergens BV;tactisch\n', 'assignments');
    const { rows } = validateRegisterRows(csv, 'assignments');
    const result = await importRegister(db, { organisationId: orgId, batch: { kind: 'assignments', rows }, dryRun: false, headerOf: csv.headerOf });
    expect(result.issues.map((i) => [i.row, i.column])).toEqual([[3, 'medewerker'], [3, 'partner']]);
    expect(result.issues[1]!.message).toContain("onbekende partner 'Nergens BV'");
    expect(await countRegister(db)).toEqual(before);
  });

  it('a dry run reports what would happen and writes nothing', async () => {
    const before = await countRegister(db);
    const result = await importFile(db, orgId, 'staff', fixture('staff.csv'), true);
    expect(result).toMatchObject({ written: false, counts: { created: 3, updated: 0, unchanged: 0 }, teamsCreated: 2, issues: [] });
    expect(await countRegister(db)).toEqual(before);
  });

  it.each([';', ','] as const)('export → import is unchanged for every kind (separator %s)', async (separator) => {
    await importAllFixtures();
    const before = await countRegister(db, orgId);
    for (const k of ['partners', 'contacts', 'staff', 'assignments'] as const) {
      const records = await exportRegister(db, orgId, k);
      const text = writeRegisterCsv(k, records, { separator });
      expect(text.startsWith('\uFEFF')).toBe(true);
      const result = await importFile(db, orgId, k, Buffer.from(text, 'utf8'));
      expect(result.counts, k).toEqual({ created: 0, updated: 0, unchanged: records.length });
      expect(records.length, k).toBeGreaterThan(0);
    }
    expect((await countRegister(db, orgId)).partners).toBe(before.partners);
  });

  it('exports Dutch headers and words', async () => {
    await importAllFixtures();
    const staff = writeRegisterCsv('staff', await exportRegister(db, orgId, 'staff'), { bom: false });
    expect(staff.split('\r\n').slice(0, 3)).toEqual([
      'naam;e-mail;rol;teams;expertise;personeelsnummer',
      'Mehmet Yilmaz;mehmet.yilmaz@zorg.example;teamleider;RRO Noord | Wijkteam Alkmaar;;P101',
      'Ria de Boer;ria@zorg.example;manager;;;',
    ]);
    const assignments = writeRegisterCsv('assignments', await exportRegister(db, orgId, 'assignments'), { bom: false });
    expect(assignments.split('\r\n')[0]).toBe('medewerker (e-mail);partner;niveau;soort');
    expect(assignments).toContain('sanne.jansen@zorg.example;GGZ Noord-Holland-Noord;operationeel;mede-eigenaar');
  });
});
