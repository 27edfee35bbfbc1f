// Makes a staff member (co-)owner of a partner relationship at one level.
import { ZAssignmentInput, type Assignment, type AssignmentInput } from '../core/register.ts';
import { parseInput } from './parse-input.ts';
import type { ContactStore, RegisterStore, StaffStore } from './register-ports.ts';
import { requirePartnerInOrganisation, requireStaffInOrganisation } from './require-in-organisation.ts';

export interface AssignPartnerPorts {
  register: Pick<RegisterStore, 'findPartner'>;
  staff: Pick<StaffStore, 'findStaff'>;
  contacts: Pick<ContactStore, 'putAssignment'>;
}

export async function assignPartner(ports: AssignPartnerPorts, input: AssignmentInput): Promise<Assignment> {
  const { organisationId, staffId, partnerId, level, kind } = parseInput(ZAssignmentInput, input);
  await requirePartnerInOrganisation(ports.register, organisationId, partnerId);
  await requireStaffInOrganisation(ports.staff, organisationId, staffId);
  return ports.contacts.putAssignment(staffId, partnerId, level, kind);
}
