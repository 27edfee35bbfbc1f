// Gives one person's assignment (partner at a level) to a colleague, keeping its
// kind; from the reassign queue it also settles the "niet (meer) mijn partner" answer.
import { z } from 'zod';
import { DomainError } from '../core/domain-error.ts';
import { ZLevel } from '../core/register-types.ts';
import { parseInput } from './parse-input.ts';
import type { PartnerAdminWrites } from './partner-admin-ports.ts';
import type { RegisterStore, StaffStore } from './register-ports.ts';
import { requirePartnerInOrganisation, requireStaffInOrganisation } from './require-in-organisation.ts';

const ZReassign = z.object({
  organisationId: z.uuid({ error: 'organisatie: geen geldig id' }),
  partnerId: z.uuid({ error: 'partner: geen geldig id' }),
  level: ZLevel,
  fromStaffId: z.uuid({ error: 'huidige eigenaar: geen geldig id' }),
  toStaffId: z.uuid({ error: 'nieuwe eigenaar: kies een collega' }),
  actorStaffId: z.uuid({ error: 'beheerder: geen geldig id' }),
  nudgeId: z.uuid().optional(),
});

export interface ReassignPorts {
  register: Pick<RegisterStore, 'findPartner'>;
  staff: Pick<StaffStore, 'findStaff'>;
  writes: Pick<PartnerAdminWrites, 'moveAssignment'>;
}

export async function reassignPartner(ports: ReassignPorts, input: z.input<typeof ZReassign>, now: Date): Promise<void> {
  const { organisationId, partnerId, level, fromStaffId, toStaffId, actorStaffId, nudgeId } = parseInput(ZReassign, input);
  if (fromStaffId === toStaffId) throw new DomainError('reassign_same_person', 'Kies een andere collega dan de huidige eigenaar.', { promptKey: 'beheer-partners.err_same_person' });
  await requirePartnerInOrganisation(ports.register, organisationId, partnerId);
  await requireStaffInOrganisation(ports.staff, organisationId, fromStaffId);
  await requireStaffInOrganisation(ports.staff, organisationId, toStaffId);
  const audit = {
    organisationId, actorStaffId, action: nudgeId ? 'queue.reassigned' : 'assignment.reassigned', subject: `partner:${partnerId}`,
    details: { level, fromStaffId, toStaffId, ...(nudgeId ? { nudgeId } : {}) }, at: now,
  };
  const moved = await ports.writes.moveAssignment({ fromStaffId, toStaffId, partnerId, level }, audit, nudgeId ? { nudgeId, by: actorStaffId, at: now } : undefined);
  if (!moved) throw new DomainError('assignment_not_found', 'Deze toewijzing bestaat niet (meer); misschien heeft iemand anders haar net veranderd. Laad de pagina opnieuw.', { promptKey: 'beheer-partners.err_assignment_gone' });
}
