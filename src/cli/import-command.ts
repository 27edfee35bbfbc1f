// `import <soort> <bestand.csv> [--dry-run] [--organisation <naam>]`.
// Exit codes: 0 imported (or dry run clean), 1 row errors (nothing written), 2 usage.
import { readFileSync } from 'node:fs';
import { CommanderError, type Command } from 'commander';
import { z } from 'zod';
import { formatImportReport } from '../csv/import-report.ts';
import { readRegisterCsv } from '../csv/read-register-csv.ts';
import { ZRegisterKind } from '../csv/register-columns.ts';
import { validateRegisterRows, type RegisterBatch } from '../csv/validate-register-rows.ts';
import { importRegister } from '../store/register-import.ts';
import { chooseOrganisation, OrganisationChoiceError } from '../store/organisation-store.ts';
import type { CliContext } from './cli-context.ts';

const ZImportOptions = z.object({ dryRun: z.boolean().default(false), organisation: z.string().trim().min(1).optional(), allowErased: z.boolean().default(false) });

export function registerImportCommand(program: Command, ctx: CliContext): void {
  const command = program
    .command('import')
    .description('Importeert partners, contactpersonen, medewerkers of toewijzingen uit CSV')
    .argument('<soort>', 'partners | contacts | staff | assignments (ook: contactpersonen, medewerkers, toewijzingen)')
    .argument('<bestand>', "CSV-bestand, gescheiden door ';', ',' of tab, UTF-8 met of zonder BOM")
    .option('--dry-run', 'alleen controleren en een rapport per rij tonen; niets opslaan')
    .option('--organisation <naam>', 'de organisatie (verplicht als er meer dan één is)')
    .option('--allow-erased', 'ook mensen importeren die eerder op verzoek zijn verwijderd (AVG)')
    .action(async (kindWord: string, file: string, rawOptions: unknown) => {
      const kind = ZRegisterKind.safeParse(kindWord);
      if (!kind.success) failUsage(ctx, `Onbekende soort '${kindWord}'. Kies partners, contacts, staff of assignments.`);
      const options = ZImportOptions.parse(rawOptions);
      const bytes = readInputFile(ctx, file);
      const csv = readRegisterCsv(bytes, kind.data);
      const validated = validateRegisterRows(csv, kind.data);
      const precheck = [...csv.issues, ...validated.issues];
      const db = await ctx.openStore();
      try {
        const organisation = await chooseOrganisation(db.prisma, options.organisation, '--organisation').catch((err: unknown) => {
          if (err instanceof OrganisationChoiceError) failUsage(ctx, err.message);
          throw err;
        });
        // Rows that passed the file checks still go through the database checks (in a
        // rolled-back transaction when the file has errors), so one run reports everything.
        const outcome = await importRegister(db, {
          organisationId: organisation.id,
          batch: { kind: kind.data, rows: validated.rows } as RegisterBatch,
          dryRun: options.dryRun || precheck.length > 0,
          headerOf: csv.headerOf,
          source: file,
          allowErased: options.allowErased,
        });
        const issues = [...precheck, ...outcome.issues];
        const report = formatImportReport({ kind: kind.data, dryRun: options.dryRun, written: outcome.written, counts: outcome.counts, teamsCreated: outcome.teamsCreated, ignoredColumns: csv.ignoredColumns, issues, rows: outcome.plan.rows });
        for (const line of report) ctx.out(line);
        if (issues.length > 0) throw new CommanderError(1, 'rro.import.rejected', 'Import afgewezen; niets opgeslagen.');
      } finally {
        await db.close();
      }
    });
  exitWithUsageCode(command);
}

function readInputFile(ctx: CliContext, file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'het bestand bestaat niet' : code === 'EISDIR' ? 'dat is een map' : String(code ?? err);
    return failUsage(ctx, `Kan '${file}' niet lezen: ${reason}. Controleer het pad.`);
  }
}

/** Prints a Dutch usage error and stops with exit code 2. */
export function failUsage(ctx: CliContext, message: string): never {
  ctx.err(message);
  throw new CommanderError(2, 'rro.usage', message);
}

/** Commander reports a missing argument or unknown option with 1; our contract says 2. */
export function exitWithUsageCode(command: Command): void {
  command.exitOverride((err) => {
    throw err.exitCode === 1 ? new CommanderError(2, err.code, err.message) : err;
  });
}
