// zod pieces shared by the beheer forms. Messages are codes: beheer-org.error_<code>
// holds the Dutch (and English) text shown beside the field.
import { IANAZone } from 'luxon';
import { z } from 'zod';
import { containsBsn } from '../../domain/bsn.ts';
import { TIME_OF_DAY } from '../../domain/time-of-day.ts';

/** Free text a person types: trimmed, bounded, never a BSN (client data stays out). */
export const text = (max: number) => z.string('required').trim().min(1, 'required').max(max, 'too_long').refine((s) => !containsBsn(s), 'bsn');
export const optionalText = (max: number) => z.string('invalid').trim().max(max, 'too_long').refine((s) => !containsBsn(s), 'bsn').default('');
export const days = z.string('days').trim().regex(/^\d{1,4}$/, 'days').transform(Number).pipe(z.number().int().min(1, 'days').max(3650, 'days'));
export const time = z.string('time').trim().regex(TIME_OF_DAY, 'time').transform((s) => s.padStart(5, '0'));
export const weekday = z.string('weekday').regex(/^[1-7]$/, 'weekday').transform(Number);
export const zone = z.string('timezone').trim().max(64, 'timezone').refine((s) => IANAZone.isValidZone(s), 'timezone');
export const language = z.enum(['nl', 'en'], 'language');
export const uuid = z.uuid('invalid');
/** A form's checkbox values: absent, one or several. */
export const checked = z.union([z.string(), z.array(z.string())], 'invalid').optional()
  .transform((v) => [v ?? []].flat().filter((s) => s !== '')).pipe(z.array(z.string()).max(200, 'invalid'));

/** The route's :id, or null (answered with 404 by the caller). */
export function idParam(value: unknown): string | null {
  const parsed = uuid.safeParse(value);
  return parsed.success ? parsed.data : null;
}
