// `privacy export|erase|retention`: the AVG rights and retention periods for an admin.
// Exit codes: 0 done, 1 nobody found or erase stopped (nothing changed), 2 usage.
import { writeFileSync } from 'node:fs';
import { CommanderError, type Command } from 'commander';
import { z } from 'zod';
import { loadPrompts } from '../i18n/load-prompts.ts';
import { createTranslator, type TranslateValues } from '../core/i18n/translator.ts';
import { ZExportFormat, ZPersonEmail } from '../privacy/privacy-input.ts';
import { renderExportCsv, renderExportHtmlPage } from '../privacy/render-export.ts';
import { isEmpty } from '../privacy/person-export.ts';
import { ZRetentionPeriods } from '../privacy/retention-policy.ts';
import type { Database } from '../store/database.ts';
import { chooseOrganisation, OrganisationChoiceError } from '../store/organisation-store.ts';
import { countPeopleByEmail, EraseBlockedError, erasePerson } from '../store/privacy-erase.ts';
import { auditExport, exportPersonData } from '../store/privacy-export.ts';
import { createRetentionStore } from '../store/retention-store.ts';
import type { CliContext } from './cli-context.ts';
import { exitWithUsageCode, failUsage } from './import-command.ts';

const t = createTranslator(loadPrompts());
const nl = (key: string, values?: TranslateValues) => t('nl', `avg.${key}`, values);

const ZOrgOption = z.object({ organisation: z.string().trim().min(1).optional() });
const ZExportOptions = ZOrgOption.extend({ format: ZExportFormat.default('json'), out: z.string().trim().min(1).optional() });
const ZEraseOptions = ZOrgOption.extend({ yes: z.boolean().default(false) });
const ZRetentionOptions = ZOrgOption.extend({
  answersMonths: z.string().optional(),
  outboxDays: z.string().optional(),
  auditMonths: z.string().optional(),
  run: z.boolean().default(false),
});

