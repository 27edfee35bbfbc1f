import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerExportCommand } from '../../src/cli/export-command.ts';
import { registerImportCommand } from '../../src/cli/import-command.ts';
import type { Database } from '../../src/store/database.ts';
import { runCli } from '../support/run-cli.ts';
import { openTestDatabase, testDbKinds } from '../support/test-database.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/csv/${name}`, import.meta.url));

describe.each(testDbKinds())('import and export commands (%s)', (kind) => {
  let db: Database;
  let out: string[];
  let err: string[];

  beforeEach(async () => {
    db = await openTestDatabase(kind);
    const org = await db.prisma.organisation.create({ data: { name: 'Zorgorganisatie Kust' } });
    for (const name of ['VVT', 'GGZ', 'Huisartsen', 'Gemeente']) {
      await db.prisma.category.create({ data: { organisationId: org.id, name, idealIntervalDays: 30, maxIntervalDays: 60 } });
    }
  });
  afterEach(async () => {
    await db.close();
  });

  /** Runs one command line in-process; resolves to its exit code. */
  async function run(...args: string[]): Promise<number> {
    const r = await runCli(db, [registerImportCommand, registerExportCommand], args);
    out = r.out;
    err = r.err;
    return r.code;
  }

  it('a dry run prints the report, exits 0 and writes nothing; the real import then writes', async () => {
    expect(await run('import', 'partners', fixture('sociale-kaart.partners.csv'), '--dry-run')).toBe(0);
    expect(out.slice(0, 4)).toEqual([
      'Import partners (proefimport, niets opgeslagen): 5 nieuw, 0 bijgewerkt, 0 ongewijzigd.',
      "Genegeerde kolommen (onbekend): 'Website'.",
      'Per rij:',
      expect.stringMatching(/^Rij 2: nieuw — \S/),
    ]);
    expect(out.filter((l) => / nieuw — /.test(l))).toHaveLength(5);
    expect(await db.prisma.partner.count()).toBe(0);
    expect(await run('import', 'partners', fixture('sociale-kaart.partners.csv'))).toBe(0);
    expect(out[0]).toBe('Import partners (opgeslagen): 5 nieuw, 0 bijgewerkt, 0 ongewijzigd.');
    expect(await db.prisma.partner.count()).toBe(5);
  });

  it('exits 1 with Dutch row errors and writes nothing', async () => {
    expect(await run('import', 'partners', fixture('partners.unknown-category.csv'))).toBe(1);
    expect(out.some((l) => l.startsWith("Rij 5, kolom 'rubriek': onbekende rubriek 'VVTT'. Bekend: GGZ, Gemeente, Huisartsen, VVT. Maak hem aan"))).toBe(true);
    expect(await run('import', 'partners', fixture('partners.duplicates.csv'))).toBe(1);
    expect(out.filter((l) => l.startsWith('Rij '))).toHaveLength(2);
    expect(await run('import', 'partners', fixture('partners.unclosed-quote.csv'))).toBe(1);
    expect(out[1]).toMatch(/^Rij 3: een aanhalingsteken/);
    expect(await db.prisma.partner.count()).toBe(0);
    expect(await db.prisma.auditEvent.count()).toBe(0);
  });

  it('exits 2 on usage errors, in Dutch', async () => {
    expect(await run('import', 'partnerz', fixture('sociale-kaart.partners.csv'))).toBe(2);
    expect(err[0]).toContain("Onbekende soort 'partnerz'");
    expect(await run('import', 'partners', '/nergens/partners.csv')).toBe(2);
    expect(err[0]).toContain('het bestand bestaat niet');
    expect(await run('import', 'partners')).toBe(2);
    await db.prisma.organisation.create({ data: { name: 'Tweede Organisatie', externalId: 'T2' } });
    expect(await run('export', 'partners')).toBe(2);
    expect(err[0]).toMatch(/meerdere organisaties .*--organisation/);
    expect(await run('export', 'partners', '--organisation', 'Onbekend')).toBe(2);
    expect(await run('export', 'partners', '--organisation', 'zorgorganisatie kust', '--separator', '|')).toBe(2);
    expect(err[0]).toContain('scheidingsteken');
  });

  it('exports to stdout or a file, and that file imports back unchanged', async () => {
    expect(await run('import', 'partners', fixture('sociale-kaart.partners.csv'))).toBe(0);
    expect(await run('export', 'partners', '--separator', ',')).toBe(0);
    expect(out[0]!.split('\r\n')[0]).toBe('\uFEFFnaam,rubriek,sector,plaats,aliassen,extern id');
    const file = join(mkdtempSync(join(tmpdir(), 'rro-export-')), 'partners.csv');
    expect(await run('export', 'partners', '--out', file)).toBe(0);
    expect(out).toEqual([`5 rijen (partners) geschreven naar ${file}.`]);
    expect(readFileSync(file, 'utf8')).toContain('"Stichting ""Thuis"" Zorg";VVT;VVT;Den Helder;;06010004');
    expect(await run('import', 'partners', file)).toBe(0);
    expect(out).toEqual(['Import partners (opgeslagen): 0 nieuw, 0 bijgewerkt, 5 ongewijzigd.']);
  });
});
