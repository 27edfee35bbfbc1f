// `demo`: loads the fictional Ziekenhuis Maasdelta into an empty database.
// `demo --reset`: wipes all organisations' data and loads it again, without asking
// (scripts and CI use it); real (non-demo) organisations additionally need --force.
import type { Command } from 'commander';
import { listNonDemoOrganisations, ensureDemoLoaded, resetDemo, type DemoCounts } from '../store/load-demo.ts';
import type { CliContext } from './cli-context.ts';

// Singular and plural, in the order people read a summary.
const LABELS: [key: string, one: string, many: string][] = [
  ['organisations', 'organisatie', 'organisaties'],
  ['teams', 'team', 'teams'],
  ['staff', 'medewerker', 'medewerkers'],
  ['categories', 'rubriek', 'rubrieken'],
  ['partners', 'partner', 'partners'],
  ['partnerContacts', 'contactpersoon', 'contactpersonen'],
  ['assignments', 'toewijzing', 'toewijzingen'],
  ['contactMoments', 'contactmoment', 'contactmomenten'],
  ['checkInRounds', 'RRO-ronde', 'RRO-rondes'],
  ['checkInAnswers', 'antwoord', 'antwoorden'],
  ['commitments', 'ga-doen-afspraak', 'ga-doen-afspraken'],
  ['nudges', 'nudge', 'nudges'],
  ['successes', 'succes', 'successen'],
  ['plans', 'jaarplan', 'jaarplannen'],
  ['planGoals', 'plandoel', 'plandoelen'],
  ['conversationRefs', 'gespreksverwijzing', 'gespreksverwijzingen'],
  ['outbox', 'uitgaand bericht', 'uitgaande berichten'],
];

export function formatDemoCounts(counts: DemoCounts): string {
  const shown = LABELS.filter(([key]) => (counts[key] ?? 0) > 0).map(([key, one, many]) => `${counts[key]} ${counts[key] === 1 ? one : many}`);
  return shown.length === 0 ? 'niets' : shown.join(', ');
}

export function registerDemoCommand(program: Command, ctx: CliContext): void {
  program
    .command('demo')
    .description('Laadt de demo-organisatie (Ziekenhuis Maasdelta) in een lege database')
    .option('--reset', 'wist ALLE gegevens van alle organisaties en laadt de demo opnieuw (vraagt niets)')
    .option('--force', 'met --reset: wis ook echte (niet-demo) organisaties')
    .action(async (options: { reset?: boolean; force?: boolean }) => {
      const db = await ctx.openStore();
      try {
        if (!options.reset) {
          const result = await ensureDemoLoaded(db, new Date());
          if (result.loaded) ctx.out(`Demo-organisatie geladen: ${formatDemoCounts(result.counts)}.`);
          else ctx.out('De database bevat al een organisatie; de demo is niet opnieuw geladen. Opnieuw beginnen? `npm run cli -- demo --reset` wist alles en laadt de demo.');
          return;
        }
        const real = await listNonDemoOrganisations(db);
        if (real.length > 0 && !options.force) {
          throw new Error(
            `demo --reset zou echte gegevens wissen van: ${real.join(', ')}. Er is niets gewist. ` +
              'Weet je het zeker, voeg dan --force toe: `npm run cli -- demo --reset --force`.',
          );
        }
        const result = await resetDemo(db, new Date());
        ctx.out(`Verwijderd: ${formatDemoCounts(result.removed)}.`);
        ctx.out(`Geladen: ${formatDemoCounts(result.counts)}.`);
      } finally {
        await db.close();
      }
    });
}
