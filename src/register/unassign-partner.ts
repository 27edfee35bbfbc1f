// Ends a staff member's ownership of a partner at one level; true when it existed.
import { ZAssignmentInput, type AssignmentInput } from '../core/register.ts';
import { parseInput } from './parse-input.ts';
import type { ContactStore, RegisterStore } from './register-ports.ts';
import { requirePartnerInOrganisation } from './require-in-organisation.ts';

export async function unassignPartner(
  ports: { register: Pick<RegisterStore, 'findPartner'>; contacts: Pick<ContactStore, 'removeAssignment'> },
  input: Omit<AssignmentInput, 'kind'>,
): Promise<boolean> {
  const { organisationId, staffId, partnerId, level } = parseInput(ZAssignmentInput, input);
  await requirePartnerInOrganisation(ports.register, organisationId, partnerId);
  return ports.contacts.removeAssignment(staffId, partnerId, level);
}
