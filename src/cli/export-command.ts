// `export <soort> [--out bestand] [--separator ;|,|tab] [--no-bom] [--organisation <naam>]`:
// the register as CSV that `import` reads back unchanged. Stdout unless --out is given.
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { ZRegisterKind } from '../csv/register-columns.ts';
import { writeRegisterCsv } from '../csv/write-register-csv.ts';
import { exportRegister } from '../store/register-export.ts';
import { chooseOrganisation, OrganisationChoiceError } from '../store/organisation-store.ts';
import type { CliContext } from './cli-context.ts';
import { exitWithUsageCode, failUsage } from './import-command.ts';

const SEPARATORS = { ';': ';', ',': ',', tab: '\t', '\t': '\t' } as const;

const ZExportOptions = z.object({
  out: z.string().trim().min(1).optional(),
  separator: z.enum(Object.keys(SEPARATORS) as [keyof typeof SEPARATORS], { error: "scheidingsteken moet ';', ',' of tab zijn" }).default(';'),
  bom: z.boolean().default(true),
  organisation: z.string().trim().min(1).optional(),
});

export function registerExportCommand(program: Command, ctx: CliContext): void {
  const command = program
    .command('export')
    .description('Exporteert partners, contactpersonen, medewerkers of toewijzingen als CSV')
    .argument('<soort>', 'partners | contacts | staff | assignments')
    .option('--out <bestand>', 'schrijf naar dit bestand in plaats van naar het scherm')
    .option('--separator <teken>', "scheidingsteken: ';' (standaard, Nederlandse Excel), ',' of tab")
    .option('--no-bom', 'zonder BOM (standaard met, zodat Excel UTF-8 herkent)')
    .option('--organisation <naam>', 'de organisatie (verplicht als er meer dan één is)')
    .action(async (kindWord: string, rawOptions: unknown) => {
      const kind = ZRegisterKind.safeParse(kindWord);
      if (!kind.success) failUsage(ctx, `Onbekende soort '${kindWord}'. Kies partners, contacts, staff of assignments.`);
      const options = ZExportOptions.safeParse(rawOptions);
      if (!options.success) failUsage(ctx, `Ongeldige optie: ${options.error.issues.map((i) => i.message).join('; ')}.`);
      const db = await ctx.openStore();
      try {
        const organisation = await chooseOrganisation(db.prisma, options.data.organisation, '--organisation').catch((err: unknown) => {
          if (err instanceof OrganisationChoiceError) failUsage(ctx, err.message);
          throw err;
        });
        const records = await exportRegister(db, organisation.id, kind.data);
        const csv = writeRegisterCsv(kind.data, records, { separator: SEPARATORS[options.data.separator], bom: options.data.bom });
        if (!options.data.out) {
          ctx.out(csv.replace(/\r\n$/, ''));
          return;
        }
        try {
          writeFileSync(options.data.out, csv);
        } catch (err) {
          failUsage(ctx, `Kan '${options.data.out}' niet schrijven: ${(err as NodeJS.ErrnoException).code ?? String(err)}. Controleer map en rechten.`);
        }
        ctx.out(`${records.length} rijen (${kind.data}) geschreven naar ${options.data.out}.`);
      } finally {
        await db.close();
      }
    });
  exitWithUsageCode(command);
}
