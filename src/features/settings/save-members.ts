// Submit of the members form: add an existing colleague by e-mail, remove
// members, make members lead. Each change is its own audited step.
import { z } from 'zod';
import type { InboundOf } from '../../core/inbound.ts';
import type { Reply } from '../../core/outbound.ts';
import type { Turn } from '../../bot/feature.ts';
import { ephemeral } from '../../bot/ephemeral.ts';
import type { SettingsPorts } from './settings-ports.ts';
import { auditOf, fieldErrors, teamOfForm } from './team-of-form.ts';

const ids = z.union([z.string(), z.array(z.string())]).optional()
  .transform((v) => (v === undefined ? [] : [v].flat().filter((s) => s !== ''))).pipe(z.array(z.uuid('invalid')));
const ZMembers = z.object({
  addEmail: z.string().trim().toLowerCase().default('').pipe(z.union([z.literal(''), z.email('email')])),
  remove: ids,
  makeLead: ids,
});

export async function saveMembers(turn: Turn<InboundOf<'form_submitted'>>, ports: SettingsPorts, onChanged?: () => void): Promise<Reply[]> {
  const team = await teamOfForm(turn, ports, turn.inbound.context);
  const parsed = ZMembers.safeParse(turn.inbound.values);
  if (!parsed.success) return [{ type: 'form_errors', errors: fieldErrors(turn, parsed.error.issues) }];
  const v = parsed.data;
  const added = v.addEmail ? await turn.deps.ports.staff.findStaffByEmail(turn.actor.organisation.id, v.addEmail) : null;
  if (v.addEmail && !added) return [{ type: 'form_errors', errors: { addEmail: turn.t('settings.error_unknown_email', { email: v.addEmail }) } }];
  const members = new Set((await turn.deps.ports.staff.listTeamMembers(team.id)).map((m) => m.staff.id));
  if (added) await ports.changeMember(team.id, added.id, 'add', auditOf(turn, 'team.member_added', { staffId: added.id }));
  for (const id of v.makeLead.filter((id) => members.has(id) && !v.remove.includes(id))) {
    await ports.changeMember(team.id, id, 'make_lead', auditOf(turn, 'team.lead_made', { staffId: id }));
  }
  for (const id of v.remove.filter((id) => members.has(id))) {
    await ports.changeMember(team.id, id, 'remove', auditOf(turn, 'team.member_removed', { staffId: id }));
  }
  onChanged?.();
  return ephemeral(turn.t('settings.saved', { team: team.name }));
}
