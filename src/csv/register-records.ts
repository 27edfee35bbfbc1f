// The records of the four register kinds, and their zod schemas over the cells of one
// CSV row. A field is undefined when its column is absent (leave the stored value
// alone), null or [] when the cell is empty (clear it).
import { z } from 'zod';
import type { AssignmentRecord, ContactRecord, ImportRecords, PartnerRecord, StaffRecord } from '../register/import-records.ts';
import type { RegisterKind } from './register-columns.ts';
import { readAssignmentKind, readLevel, readRole, splitList } from './register-words.ts';

export type { AssignmentRecord, ContactRecord, PartnerRecord, StaffRecord } from '../register/import-records.ts';
export type RegisterRecords = ImportRecords;

const required = (label: string) =>
  z.string({ error: `${label} ontbreekt` }).trim().min(1, `${label} is leeg; vul een waarde in`);
const optional = z.string().trim().optional().transform((v) => (v === undefined ? undefined : v || null));
const list = z.string().optional().transform((v) => (v === undefined ? undefined : splitList(v)));
const email = optional.refine((v) => !v || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), 'ongeldig e-mailadres; verwacht iets als naam@organisatie.nl')
  .transform((v) => v?.toLowerCase() ?? v);

function word<T>(read: (w: string) => T | undefined, hint: string) {
  return z.string().transform((v, ctx) => {
    const value = read(v);
    if (value === undefined) {
      ctx.addIssue({ code: 'custom', message: v.trim() ? `onbekende waarde '${v.trim()}'; ${hint}` : `leeg; ${hint}` });
      return z.NEVER;
    }
    return value;
  });
}
const level = word(readLevel, 'gebruik operationeel, tactisch of strategisch');
const optionalWord = <T>(read: (w: string) => T | undefined, hint: string) =>
  z.string().optional().transform((v) => (v?.trim() ? v : undefined)).pipe(word(read, hint).optional());

const ZPartnerRecord = z.object({
  name: required('naam'),
  category: optional,
  sector: optional,
  region: optional,
  aliases: list,
  externalId: optional,
});

const ZContactRecord = z.object({
  partner: required('partner'),
  name: required('naam'),
  jobTitle: optional,
  level,
  email,
  phone: optional,
  expertise: list,
});

const ZStaffRecord = z
  .object({
    name: required('naam'),
    email,
    role: optionalWord(readRole, 'gebruik medewerker, teamleider, manager of beheerder'),
    teams: list,
    teamChannel: optional,
    expertise: list,
    externalId: optional,
  })
  .refine((s) => s.email || s.externalId, { message: 'vul een e-mailadres of personeelsnummer in; daaraan herkennen we de medewerker', path: ['email'] });

const ZAssignmentRecord = z.object({
  staff: required('medewerker'),
  partner: required('partner'),
  level,
  kind: optionalWord(readAssignmentKind, 'gebruik eigenaar of mede-eigenaar'),
});

export const REGISTER_RECORD_SCHEMAS: { [K in RegisterKind]: z.ZodType<RegisterRecords[K], Record<string, string>> } = {
  partners: ZPartnerRecord as z.ZodType<PartnerRecord, Record<string, string>>,
  contacts: ZContactRecord as z.ZodType<ContactRecord, Record<string, string>>,
  staff: ZStaffRecord as z.ZodType<StaffRecord, Record<string, string>>,
  assignments: ZAssignmentRecord as z.ZodType<AssignmentRecord, Record<string, string>>,
};
