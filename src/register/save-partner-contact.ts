// Adds a contact person at a partner, or changes one when an id is given.
import { DomainError } from '../core/domain-error.ts';
import { ZPartnerContactInput, type PartnerContact, type PartnerContactInput } from '../core/register.ts';
import { parseInput } from './parse-input.ts';
import type { RegisterStore } from './register-ports.ts';
import { requirePartnerInOrganisation } from './require-in-organisation.ts';

type Store = Pick<RegisterStore, 'findPartner' | 'findPartnerContact' | 'createPartnerContact' | 'updatePartnerContact'>;

export async function savePartnerContact(store: Store, input: PartnerContactInput): Promise<PartnerContact> {
  const { organisationId, partnerId, id, ...rest } = parseInput(ZPartnerContactInput, input);
  await requirePartnerInOrganisation(store, organisationId, partnerId);
  const fields = { ...rest, jobTitle: rest.jobTitle ?? null, email: rest.email ?? null, phone: rest.phone ?? null };
  if (id === undefined) return store.createPartnerContact(partnerId, fields);
  const existing = await store.findPartnerContact(id);
  if (existing?.partnerId !== partnerId) {
    throw new DomainError('partner_contact_not_found', 'Deze contactpersoon hoort niet bij deze partner. Open de contactpersoon vanuit de juiste partner.', { id, partnerId });
  }
  return store.updatePartnerContact(id, fields);
}
