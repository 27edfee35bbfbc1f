// Archives a partner (it drops out of searches and nudges but keeps its history),
// or with archived: false brings it back.
import { z } from 'zod';
import type { Partner } from '../core/register.ts';
import { parseInput } from './parse-input.ts';
import type { RegisterStore } from './register-ports.ts';
import { requirePartnerInOrganisation } from './require-in-organisation.ts';

const ZArchivePartner = z.object({
  organisationId: z.uuid({ error: 'organisatie: geen geldig id' }),
  partnerId: z.uuid({ error: 'partner: geen geldig id' }),
  archived: z.boolean({ error: 'archiveren moet ja of nee zijn' }).default(true),
});

export async function archivePartner(
  store: Pick<RegisterStore, 'findPartner' | 'archivePartner'>, input: z.input<typeof ZArchivePartner>, now: Date,
): Promise<Partner> {
  const { organisationId, partnerId, archived } = parseInput(ZArchivePartner, input);
  const partner = await requirePartnerInOrganisation(store, organisationId, partnerId);
  if ((partner.archivedAt !== null) === archived) return partner;
  return store.archivePartner(partnerId, archived ? now : null);
}
