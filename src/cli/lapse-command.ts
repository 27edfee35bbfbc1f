// `rro lapse`: per person the partners past their rubriek's contact frequency, or
// with --all every relationship with its status. Text in Dutch, or --json.
import type { Command } from 'commander';
import { z } from 'zod';
import { groupByPerson, listLapsedPerPerson, type PersonLapses } from '../register/list-lapsed-per-person.ts';
import { listMyPartners, type AssignmentStatus } from '../register/list-my-partners.ts';
import type { Database } from '../store/database.ts';
import { chooseOrganisation } from '../store/organisation-store.ts';
import { createLapseQuery } from '../store/lapse-query.ts';
import type { CliContext } from './cli-context.ts';

const ZLapseOptions = z
  .object({
    org: z.string().trim().min(1, { error: '--org mag niet leeg zijn' }).optional(),
    team: z.string().trim().min(1, { error: '--team mag niet leeg zijn' }).optional(),
    person: z.email({ error: '--person moet een e-mailadres zijn, bv. sanne@zorggroep.nl' }).optional(),
    all: z.boolean().default(false),
    json: z.boolean().default(false),
    now: z.iso
      .datetime({ offset: true, error: '--now moet een ISO-tijd zijn, bv. 2026-11-23T09:00:00+01:00' })
      .transform((v) => new Date(v))
      .optional(),
  })
  .refine((o) => !(o.team && o.person), { error: 'Gebruik --team of --person, niet allebei.' });

const ICONS = { red: '🔴', yellow: '🟡', grey: '⚪', green: '🟢' } as const;

export function registerLapseCommand(program: Command, ctx: CliContext): void {
  program
    .command('lapse')
    .description('Toont per persoon de partners waarvan de contactfrequentie verlopen is')
    .option('--org <naam>', 'organisatie (nodig als er meer dan één is)')
    .option('--team <naam>', 'alleen de leden van dit team')
    .option('--person <e-mail>', 'alleen deze persoon (ook als die afwezig is)')
    .option('--all', 'ook partners die op tijd (groen) of nog nooit (grijs) gesproken zijn, en afwezige collega’s')
    .option('--json', 'uitvoer als JSON')
    .option('--now <ISO-tijd>', 'reken alsof het nu dit moment is (terugkijken, tests)')
    .action(async (raw: unknown) => {
      const parsed = ZLapseOptions.safeParse(raw);
      if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join(' '));
      const options = parsed.data;
      const db = await ctx.openStore();
      try {
        const people = await loadPeople(db, options);
        if (options.json) ctx.out(JSON.stringify(people, null, 2));
        else for (const line of formatPeople(people, options.all)) ctx.out(line);
      } finally {
        await db.close();
      }
    });
}

async function loadPeople(db: Database, options: z.infer<typeof ZLapseOptions>): Promise<PersonLapses[]> {
  const org = await chooseOrganisation(db.prisma, options.org, '--org');
  const team = options.team ? await findTeam(db, org.id, options.team) : undefined;
  const query = createLapseQuery(db);
  const base = { organisationId: org.id, now: options.now ?? new Date(), timeZone: team?.timezone ?? org.timezone };
  if (options.person) {
    const staffId = await findStaffId(db, org.id, options.person);
    const rows = await listMyPartners(query, { ...base, staffId });
    return groupByPerson(options.all ? rows : rows.filter((r) => r.status === 'red' || r.status === 'yellow'));
  }
  if (!options.all) return listLapsedPerPerson(query, { ...base, teamId: team?.id });
  return groupByPerson(await query.assignmentStatuses({ ...base, teamId: team?.id }));
}

async function findTeam(db: Database, organisationId: string, name: string) {
  const teams = await db.prisma.team.findMany({ where: { organisationId }, select: { id: true, name: true, timezone: true } });
  const team = teams.find((t) => t.name.toLowerCase() === name.toLowerCase());
  if (team) return team;
  const known = teams.map((t) => t.name).sort().join(', ') || '(nog geen teams)';
  throw new Error(`Team "${name}" bestaat niet. Bekende teams: ${known}. Controleer de spelling of laat --team weg.`);
}

async function findStaffId(db: Database, organisationId: string, email: string): Promise<string> {
  const staff = await db.prisma.staff.findFirst({
    where: { organisationId, email: { equals: email, mode: 'insensitive' } },
    select: { id: true },
  });
  if (staff) return staff.id;
  throw new Error(`Er is geen medewerker met e-mailadres ${email}. Controleer het adres of importeer de medewerker eerst.`);
}

export function formatPeople(people: readonly PersonLapses[], all: boolean): string[] {
  if (people.length === 0) {
    return [all ? 'Er zijn (nog) geen partnerrelaties toegewezen.' : 'Niemand heeft partners waarvan de contactfrequentie verlopen is. 🎉'];
  }
  return people.flatMap((p) => [`${p.staffName} (${p.partners.length})`, ...p.partners.map((r) => `  ${formatStatusLine(r)}`)]);
}

export function formatStatusLine(r: AssignmentStatus): string {
  const level = r.kind === 'co_owner' ? `${r.level} (mede-eigenaar)` : r.level;
  return `${ICONS[r.status]} ${r.partnerName} — ${r.categoryName ?? 'geen rubriek'}, ${level}, ${describeSince(r)}`;
}

function describeSince(r: AssignmentStatus): string {
  if (r.daysSince === null) return `nog nooit contact op dit niveau (ideaal ${r.idealIntervalDays})`;
  const ago = r.daysSince === 0 ? 'vandaag' : r.daysSince === 1 ? 'gisteren' : `${r.daysSince} dagen geleden`;
  return r.status === 'red' ? `${ago} (max ${r.maxIntervalDays})` : `${ago} (ideaal ${r.idealIntervalDays})`;
}
