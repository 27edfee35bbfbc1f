// The four register kinds and their columns: the Dutch header we export and the
// header spellings we accept from typical Dutch exports (sociale kaart, HR, Excel).
import { z } from 'zod';
import { toCompareKey } from './compare-key.ts';

export const REGISTER_KINDS = ['partners', 'contacts', 'staff', 'assignments'] as const;
export type RegisterKind = (typeof REGISTER_KINDS)[number];

export interface RegisterColumn {
  field: string;
  /** Header written on export; also accepted on import. */
  header: string;
  /** Other accepted spellings; compared with toHeaderKey, so case, accents and spacing do not matter. */
  aliases: string[];
  required: boolean;
  /** Read on import, not written on export (the team channel is a team's, not a person's). */
  importOnly?: boolean;
}

const col = (field: string, header: string, aliases: string[], required = false): RegisterColumn => ({
  field,
  header,
  aliases,
  required,
});

export const REGISTER_COLUMNS: Record<RegisterKind, RegisterColumn[]> = {
  partners: [
    col('name', 'naam', ['organisatie', 'organisatienaam', 'naam organisatie', 'partner', 'partnernaam', 'name', 'organisation', 'organization'], true),
    col('category', 'rubriek', ['categorie', 'category', 'rubrieknaam']),
    col('sector', 'sector', ['type', 'soort', 'type organisatie', 'soort organisatie', 'branche']),
    col('region', 'plaats', ['gemeente', 'regio', 'region', 'woonplaats', 'vestigingsplaats', 'stad', 'city', 'place']),
    col('aliases', 'aliassen', ['alias', 'aliases', 'ook bekend als', 'andere namen', 'afkorting', 'afkortingen']),
    col('externalId', 'extern id', ['externe id', 'external id', 'agb', 'agb code', 'kvk', 'kvk nummer', 'id', 'code']),
  ],
  contacts: [
    col('partner', 'partner', ['organisatie', 'partnernaam', 'partner naam', 'organisation'], true),
    col('name', 'naam', ['contactpersoon', 'naam contactpersoon', 'name', 'contact'], true),
    col('jobTitle', 'functie', ['functietitel', 'job title', 'title']),
    col('level', 'niveau', ['level'], true),
    col('email', 'e-mail', ['email', 'e-mailadres', 'mail', 'mailadres']),
    col('phone', 'telefoon', ['telefoonnummer', 'tel', 'phone', 'mobiel']),
    col('expertise', 'expertise', ['deskundigheid', 'specialisme', 'expertises']),
  ],
  staff: [
    col('name', 'naam', ['medewerker', 'name', 'volledige naam'], true),
    col('email', 'e-mail', ['email', 'e-mailadres', 'mail', 'mailadres']),
    col('role', 'rol', ['role', 'functierol']),
    col('teams', 'teams', ['team', 'teamnaam']),
    { ...col('teamChannel', 'teamkanaal', ['kanaal', 'team kanaal', 'kanaal id', 'channel', 'team channel', 'channel id']), importOnly: true },
    col('expertise', 'expertise', ['deskundigheid', 'specialisme', 'expertises']),
    col('externalId', 'personeelsnummer', ['extern id', 'externe id', 'external id', 'medewerkernummer', 'id']),
  ],
  assignments: [
    col('staff', 'medewerker (e-mail)', ['medewerker', 'medewerker e-mail', 'e-mail medewerker', 'email', 'e-mail', 'staff', 'staff email', 'personeelsnummer'], true),
    col('partner', 'partner', ['organisatie', 'partnernaam', 'organisation'], true),
    col('level', 'niveau', ['level'], true),
    col('kind', 'soort', ['kind', 'type', 'rol']),
  ],
};

const KIND_WORDS: Record<string, RegisterKind> = {
  partners: 'partners', partner: 'partners', netwerkpartners: 'partners',
  contacts: 'contacts', contactpersonen: 'contacts', contactpersoon: 'contacts', contacten: 'contacts',
  staff: 'staff', medewerkers: 'staff', personeel: 'staff',
  assignments: 'assignments', toewijzingen: 'assignments', koppelingen: 'assignments',
};

export const ZRegisterKind = z
  .string()
  .transform((word) => KIND_WORDS[toCompareKey(word)])
  .pipe(z.enum(REGISTER_KINDS, { error: 'soort register moet partners, contacts, staff of assignments zijn' }));
