// The team a settings form is about (its context), re-checked on every submit:
// a form may have been opened by someone who is no longer lead.
import { DomainError } from '../../core/domain-error.ts';
import type { Team } from '../../core/register.ts';
import type { Turn } from '../../bot/feature.ts';
import { requireLeadOf } from '../../bot/require-role.ts';
import type { SettingsAudit, SettingsPorts } from './settings-ports.ts';

export async function teamOfForm(turn: Turn, ports: SettingsPorts, teamId: string): Promise<Team> {
  const team = (await ports.listTeams(turn.actor.organisation.id)).find((t) => t.id === teamId);
  if (!team) throw new DomainError('team_not_found', 'Dit team bestaat niet (meer).', { promptKey: 'settings.no_team', values: { name: '—' } });
  requireLeadOf(turn, team.id);
  return team;
}

export function auditOf(turn: Turn, action: string, details?: Record<string, unknown>): SettingsAudit {
  return { organisationId: turn.actor.organisation.id, actorStaffId: turn.actor.staff.id, action, ...(details ? { details } : {}) };
}

/** zod issues → one translated message per field. */
export function fieldErrors(turn: Turn, issues: { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) errors[String(issue.path[0])] ??= turn.t(`settings.error_${issue.message}`);
  return errors;
}
