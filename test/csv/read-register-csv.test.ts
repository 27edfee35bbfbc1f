import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectSeparator, guessMapping, mapCsvTable, readCsvTable, readRegisterCsv } from '../../src/csv/read-register-csv.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/csv/${name}`, import.meta.url));

describe('readRegisterCsv', () => {
  it('reads a sociale-kaart export with ; and a BOM, mapping Dutch headers', () => {
    const csv = readRegisterCsv(fixture('sociale-kaart.partners.csv'), 'partners');
    expect(csv.issues).toEqual([]);
    expect(csv.separator).toBe(';');
    expect(csv.headerOf).toEqual({
      name: 'Organisatie',
      sector: 'Type organisatie',
      region: 'Gemeente',
      category: 'Rubriek',
      externalId: 'AGB-code',
      aliases: 'Ook bekend als',
    });
    expect(csv.ignoredColumns).toEqual(['Website']);
    expect(csv.rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6]);
    expect(csv.rows[0]!.cells).toEqual({
      name: 'Zorggroep Noorderkwartier', sector: 'VVT', region: 'Alkmaar', category: 'VVT', externalId: '06010001', aliases: 'ZGNK|Noorderkwartier',
    });
    expect(csv.rows[2]!.cells.name).toBe('Huisartsenpraktijk De Brûg');
    expect(csv.rows[3]!.cells.aliases).toBe('Wijkteam Noord; SWT Noord');
    expect(csv.rows[4]!.cells.name).toBe('Stichting "Thuis" Zorg');
  });

  it('reads an English export with , and quoted commas, ignoring unknown columns', () => {
    const csv = readRegisterCsv(fixture('partners.english.csv'), 'partners');
    expect(csv.issues).toEqual([]);
    expect(csv.separator).toBe(',');
    expect(Object.keys(csv.headerOf).sort()).toEqual(['aliases', 'category', 'externalId', 'name', 'region', 'sector']);
    expect(csv.ignoredColumns).toEqual(['Notes']);
    expect(csv.rows).toHaveLength(2);
    expect(csv.rows[0]!.cells.externalId).toBe('AGB-900');
  });

  it('reports an unclosed quote with the row it starts in, in Dutch', () => {
    const csv = readRegisterCsv(fixture('partners.unclosed-quote.csv'), 'partners');
    expect(csv.rows).toEqual([]);
    expect(csv.issues).toHaveLength(1);
    expect(csv.issues[0]!.row).toBe(3);
    expect(csv.issues[0]!.message).toMatch(/aanhalingsteken.*niet gesloten/);
  });

  it('reports a missing required column as a file-level error on the header row', () => {
    const csv = readRegisterCsv('partner;functie\nZorggroep;Regiomanager\n', 'contacts');
    expect(csv.issues.map((i) => i.row)).toEqual([1, 1]);
    expect(csv.issues.map((i) => i.message).join('\n')).toMatch(/verplichte kolom 'naam' ontbreekt[\s\S]*verplichte kolom 'niveau' ontbreekt/);
  });

  it('tolerates case, accents, spaces and underscores in headers', () => {
    const csv = readRegisterCsv('NAAM;Catégorie;EXTERN_ID;ook  bekend als\nA;VVT;1;x\n', 'partners');
    expect(Object.keys(csv.headerOf).sort()).toEqual(['aliases', 'category', 'externalId', 'name']);
  });

  it('keeps spreadsheet row numbers across blank lines and multi-line cells, and flags rows with too many values', () => {
    const csv = readRegisterCsv('naam;plaats\nA;Alkmaar\n\n"B\nC";Schagen\nD;Hoorn;extra\n', 'partners');
    expect(csv.rows.map((r) => [r.row, r.cells.name])).toEqual([[2, 'A'], [4, 'B\nC']]);
    expect(csv.issues).toEqual([{ row: 5, message: expect.stringMatching(/3 waarden maar 2 kolommen/) }]);
  });

  it('reads a file that is not UTF-8 as Windows-1252 (Excel on Dutch Windows)', () => {
    const cp1252 = Uint8Array.from([...Buffer.from('naam;plaats\r\nHuisartsenpraktijk De Br'), 0xfc, ...Buffer.from('g;Schagen\r\nZorg '), 0x80, ...Buffer.from(' Co;Hoorn\r\n')]);
    const table = readCsvTable(cp1252);
    expect(table.encoding).toBe('windows-1252');
    const csv = readRegisterCsv(cp1252, 'partners');
    expect(csv.issues).toEqual([]);
    expect(csv.rows.map((r) => r.cells.name)).toEqual(['Huisartsenpraktijk De Brüg', 'Zorg € Co']);
  });

  it('detects a BOM, and guesses the mapping from Dutch headers unless a remembered choice says otherwise', () => {
    const table = readCsvTable(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('Organisatienaam\tWoonplaats\tSoort\r\nA\tB\tC\r\n')]));
    expect([table.encoding, table.separator, table.header]).toEqual(['utf-8-bom', '\t', ['Organisatienaam', 'Woonplaats', 'Soort']]);
    expect(guessMapping('partners', table.header)).toEqual(['name', 'region', 'sector']);
    expect(guessMapping('partners', table.header, { soort: 'category' })).toEqual(['name', 'region', 'category']);
    expect(mapCsvTable(table, 'partners', ['name', null, 'category']).rows).toEqual([{ row: 2, cells: { name: 'A', category: 'C' } }]);
  });

  it('detects the separator from the header line only, outside quotes', () => {
    expect(detectSeparator('naam;plaats\na,b,c;d')).toBe(';');
    expect(detectSeparator('"naam;x",plaats,rubriek\n')).toBe(',');
    expect(detectSeparator('naam\tplaats\n')).toBe('\t');
    expect(detectSeparator('naam\n')).toBe(',');
  });
});
