// Runs one command line of the CLI in-process on a test database, as an admin types it:
// the exit code and what it printed. The command closes what it opens; the test keeps
// the database until its own afterEach.
import { Command } from 'commander';
import type { CliContext } from '../../src/cli/cli-context.ts';
import type { Config } from '../../src/config/env.ts';
import type { Database } from '../../src/store/database.ts';

type RegisterCommand = (program: Command, ctx: CliContext) => void;

export async function runCli(db: Database, commands: RegisterCommand[], args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CliContext = {
    config: {} as Config,
    openStore: async () => ({ ...db, close: async () => undefined }),
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  };
  const program = new Command('rro').exitOverride().configureOutput({ writeErr: (s) => err.push(s.trim()), writeOut: (s) => out.push(s) });
  for (const register of commands) register(program, ctx);
  try {
    await program.parseAsync(args, { from: 'user' });
    return { code: 0, out, err };
  } catch (e) {
    return { code: (e as { exitCode?: number }).exitCode ?? 99, out, err };
  }
}
