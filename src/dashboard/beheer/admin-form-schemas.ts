// zod schemas for every beheer form of the partner register. Messages are prompt keys
// (beheer-partners.err_…), so errors are shown beside their field in the viewer's language.
import { z } from 'zod';
import { LEVELS } from '../../core/register-types.ts';
import { ASSIGNMENT_KINDS } from '../../core/register-types.ts';
import { noBsn } from './admin-form.ts';

const text = (max: number) => z.string({ error: 'err_invalid' }).trim().max(max, 'err_too_long').refine(noBsn, 'err_bsn');
const required = (max: number) => text(max).refine((s) => s.length > 0, 'err_required');
const id = z.uuid({ error: 'err_invalid' });
const orNull = (s: string) => (s === '' ? null : s);

/** One alias per line; empty lines are dropped. */
const aliasLines = text(5000).transform((s) => s.split(/\r?\n/).map((a) => a.trim()).filter(Boolean))
  .pipe(z.array(z.string().max(100, 'err_alias_too_long')).max(50, 'err_too_many_aliases'));

export const PARTNER_FIELDS = ['name', 'categoryName', 'region', 'sector', 'externalId', 'aliases'] as const;
export const ZPartnerForm = z.object({
  name: required(200),
  categoryName: text(200).transform(orNull),
  region: text(200).transform(orNull),
  sector: text(200).transform(orNull),
  externalId: text(200).transform(orNull),
  aliases: aliasLines,
});

export const CONTACT_FIELDS = ['id', 'name', 'level', 'jobTitle', 'email', 'phone', 'expertise'] as const;
export const ZContactForm = z.object({
  id: z.union([z.literal(''), id]).transform((s) => (s === '' ? undefined : s)),
  name: required(200),
  level: z.enum(LEVELS, { error: 'err_level' }),
  jobTitle: text(200).transform(orNull),
  email: text(254).refine((s) => s === '' || z.email().safeParse(s).success, 'err_email').transform((s) => orNull(s.toLowerCase())),
  phone: text(40).transform(orNull),
  expertise: text(1000).transform((s) => s.split(',').map((e) => e.trim()).filter(Boolean))
    .pipe(z.array(z.string().max(100, 'err_too_long')).max(50, 'err_too_many_tags')),
});

export const ZMergeForm = z.object({ otherName: required(200) });
export const ZMergeConfirm = z.object({ dropId: id });
export const ZArchiveForm = z.object({ archived: z.enum(['0', '1'], { error: 'err_invalid' }) });

export const ASSIGN_FIELDS = ['partnerName', 'staffId', 'level', 'kind'] as const;
export const ZAssignForm = z.object({
  partnerName: required(200),
  staffId: z.uuid({ error: 'err_staff' }),
  level: z.enum(LEVELS, { error: 'err_level' }),
  kind: z.enum(ASSIGNMENT_KINDS, { error: 'err_kind' }),
});
export const ZReassignForm = z.object({ partnerId: id, level: z.enum(LEVELS, { error: 'err_level' }), fromStaffId: id, toStaffId: z.uuid({ error: 'err_staff' }) });
export const ZUnassignForm = z.object({ partnerId: id, level: z.enum(LEVELS, { error: 'err_level' }), staffId: id });
export const ZQueueReassign = z.object({ toStaffId: z.uuid({ error: 'err_staff' }) });

export const ZListQuery = z.object({
  q: z.string().trim().max(200).catch(''),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  archief: z.enum(['1']).optional().catch(undefined),
});
