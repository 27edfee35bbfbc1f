// The partner register as plain objects (no Prisma types) and the zod schemas
// that check every input to it, with Dutch messages.
import { IANAZone } from 'luxon';
import { z } from 'zod';
import { ZPlatform } from './identity.ts';
import {
  CONTACT_SOURCES, LEVELS, ZAssignmentKind, ZContactChannel, ZLevel, ZRole,
  type AssignmentKind, type ContactChannel, type ContactSource, type Level, type Role,
} from './register-types.ts';

export interface Category {
  id: string; organisationId: string; name: string; idealIntervalDays: number; maxIntervalDays: number; priority: number;
  /** Levels at which each partner of the rubriek needs an owner (coverage per level). */
  requiredLevels: Level[];
}
export interface Partner {
  id: string; organisationId: string; name: string; categoryId: string | null; categoryName: string | null;
  sector: string | null; region: string | null; aliases: string[]; externalId: string | null; archivedAt: Date | null;
}
export interface PartnerContact {
  id: string; partnerId: string; name: string; jobTitle: string | null; level: Level;
  email: string | null; phone: string | null; expertise: string[];
}
export interface Staff {
  id: string; organisationId: string; name: string; email: string | null; externalId: string | null; role: Role;
  expertise: string[];
  /** Last local day (YYYY-MM-DD) the person is away, inclusive. */
  awayUntil: string | null;
  language: string | null; timezone: string | null;
}
export interface StaffIdentity { staffId: string; platform: string; platformOrgId: string; platformUserId: string }
export interface Team {
  id: string; organisationId: string; name: string; channelRef: string | null; celebrationChannelRef: string | null;
  timezone: string; language: string; checkinWeekday: number; checkinTime: string; reminderTime: string;
  agendaWeekday: number; agendaTime: string; nudgeTime: string; nudgesEnabled: boolean;
}
export interface TeamMember { staff: Staff; isLead: boolean }
export interface Assignment { id: string; staffId: string; partnerId: string; level: Level; kind: AssignmentKind }
export interface ContactMoment {
  id: string; partnerId: string; staffId: string | null; occurredAt: Date; channel: ContactChannel;
  level: Level; note: string | null; source: ContactSource; createdAt: Date;
}

const id = (what: string) => z.uuid({ error: `${what}: geen geldig id (verwacht een uuid)` });
const text = (what: string, max = 200) =>
  z.string({ error: `${what} ontbreekt` }).trim().min(1, `${what} mag niet leeg zijn`).max(max, `${what} is te lang (maximaal ${max} tekens)`);
const optionalText = (what: string, max = 200) =>
  z.string({ error: `${what} moet tekst zijn` }).trim().max(max, `${what} is te lang (maximaal ${max} tekens)`)
    .transform((s) => (s === '' ? null : s)).nullable();
const tags = (what: string) =>
  z.array(text(what, 100), { error: `${what} moet een lijst zijn` }).max(50, `te veel ${what} (maximaal 50)`)
    .transform(dedupeIgnoringCase);
const days = (what: string) =>
  z.number({ error: `${what} moet een getal zijn` }).int(`${what} moet een heel aantal dagen zijn`)
    .min(1, `${what} moet minstens 1 dag zijn`).max(3650, `${what} mag hoogstens 3650 dagen zijn`);
