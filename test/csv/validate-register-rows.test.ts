import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatImportIssue } from '../../src/csv/import-issue.ts';
import { formatImportReport } from '../../src/csv/import-report.ts';
import { readRegisterCsv } from '../../src/csv/read-register-csv.ts';
import { readAssignmentKind, readLevel, readRole } from '../../src/csv/register-words.ts';
import { validateRegisterRows } from '../../src/csv/validate-register-rows.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/csv/${name}`, import.meta.url));

describe('validateRegisterRows', () => {
  it('turns sociale-kaart rows into partner records with aliases split on | and ;', () => {
    const { rows, issues } = validateRegisterRows(readRegisterCsv(fixture('sociale-kaart.partners.csv'), 'partners'), 'partners');
    expect(issues).toEqual([]);
    expect(rows[0]).toEqual({
      row: 2,
      record: { name: 'Zorggroep Noorderkwartier', category: 'VVT', sector: 'VVT', region: 'Alkmaar', aliases: ['ZGNK', 'Noorderkwartier'], externalId: '06010001' },
    });
    expect(rows[2]!.record).toMatchObject({ externalId: '01030003', aliases: [] });
    expect(rows[3]!.record).toMatchObject({ externalId: null, aliases: ['Wijkteam Noord', 'SWT Noord'] });
  });

  it('leaves fields of absent columns undefined so an import does not clear them', () => {
    const { rows } = validateRegisterRows(readRegisterCsv('naam;plaats\nA;Alkmaar\nB;\n', 'partners'), 'partners');
    expect(rows.map((r) => r.record)).toEqual([{ name: 'A', region: 'Alkmaar' }, { name: 'B', region: null }]);
  });

  it('names both rows of a duplicate partner (same name ignoring case/accents, or same extern id)', () => {
    const { issues } = validateRegisterRows(readRegisterCsv(fixture('partners.duplicates.csv'), 'partners'), 'partners');
    expect(issues.map(formatImportIssue)).toEqual([
      "Rij 4, kolom 'naam': dubbel: partner 'ZORGGROEP NOÖRDERKWARTIER' staat ook in rij 2. Voeg de rijen samen of verwijder er één.",
      "Rij 5, kolom 'extern id': dubbel: extern id 'A-2' staat ook in rij 3. Voeg de rijen samen of verwijder er één.",
    ]);
  });

  it('reports bad cells with row and column as headed in the file', () => {
    const csv = readRegisterCsv('Organisatie;Naam;Niveau;E-mailadres\nZGNK;;tact;x\nZGNK;Piet;bestuur;piet@zgnk.example\n', 'contacts');
    const { rows, issues } = validateRegisterRows(csv, 'contacts');
    expect(rows).toEqual([]);
    expect(issues.map(formatImportIssue)).toEqual([
      "Rij 2, kolom 'Naam': naam is leeg; vul een waarde in",
      "Rij 2, kolom 'E-mailadres': ongeldig e-mailadres; verwacht iets als naam@organisatie.nl",
      "Rij 3, kolom 'Niveau': onbekende waarde 'bestuur'; gebruik operationeel, tactisch of strategisch",
    ]);
  });

  it('needs an e-mail address or personeelsnummer for every staff row, and lowercases e-mail', () => {
    const csv = readRegisterCsv(fixture('staff.csv'), 'staff');
    expect(validateRegisterRows(csv, 'staff').rows[1]!.record).toMatchObject({ email: 'mehmet.yilmaz@zorg.example', role: 'lead', teams: ['Wijkteam Alkmaar', 'RRO Noord'] });
    const bad = validateRegisterRows(readRegisterCsv('naam;rol\nAnon;medewerker\n', 'staff'), 'staff');
    expect(bad.issues).toEqual([{ row: 2, column: 'e-mail', message: expect.stringContaining('e-mailadres of personeelsnummer') }]);
  });
});

describe('register words', () => {
  it('reads the levels people type', () => {
    for (const w of ['operationeel', 'Operationeel niveau', 'OP', 'operational', 'uitvoerend']) expect(readLevel(w)).toBe('operationeel');
    for (const w of ['tactisch', 'TACT', 'tactical level']) expect(readLevel(w)).toBe('tactisch');
    for (const w of ['strategisch', 'strat', 'Strategisch niveau']) expect(readLevel(w)).toBe('strategisch');
    for (const w of ['', 'o', 'bestuur', 'niveau']) expect(readLevel(w)).toBeUndefined();
  });

  it('reads roles and ownership in Dutch and English', () => {
    expect(['medewerker', 'staff', 'Teamleider', 'lead', 'Directie', 'manager', 'beheerder', 'Functioneel beheerder'].map(readRole)).toEqual(
      ['staff', 'staff', 'lead', 'lead', 'manager', 'manager', 'admin', 'admin'],
    );
    expect(['eigenaar', 'owner', 'Mede-eigenaar', 'co_owner', 'co-owner', 'baas'].map(readAssignmentKind)).toEqual(
      ['owner', 'owner', 'co_owner', 'co_owner', 'co_owner', undefined],
    );
  });
});

describe('formatImportReport', () => {
  it('prints counts for a clean run and every problem, sorted by row, for a rejected one', () => {
    const base = { kind: 'partners' as const, dryRun: true, written: false, counts: { created: 2, updated: 1, unchanged: 3 }, teamsCreated: 0, ignoredColumns: ['Website'] };
    expect(formatImportReport({ ...base, issues: [] })).toEqual([
      'Import partners (proefimport, niets opgeslagen): 2 nieuw, 1 bijgewerkt, 3 ongewijzigd.',
      "Genegeerde kolommen (onbekend): 'Website'.",
    ]);
    const rejected = formatImportReport({
      ...base,
      issues: [{ row: 7, column: 'rubriek', message: "onbekende rubriek 'VVTT'. Bekend: GGZ, VVT." }, { row: 3, message: 'x' }],
    });
    expect(rejected[0]).toBe('Import partners: 2 fouten gevonden.');
    expect(rejected.slice(1, 3)).toEqual(['Rij 3: x', "Rij 7, kolom 'rubriek': onbekende rubriek 'VVTT'. Bekend: GGZ, VVT."]);
    expect(rejected.at(-1)).toContain('niets opgeslagen');
  });
});
