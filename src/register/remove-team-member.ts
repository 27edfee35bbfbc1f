// Takes a staff member out of a team; true when they were a member.
import { ZTeamMember, type TeamMemberInput } from '../core/register.ts';
import { parseInput } from './parse-input.ts';
import type { StaffStore } from './register-ports.ts';
import { requireTeamInOrganisation } from './require-in-organisation.ts';

export async function removeTeamMember(
  store: Pick<StaffStore, 'findTeam' | 'removeTeamMember'>, input: Omit<TeamMemberInput, 'isLead'>,
): Promise<boolean> {
  const { organisationId, teamId, staffId } = parseInput(ZTeamMember, input);
  await requireTeamInOrganisation(store, organisationId, teamId);
  return store.removeTeamMember(teamId, staffId);
}