export function registerPrivacyCommand(program: Command, ctx: CliContext): void {
  const privacy = program.command('privacy').description('AVG: inzage, verwijderen en bewaartermijnen / GDPR: access, erasure, retention');
  const org = '--organisation <naam>';
  const orgHelp = 'de organisatie (verplicht als er meer dan één is)';

  exitWithUsageCode(privacy.command('export').description('Alles wat over een persoon is opgeslagen (JSON, HTML of CSV) / everything stored about a person')
    .argument('<e-mail>', 'e-mailadres van de medewerker of contactpersoon')
    .option('--format <formaat>', 'json (standaard), html of csv')
    .option('--out <bestand>', 'schrijf naar dit bestand in plaats van naar het scherm')
    .option(org, orgHelp)
    .action(async (rawEmail: string, rawOptions: unknown) => {
      const email = parseEmail(ctx, rawEmail);
      const options = ZExportOptions.safeParse(rawOptions);
      if (!options.success) failUsage(ctx, nl('format_invalid', { value: String((rawOptions as { format?: unknown }).format) }));
      await withOrganisation(ctx, options.data.organisation, async (db, organisation) => {
        const bundle = await exportPersonData(db.prisma, organisation.id, email, new Date());
        if (isEmpty(bundle)) return notFound(ctx, email, organisation.name);
        await auditExport(db.prisma, organisation.id, null, 'cli', options.data.format, new Date());
        const text = options.data.format === 'html' ? renderExportHtmlPage(bundle, t, 'nl')
          : options.data.format === 'csv' ? renderExportCsv(bundle) : JSON.stringify(bundle, null, 2);
        if (!options.data.out) return ctx.out(text);
        try {
          writeFileSync(options.data.out, text);
        } catch (err) {
          failUsage(ctx, `Kan '${options.data.out}' niet schrijven: ${(err as NodeJS.ErrnoException).code ?? String(err)}. Controleer map en rechten.`);
        }
        ctx.out(nl('export_written', { email, file: options.data.out, staff: bundle.staff.length, contacts: bundle.partnerContacts.length }));
      });
    }));

  exitWithUsageCode(privacy.command('erase').description('Verwijdert een persoon overal (met --yes) / erases a person everywhere')
    .argument('<e-mail>', 'e-mailadres van de medewerker of contactpersoon')
    .option('--yes', 'echt verwijderen; zonder deze optie alleen tonen wat er verwijderd wordt')
    .option(org, orgHelp)
    .action(async (rawEmail: string, rawOptions: unknown) => {
      const email = parseEmail(ctx, rawEmail);
      const options = ZEraseOptions.parse(rawOptions);
      await withOrganisation(ctx, options.organisation, async (db, organisation) => {
        const found = await countPeopleByEmail(db.prisma, organisation.id, email);
        if (found.staff + found.contacts === 0) return notFound(ctx, email, organisation.name);
        if (!options.yes) return ctx.out(nl('erase_preview', { email, organisation: organisation.name, ...found }));
        try {
          const outcome = await erasePerson(db, { organisationId: organisation.id, email, actorStaffId: null, via: 'cli', now: new Date(), replacement: nl('erased_name') });
          if (!outcome) return notFound(ctx, email, organisation.name);
          const rows = Object.values(outcome.scrubbed).reduce((a, b) => a + b, 0);
          ctx.out(nl('erase_done', { email, staff: outcome.staff, contacts: outcome.contacts, rows }));
          if (outcome.sharedNames > 0) ctx.out(nl('erase_shared_names', { count: outcome.sharedNames }));
        } catch (err) {
          if (!(err instanceof EraseBlockedError)) throw err;
          ctx.err(nl('erase_blocked', { tables: [...new Set(err.hits.map((h) => h.table))].join(', ') }));
          throw new CommanderError(1, 'rro.privacy.blocked', 'erase blocked');
        }
      });
    }));

  exitWithUsageCode(privacy.command('retention').description('Toont of wijzigt de bewaartermijnen, of past ze nu toe / shows, changes or applies retention')
    .option('--answers-months <n>', 'vrije tekst van antwoorden en notities, in maanden (standaard 24)')
    .option('--outbox-days <n>', 'inhoud van verzonden berichten, in dagen (standaard 30)')
    .option('--audit-months <n>', 'audit-log, in maanden (standaard 84 = 7 jaar)')
    .option('--run', 'pas de bewaartermijnen nu toe (zoals de nachtelijke taak)')
    .option(org, orgHelp)
    .action(async (rawOptions: unknown) => {
      const options = ZRetentionOptions.parse(rawOptions);
      await withOrganisation(ctx, options.organisation, async (db, organisation) => {
        const store = createRetentionStore(db.prisma);
        const current = await store.periodsOf(organisation.id);
        if (options.answersMonths !== undefined || options.outboxDays !== undefined || options.auditMonths !== undefined) {
          const next = ZRetentionPeriods.safeParse({
            answerTextMonths: options.answersMonths ?? current.answerTextMonths,
            sentOutboxDays: options.outboxDays ?? current.sentOutboxDays,
            auditMonths: options.auditMonths ?? current.auditMonths,
          });
          if (!next.success) failUsage(ctx, nl('retention_invalid', { reason: next.error.issues.map((i) => i.message).join('; ') }));
          await db.prisma.$transaction((tx) => createRetentionStore(tx).setPeriods(organisation.id, next.data, null, new Date()));
          ctx.out(nl('retention_saved'));
        }
        const p = await store.periodsOf(organisation.id);
        ctx.out(nl('retention_show', { organisation: organisation.name, answers: p.answerTextMonths, outbox: p.sentOutboxDays, audit: p.auditMonths }));
        if (options.run) {
          const language = (await db.prisma.organisation.findUniqueOrThrow({ where: { id: organisation.id } })).language === 'en' ? 'en' : 'nl';
          const r = await store.apply(organisation.id, new Date(), t(language, 'avg.redacted'));
          ctx.out(nl('retention_ran', { answers: r.answersRedacted, commitments: r.commitmentsRedacted, notes: r.notesRedacted, outbox: r.outboxPurged, audit: r.auditDeleted, links: r.magicLinksDeleted, sessions: r.sessionsDeleted }));
        }
      });
    }));
}

function parseEmail(ctx: CliContext, raw: string): string {
  const parsed = ZPersonEmail.safeParse(raw);
  return parsed.success ? parsed.data : failUsage(ctx, nl('email_invalid', { value: raw }));
}

function notFound(ctx: CliContext, email: string, organisation: string): never {
  ctx.err(nl('not_found', { email, organisation }));
  throw new CommanderError(1, 'rro.privacy.not_found', 'not found');
}

async function withOrganisation(ctx: CliContext, name: string | undefined, work: (db: Database, organisation: { id: string; name: string }) => Promise<void>): Promise<void> {
  const db = await ctx.openStore();
  try {
    const organisation = await chooseOrganisation(db.prisma, name, '--organisation').catch((err: unknown) => {
      if (err instanceof OrganisationChoiceError) failUsage(ctx, err.message);
      throw err;
    });
    await work(db, organisation);
  } finally {
    await db.close();
  }
}
