import { Command } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';
import type { CliContext } from '../../src/cli/cli-context.ts';
import { registerDemoCommand } from '../../src/cli/demo-command.ts';
import { parseEnv } from '../../src/config/env.ts';
import type { Database } from '../../src/store/database.ts';
import { openTestDatabase, testDbKinds } from '../support/test-database.ts';

describe.each(testDbKinds())('rro demo (%s)', (kind) => {
  let db: Database | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  async function runDemo(args: string[]): Promise<string[]> {
    const lines: string[] = [];
    const ctx: CliContext = {
      config: parseEnv({}),
      // The command closes what it opens; the test keeps the database for the next run.
      openStore: async () => ({ ...db!, close: async () => undefined }),
      out: (line) => lines.push(line),
      err: (line) => lines.push(`ERR ${line}`),
    };
    const program = new Command('rro').exitOverride();
    registerDemoCommand(program, ctx);
    await program.parseAsync(['demo', ...args], { from: 'user' });
    return lines;
  }

  it('loads into an empty database, then says it is already there', async () => {
    db = await openTestDatabase(kind);
    const first = await runDemo([]);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatch(/^Demo-organisatie geladen: 1 organisatie, 3 teams, 21 medewerkers, 6 rubrieken, 41 partners/);
    const second = await runDemo([]);
    expect(second[0]).toContain('bevat al een organisatie');
    expect(second[0]).toContain('demo --reset');
  });

  it('--reset prints what it removed and loaded, and refuses to wipe a real organisation without --force', async () => {
    db = await openTestDatabase(kind);
    await runDemo([]);
    const reset = await runDemo(['--reset']);
    expect(reset[0]).toMatch(/^Verwijderd: 1 organisatie, .*41 partners/);
    expect(reset[1]).toMatch(/^Geladen: 1 organisatie, .*41 partners/);

    await db.prisma.organisation.create({ data: { name: 'Zorginstelling Echt', platform: 'teams', externalId: 'tenant-1' } });
    await expect(runDemo(['--reset'])).rejects.toThrow(/Zorginstelling Echt \(teams\).*niets gewist.*--force/);
    expect(await db.prisma.organisation.count()).toBe(2);
    const forced = await runDemo(['--reset', '--force']);
    expect(forced[0]).toMatch(/^Verwijderd: 2 organisaties/);
    expect(await db.prisma.organisation.count()).toBe(1);
  });
});
