// The staff form's rules. Roles only from an admin; teams as two checkbox lists (member,
// lead) over the teams the viewer may manage. Messages are codes for beheer-org.error_<code>.
import { z } from 'zod';
import { ROLES } from '../../core/register-types.ts';
import type { Team } from '../../core/register.ts';
import type { FormValues } from './beheer-form.ts';
import type { StaffRow } from './beheer-org-ports.ts';
import { checked, text, uuid } from './beheer-input.ts';

export const ZStaffForm = z.object({
  name: text(200),
  email: z.string('email').trim().toLowerCase().max(254, 'too_long').default('').pipe(z.union([z.literal(''), z.email('email')])),
  role: z.enum(ROLES, 'role').optional(),
  language: z.enum(['', 'nl', 'en'], 'language').default(''),
  awayUntil: z.string('date').trim().default('').pipe(z.union([z.literal(''), z.iso.date('date')])),
  platformUserId: z.string('platform_user').trim().max(200, 'too_long').regex(/^[A-Za-z0-9:@._-]*$/, 'platform_user').default(''),
  team: checked.pipe(z.array(uuid)),
  lead: checked.pipe(z.array(uuid)),
});
export type StaffForm = z.output<typeof ZStaffForm>;

/** The register's staff fields from the form ('' clears a field). */
export function staffFieldsOf(form: StaffForm, mayChangeRole: boolean) {
  return {
    name: form.name,
    email: form.email || null,
    language: form.language || null,
    awayUntil: form.awayUntil || null,
    ...(mayChangeRole && form.role ? { role: form.role } : {}),
  };
}

export function staffValues(s: StaffRow): FormValues {
  return {
    name: s.name, email: s.email ?? '', role: s.role, language: s.language ?? '', awayUntil: s.awayUntil ?? '',
    platformUserId: s.platformUserId ?? '',
    team: s.memberships.map((m) => m.teamId), lead: s.memberships.filter((m) => m.isLead).map((m) => m.teamId),
  };
}

export interface MembershipChange { teamId: string; change: 'add' | 'set_lead' | 'remove'; isLead: boolean }

/** What to change on the teams the viewer may manage; memberships of other teams are left alone. */
export function membershipChanges(current: StaffRow['memberships'], form: StaffForm, teams: Team[]): MembershipChange[] {
  const changes: MembershipChange[] = [];
  for (const team of teams) {
    const now = current.find((m) => m.teamId === team.id);
    const isLead = form.lead.includes(team.id);
    const member = form.team.includes(team.id) || isLead; // a lead is a member
    if (member && !now) changes.push({ teamId: team.id, change: 'add', isLead });
    else if (member && now && now.isLead !== isLead) changes.push({ teamId: team.id, change: 'set_lead', isLead });
    else if (!member && now) changes.push({ teamId: team.id, change: 'remove', isLead: false });
  }
  return changes;
}

/** Accent- and case-free, for the search box ("jose" finds José). */
export function searchKey(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
