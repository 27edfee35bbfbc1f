// Submit of the organisation form (admins only): the grace period before a
// never-contacted assignment is nudged, and management's check-in cadence.
import { z } from 'zod';
import type { InboundOf } from '../../core/inbound.ts';
import type { Reply } from '../../core/outbound.ts';
import type { Turn } from '../../bot/feature.ts';
import { ephemeral } from '../../bot/ephemeral.ts';
import { requireRole } from '../../bot/require-role.ts';
import type { SettingsPorts } from './settings-ports.ts';
import { auditOf, fieldErrors, teamOfForm } from './team-of-form.ts';

export const ZOrganisationSettings = z.object({
  neverContactedGraceDays: z.coerce.number('grace_days').int('grace_days').min(1, 'grace_days').max(365, 'grace_days'),
  managementCheckinCadence: z.enum(['monthly', 'quarterly'], 'cadence'),
});

export async function saveOrganisationSettings(turn: Turn<InboundOf<'form_submitted'>>, ports: SettingsPorts, onChanged?: () => void): Promise<Reply[]> {
  requireRole(turn, 'admin');
  await teamOfForm(turn, ports, turn.inbound.context);
  const parsed = ZOrganisationSettings.safeParse(turn.inbound.values);
  if (!parsed.success) return [{ type: 'form_errors', errors: fieldErrors(turn, parsed.error.issues) }];
  await ports.changeOrganisation(turn.actor.organisation.id, parsed.data, auditOf(turn, 'organisation.settings_changed', parsed.data));
  // The management check-in job reads the cadence when the jobs are (re)loaded.
  onChanged?.();
  return ephemeral(turn.t('settings.organisation_saved', {
    days: parsed.data.neverContactedGraceDays, cadence: parsed.data.managementCheckinCadence,
  }));
}
