// Submit of the rubrieken form (admins only): creates or updates a rubriek via
// the register use-case, then records who changed it.
import { z } from 'zod';
import type { InboundOf } from '../../core/inbound.ts';
import { LEVELS } from '../../core/register-types.ts';
import type { Reply } from '../../core/outbound.ts';
import type { Turn } from '../../bot/feature.ts';
import { ephemeral } from '../../bot/ephemeral.ts';
import { requireRole } from '../../bot/require-role.ts';
import { upsertCategory } from '../../register/upsert-category.ts';
import type { SettingsPorts } from './settings-ports.ts';
import { auditOf, fieldErrors, teamOfForm } from './team-of-form.ts';

const days = z.coerce.number('days').int('days').min(1, 'days').max(3650, 'days');
// Levels: none chosen keeps an existing rubriek's levels (a new one needs all three).
const levels = z.union([z.string(), z.array(z.string())], 'required').optional()
  .transform((v) => [v ?? []].flat().filter((s) => s !== '')).pipe(z.array(z.enum(LEVELS, 'invalid')))
  .transform((ls) => (ls.length > 0 ? ls : undefined));
const ZCategoryForm = z.object({ name: z.string('required').trim().min(1, 'required').max(200, 'too_long'), idealIntervalDays: days, maxIntervalDays: days, requiredLevels: levels })
  .refine((c) => c.idealIntervalDays <= c.maxIntervalDays, { message: 'ideal_over_max', path: ['idealIntervalDays'] });

export async function saveCategory(turn: Turn<InboundOf<'form_submitted'>>, ports: SettingsPorts, onChanged?: () => void): Promise<Reply[]> {
  requireRole(turn, 'admin');
  await teamOfForm(turn, ports, turn.inbound.context);
  const parsed = ZCategoryForm.safeParse(turn.inbound.values);
  if (!parsed.success) return [{ type: 'form_errors', errors: fieldErrors(turn, parsed.error.issues) }];
  const category = await upsertCategory(turn.deps.ports.register, { organisationId: turn.actor.organisation.id, ...parsed.data });
  await ports.recordAudit(category.id, auditOf(turn, 'category.saved', parsed.data));
  onChanged?.();
  return ephemeral(turn.t('settings.category_saved', { name: category.name, ideal: category.idealIntervalDays, max: category.maxIntervalDays }));
}
