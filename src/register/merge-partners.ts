// Two partners that are really one (a duplicate from an import, a renamed
// organisation): the kept one takes over every contact moment, assignment, nudge,
// success, plan goal, commitment, introduction and contact person of the other;
// the other's name (and aliases) become aliases of the kept one. One transaction.
import { z } from 'zod';
import { DomainError } from '../core/domain-error.ts';
import { parseInput } from './parse-input.ts';
import type { MergeCounts, PartnerAdminWrites } from './partner-admin-ports.ts';
import type { RegisterStore } from './register-ports.ts';
import { requirePartnerInOrganisation } from './require-in-organisation.ts';

const ZMerge = z.object({
  organisationId: z.uuid({ error: 'organisatie: geen geldig id' }),
  keepId: z.uuid({ error: 'te houden partner: geen geldig id' }),
  dropId: z.uuid({ error: 'samen te voegen partner: geen geldig id' }),
  actorStaffId: z.uuid({ error: 'beheerder: geen geldig id' }),
});

export async function mergePartners(
  ports: { register: Pick<RegisterStore, 'findPartner'>; writes: Pick<PartnerAdminWrites, 'mergePartners'> },
  input: z.input<typeof ZMerge>, now: Date,
): Promise<MergeCounts> {
  const { organisationId, keepId, dropId, actorStaffId } = parseInput(ZMerge, input);
  if (keepId === dropId) throw new DomainError('merge_same_partner', 'Kies twee verschillende partners om samen te voegen.', { promptKey: 'beheer-partners.err_merge_same' });
  const keep = await requirePartnerInOrganisation(ports.register, organisationId, keepId);
  const drop = await requirePartnerInOrganisation(ports.register, organisationId, dropId);
  return ports.writes.mergePartners({
    organisationId, keepId, dropId,
    audit: { organisationId, actorStaffId, action: 'partner.merged', subject: `partner:${keep.id}`, details: { keptName: keep.name, mergedName: drop.name, mergedId: drop.id }, at: now },
  });
}
