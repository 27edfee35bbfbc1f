// The records of the four register kinds as an import hands them to the register's
// rules. A field is undefined when its column is absent (leave the stored value
// alone), null or [] when the cell is empty (clear it).
import type { AssignmentKind, Level, Role } from '../core/register-types.ts';

export const IMPORT_KINDS = ['partners', 'contacts', 'staff', 'assignments'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface PartnerRecord {
  name: string;
  category?: string | null;
  sector?: string | null;
  region?: string | null;
  aliases?: string[];
  externalId?: string | null;
}

export interface ContactRecord {
  /** Partner name or external id. */
  partner: string;
  name: string;
  jobTitle?: string | null;
  level: Level;
  email?: string | null;
  phone?: string | null;
  expertise?: string[];
}

export interface StaffRecord {
  name: string;
  email?: string | null;
  role?: Role;
  teams?: string[];
  /** The channel of the team(s) named in this row (platform channel id). */
  teamChannel?: string | null;
  expertise?: string[];
  externalId?: string | null;
}

export interface AssignmentRecord {
  /** Staff e-mail or personeelsnummer. */
  staff: string;
  /** Partner name or external id. */
  partner: string;
  level: Level;
  kind?: AssignmentKind;
}

export interface ImportRecords {
  partners: PartnerRecord;
  contacts: ContactRecord;
  staff: StaffRecord;
  assignments: AssignmentRecord;
}

export interface ImportRow<T> {
  /** Spreadsheet row number (header = 1). */
  row: number;
  record: T;
}

export type ImportBatch = { [K in ImportKind]: { kind: K; rows: ImportRow<ImportRecords[K]>[] } }[ImportKind];
