// Removes a contact person from a partner (the person left, or was entered twice).
import { z } from 'zod';
import { DomainError } from '../core/domain-error.ts';
import { parseInput } from './parse-input.ts';
import type { PartnerAdminWrites } from './partner-admin-ports.ts';
import type { RegisterStore } from './register-ports.ts';
import { requirePartnerInOrganisation } from './require-in-organisation.ts';

const ZRemove = z.object({
  organisationId: z.uuid({ error: 'organisatie: geen geldig id' }),
  partnerId: z.uuid({ error: 'partner: geen geldig id' }),
  id: z.uuid({ error: 'contactpersoon: geen geldig id' }),
});

export async function removePartnerContact(
  ports: { register: Pick<RegisterStore, 'findPartner' | 'findPartnerContact'>; writes: Pick<PartnerAdminWrites, 'deletePartnerContact'> },
  input: z.input<typeof ZRemove>,
): Promise<void> {
  const { organisationId, partnerId, id } = parseInput(ZRemove, input);
  await requirePartnerInOrganisation(ports.register, organisationId, partnerId);
  const existing = await ports.register.findPartnerContact(id);
  if (existing?.partnerId !== partnerId || !(await ports.writes.deletePartnerContact(id))) {
    throw new DomainError('partner_contact_not_found', 'Deze contactpersoon hoort niet (meer) bij deze partner. Laad de pagina opnieuw.', { id, partnerId });
  }
}