const clock = (what: string) => z.string({ error: `${what} ontbreekt` }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${what} moet een tijd als 09:00 zijn`);
const weekday = (what: string) => z.number({ error: `${what} moet een getal zijn` }).int().min(1, `${what} moet 1 (maandag) t/m 7 (zondag) zijn`).max(7, `${what} moet 1 (maandag) t/m 7 (zondag) zijn`);
const email = z.string({ error: 'e-mailadres moet tekst zijn' }).trim().toLowerCase().pipe(z.email({ error: 'e-mailadres is ongeldig' }));
const zone = z.string().refine((s) => IANAZone.isValidZone(s), 'tijdzone onbekend; gebruik een naam als Europe/Amsterdam');
const language = z.enum(['nl', 'en'], { error: 'taal moet nl of en zijn' });
const localDate = z.iso.date({ error: 'datum moet de vorm JJJJ-MM-DD hebben' });

export function dedupeIgnoringCase(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => !seen.has(v.toLowerCase()) && seen.add(v.toLowerCase()));
}

export const ZCategoryInput = z.object({
  organisationId: id('organisatie'),
  name: text('naam van de rubriek'),
  idealIntervalDays: days('ideale contactfrequentie'),
  maxIntervalDays: days('maximale contactfrequentie'),
  priority: z.number({ error: 'prioriteit moet een getal zijn' }).int('prioriteit moet een heel getal zijn').default(0),
  /** Absent: a new rubriek needs all three levels, an existing one keeps its choice. */
  requiredLevels: z.array(ZLevel).min(1, 'kies minstens één niveau waarop een eigenaar nodig is').optional()
    .transform((ls) => ls && LEVELS.filter((l) => ls.includes(l))),
}).refine((c) => c.idealIntervalDays <= c.maxIntervalDays, {
  error: 'de ideale contactfrequentie mag niet langer zijn dan de maximale; maak "ideaal" kleiner of gelijk aan "maximaal"',
  path: ['idealIntervalDays'],
});
export type CategoryInput = z.input<typeof ZCategoryInput>;

const partnerFields = {
  name: text('naam van de partner'),
  /** null removes the rubriek. */
  categoryName: optionalText('rubriek'),
  sector: optionalText('sector'),
  region: optionalText('regio'),
  aliases: tags('alias'),
  externalId: optionalText('extern id'),
};
export const ZNewPartner = z.object({ organisationId: id('organisatie'), ...partnerFields, aliases: partnerFields.aliases.default([]) })
  .partial({ categoryName: true, sector: true, region: true, externalId: true });
export type NewPartner = z.input<typeof ZNewPartner>;
export const ZPartnerChanges = z.object(partnerFields).partial().extend({ organisationId: id('organisatie'), id: id('partner') });
export type PartnerChanges = z.input<typeof ZPartnerChanges>;

export const ZPartnerContactInput = z.object({
  organisationId: id('organisatie'),
  partnerId: id('partner'),
  /** Present: update this contact person; absent: add one. */
  id: id('contactpersoon').optional(),
  name: text('naam van de contactpersoon'),
  level: ZLevel,
  jobTitle: optionalText('functie').optional(),
  email: email.nullable().optional(),
  phone: optionalText('telefoonnummer', 40).optional(),
  expertise: tags('expertise').default([]),
});
export type PartnerContactInput = z.input<typeof ZPartnerContactInput>;

const staffFields = {
  name: text('naam van de medewerker'),
  email: email.nullable(),
  externalId: optionalText('personeelsnummer'),
  role: ZRole,
  expertise: tags('expertise'),
  awayUntil: localDate.nullable(),
  language: language.nullable(),
  timezone: zone.nullable(),
};
export const ZNewStaff = z.object({ organisationId: id('organisatie'), ...staffFields, role: ZRole.default('staff'), expertise: staffFields.expertise.default([]) })
  .partial({ email: true, externalId: true, awayUntil: true, language: true, timezone: true });
export type NewStaff = z.input<typeof ZNewStaff>;
export const ZStaffChanges = z.object(staffFields).partial().extend({ organisationId: id('organisatie'), id: id('medewerker') });
export type StaffChanges = z.input<typeof ZStaffChanges>;

export const ZIdentityKey = z.object({
  platform: ZPlatform,
  platformOrgId: z.string().default(''),
  platformUserId: text('gebruikers-id van het platform'),
});
export type IdentityKey = z.input<typeof ZIdentityKey>;
export const ZIdentityLink = ZIdentityKey.extend({ organisationId: id('organisatie'), staffId: id('medewerker') });
export type IdentityLink = z.input<typeof ZIdentityLink>;

const teamFields = {
  name: text('naam van het team'),
  channelRef: optionalText('teamkanaal', 500),
  celebrationChannelRef: optionalText('vierkanaal', 500),
  timezone: zone,
  language,
  checkinWeekday: weekday('dag van de check-in'),
  checkinTime: clock('tijd van de check-in'),
  reminderTime: clock('tijd van de herinnering'),
  agendaWeekday: weekday('dag van het RRO'),
  agendaTime: clock('tijd van het RRO'),
  nudgeTime: clock('tijd van de nudges'),
  nudgesEnabled: z.boolean({ error: 'nudges aan/uit moet ja of nee zijn' }),
};
export const ZNewTeam = z.object(teamFields).partial().required({ name: true }).extend({ organisationId: id('organisatie') });
export type NewTeam = z.input<typeof ZNewTeam>;
export const ZTeamChanges = z.object(teamFields).partial().extend({ organisationId: id('organisatie'), id: id('team') });
export type TeamChanges = z.input<typeof ZTeamChanges>;

export const ZTeamMember = z.object({
  organisationId: id('organisatie'), teamId: id('team'), staffId: id('medewerker'), isLead: z.boolean().default(false),
});
export type TeamMemberInput = z.input<typeof ZTeamMember>;

export const ZAssignmentInput = z.object({
  organisationId: id('organisatie'), staffId: id('medewerker'), partnerId: id('partner'), level: ZLevel,
  kind: ZAssignmentKind.default('owner'),
});
export type AssignmentInput = z.input<typeof ZAssignmentInput>;

export const ZNewContactMoment = z.object({
  organisationId: id('organisatie'),
  staffId: id('medewerker'),
  partnerId: id('partner'),
  occurredAt: z.coerce.date({ error: 'tijdstip van het contact is geen geldige datum' }),
  channel: ZContactChannel.default('other'),
  level: ZLevel,
  note: optionalText('notitie', 2000).optional(),
  source: z.enum(CONTACT_SOURCES, { error: 'bron van het contact onbekend' }).default('manual'),
});
export type NewContactMoment = z.input<typeof ZNewContactMoment>;
