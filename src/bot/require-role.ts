// Role checks for a turn. They throw a DomainError with a prompt key, so the
// dispatcher turns a refusal into a friendly message in the actor's language.
import { DomainError } from '../core/domain-error.ts';
import type { Role } from '../core/register-types.ts';
import type { Turn } from './feature.ts';

export function requireRole(turn: Turn, ...roles: Role[]): void {
  if (roles.includes(turn.actor.staff.role)) return;
  throw new DomainError('forbidden_role', `Dit mag alleen iemand met de rol ${roles.join(' of ')}.`, {
    promptKey: 'commands.forbidden_role',
    values: { roles: roles.join(', ') },
  });
}

/** Leads of the team, and functional admins everywhere. */
export function requireLeadOf(turn: Turn, teamId: string): void {
  if (turn.actor.staff.role === 'admin' || turn.actor.leadOfTeamIds.includes(teamId)) return;
  throw new DomainError('forbidden_lead', 'Dit mag alleen een teamleider van dit team of een functioneel beheerder.', {
    promptKey: 'commands.forbidden_lead',
    values: {},
  });
}
