// Adds a staff member to a team, or changes whether they lead it.
import { ZTeamMember, type TeamMemberInput } from '../core/register.ts';
import { parseInput } from './parse-input.ts';
import type { StaffStore } from './register-ports.ts';
import { requireStaffInOrganisation, requireTeamInOrganisation } from './require-in-organisation.ts';

export async function addTeamMember(
  store: Pick<StaffStore, 'findTeam' | 'findStaff' | 'putTeamMember'>, input: TeamMemberInput,
): Promise<void> {
  const { organisationId, teamId, staffId, isLead } = parseInput(ZTeamMember, input);
  await requireTeamInOrganisation(store, organisationId, teamId);
  await requireStaffInOrganisation(store, organisationId, staffId);
  await store.putTeamMember(teamId, staffId, isLead);
}
