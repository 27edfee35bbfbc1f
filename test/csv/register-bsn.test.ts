// A register file with a BSN in any cell of any kind is refused as a whole: every such
// cell is named by row and column (without repeating the number) and nothing is written.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliContext } from '../../src/cli/cli-context.ts';
import { registerImportCommand } from '../../src/cli/import-command.ts';
import type { Config } from '../../src/config/env.ts';
import type { Database } from '../../src/store/database.ts';
import { RENDERINGS, VALID_BSNS } from '../support/bsn-renderings.ts';
import { findStoredBsn, stringsWithBsn } from '../support/find-stored-bsn.ts';
import { openTestDatabase, testDbKinds } from '../support/test-database.ts';

/** Per kind: the header and one valid row (it names things the seed below created). */
const FILES: Record<string, { header: string[]; row: string[] }> = {
  partners: { header: ['naam', 'rubriek', 'sector', 'plaats', 'aliassen', 'extern id'], row: ['Zorggroep Noorderkwartier', 'VVT', 'VVT', 'Alkmaar', 'ZGNK', '06010004'] },
  contacts: {
    header: ['partner', 'naam', 'functie', 'niveau', 'e-mail', 'telefoon', 'expertise'],
    row: ['Het Baken', 'Anouk de Vries', 'Wijkverpleegkundige', 'operationeel', 'anouk@baken.example', '072-5550101', 'wondzorg|dementie'],
  },
  staff: { header: ['naam', 'e-mail', 'rol', 'teams', 'expertise', 'personeelsnummer'], row: ['Sanne Jansen', 'sanne@zorg.example', 'medewerker', 'Wijkteam', 'wondzorg', 'P100'] },
  assignments: { header: ['medewerker (e-mail)', 'partner', 'niveau', 'soort'], row: ['bestaand@zorg.example', 'Het Baken', 'tactisch', 'eigenaar'] },
};

const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;

describe.each(testDbKinds())('register import refuses BSNs (%s)', (kind) => {
  let db: Database;
  const dir = mkdtempSync(join(tmpdir(), 'rro-bsn-csv-'));

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    const org = await db.prisma.organisation.create({ data: { name: 'Zorgorganisatie Kust' } });
    await db.prisma.category.create({ data: { organisationId: org.id, name: 'VVT', idealIntervalDays: 30, maxIntervalDays: 60 } });
    await db.prisma.partner.create({ data: { organisationId: org.id, name: 'Het Baken' } });
    await db.prisma.staff.create({ data: { organisationId: org.id, name: 'Bestaand', email: 'bestaand@zorg.example' } });
  }, 60_000);
  afterAll(async () => db?.close());

  async function run(...args: string[]): Promise<{ code: number; out: string[] }> {
    const out: string[] = [];
    const ctx: CliContext = { config: {} as Config, openStore: async () => ({ ...db, close: async () => undefined }), out: (l) => out.push(l), err: (l) => out.push(l) };
    const program = new Command('rro').exitOverride().configureOutput({ writeErr: (s) => out.push(s.trim()), writeOut: (s) => out.push(s) });
    registerImportCommand(program, ctx);
    try {
      await program.parseAsync(args, { from: 'user' });
      return { code: 0, out };
    } catch (e) {
      return { code: (e as { exitCode?: number }).exitCode ?? 99, out };
    }
  }

  const counts = async () => Promise.all([
    db.prisma.partner.count(), db.prisma.partnerContact.count(), db.prisma.staff.count(), db.prisma.team.count(),
    db.prisma.assignment.count(), db.prisma.teamMembership.count(), db.prisma.auditEvent.count(),
  ]);

  it.each(Object.keys(FILES))('%s: a BSN in any column refuses the file, naming row and column; nothing is written', async (registerKind) => {
    const { header, row } = FILES[registerKind]!;
    const lines = [header.join(';'), row.map(quote).join(';')];
    const expected: string[] = [];
    header.forEach((column, c) => {
      const [, render] = RENDERINGS[(c * 5) % RENDERINGS.length]!;
      const cells = [...row];
      cells[c] = `${row[c]} ${render(VALID_BSNS[c % VALID_BSNS.length]!)}`;
      lines.push(cells.map(quote).join(';'));
      expected.push(`Rij ${lines.length}, kolom '${column}': deze cel lijkt een BSN te bevatten`);
    });
    const file = join(dir, `${registerKind}.csv`);
    writeFileSync(file, `${lines.join('\r\n')}\r\n`, 'utf8');
    const before = await counts();

    const { code, out } = await run('import', registerKind, file);
    expect(code).toBe(1);
    for (const line of expected) expect(out.some((l) => l.startsWith(line)), line).toBe(true);
    expect(stringsWithBsn(out, VALID_BSNS)).toEqual([]);
    expect(await counts()).toEqual(before);
    expect(await findStoredBsn(db, VALID_BSNS)).toEqual([]);
  });

  it('the same file without the BSN rows imports', async () => {
    const { header, row } = FILES.partners!;
    const file = join(dir, 'clean.csv');
    writeFileSync(file, `${header.join(';')}\r\n${row.map(quote).join(';')}\r\n`, 'utf8');
    expect((await run('import', 'partners', file)).code).toBe(0);
    expect(await db.prisma.partner.count({ where: { name: 'Zorggroep Noorderkwartier' } })).toBe(1);
  });
});
