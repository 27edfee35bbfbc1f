// `npm run cli -- <command>`: admin tasks on the configured database.
import { Command, CommanderError } from 'commander';
import { ConfigError, parseEnv } from '../config/env.ts';
import { loadEnvFile } from '../config/load-env-file.ts';
import { DataDirLockedError } from '../store/data-dir-lock.ts';
import { openMigratedDatabase } from '../store/open-store.ts';
import type { CliContext } from './cli-context.ts';
import { useDutchHelp } from './dutch-help.ts';
import { registerDemoCommand } from './demo-command.ts';
import { registerExportCommand } from './export-command.ts';
import { registerImportCommand } from './import-command.ts';
import { registerLapseCommand } from './lapse-command.ts';
import { registerMigrateCommand } from './migrate-command.ts';
import { registerOutboxCommand } from './outbox-command.ts';
import { registerPrivacyCommand } from './privacy-command.ts';

function createContext(): CliContext {
  loadEnvFile(); // the same ./.env as `npm start`
  const config = parseEnv(process.env);
  return {
    config,
    async openStore() {
      // With the bot running on the embedded database this refuses (DataDirLockedError): never open the folder twice.
      return (await openMigratedDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR, purpose: 'command' })).db;
    },
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  };
}

export function buildCli(ctx: CliContext): Command {
  const program = useDutchHelp(new Command('rro'))
    .description('RRO-bot beheer: importeren, exporteren, demo, lapses, migraties')
    .showHelpAfterError('(gebruik --help voor hulp)')
    .exitOverride();
  registerImportCommand(program, ctx);
  registerDemoCommand(program, ctx);
  registerLapseCommand(program, ctx);
  registerExportCommand(program, ctx);
  registerMigrateCommand(program, ctx);
  registerOutboxCommand(program, ctx);
  registerPrivacyCommand(program, ctx);
  return program;
}

async function run(): Promise<void> {
  let ctx: CliContext;
  try {
    ctx = createContext();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  try {
    await buildCli(ctx).parseAsync(process.argv);
  } catch (err) {
    if (err instanceof CommanderError) process.exit(err.exitCode);
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(err instanceof DataDirLockedError ? 2 : 1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
