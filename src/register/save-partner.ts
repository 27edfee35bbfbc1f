// Creates a partner, or changes one when an id is given. Names are unique per
// organisation regardless of capitals; the rubriek is chosen by name.
import { DomainError } from '../core/domain-error.ts';
import { ZNewPartner, ZPartnerChanges, type NewPartner, type Partner, type PartnerChanges } from '../core/register.ts';
import { parseInput } from './parse-input.ts';
import type { PartnerFields, RegisterStore } from './register-ports.ts';
import { requirePartnerInOrganisation } from './require-in-organisation.ts';

type Store = Pick<RegisterStore, 'createPartner' | 'updatePartner' | 'findPartner' | 'findPartnerByName' | 'findCategoryByName' | 'listCategories'>;

export async function savePartner(store: Store, input: NewPartner | PartnerChanges): Promise<Partner> {
  if ('id' in input && input.id !== undefined) return updatePartner(store, input);
  const { organisationId, categoryName, ...rest } = parseInput(ZNewPartner, input);
  await ensureNameFree(store, organisationId, rest.name, null);
  const categoryId = await resolveCategoryId(store, organisationId, categoryName ?? null);
  return store.createPartner(organisationId, {
    ...rest, sector: rest.sector ?? null, region: rest.region ?? null, externalId: rest.externalId ?? null, categoryId: categoryId ?? null,
  });
}

async function updatePartner(store: Store, input: PartnerChanges): Promise<Partner> {
  const { organisationId, id, categoryName, ...rest } = parseInput(ZPartnerChanges, input);
  await requirePartnerInOrganisation(store, organisationId, id);
  if (rest.name !== undefined) await ensureNameFree(store, organisationId, rest.name, id);
  const fields: Partial<PartnerFields> = { ...rest };
  if (categoryName !== undefined) fields.categoryId = await resolveCategoryId(store, organisationId, categoryName);
  return store.updatePartner(id, fields);
}

async function ensureNameFree(store: Store, organisationId: string, name: string, selfId: string | null): Promise<void> {
  const other = await store.findPartnerByName(organisationId, name);
  if (!other || other.id === selfId) return;
  const archived = other.archivedAt ? ' (gearchiveerd)' : '';
  throw new DomainError('partner_duplicate',
    `Er bestaat al een partner "${other.name}"${archived}; hoofdletters tellen niet mee. ` +
      'Pas die partner aan, of kies een andere naam (voeg bijvoorbeeld de plaats toe).',
    { existingPartnerId: other.id, promptKey: 'errors.partner_duplicate_named', values: { name: other.name, archived: other.archivedAt ? 'yes' : 'no' } });
}

async function resolveCategoryId(store: Store, organisationId: string, categoryName: string | null): Promise<string | null> {
  if (categoryName === null) return null;
  const category = await store.findCategoryByName(organisationId, categoryName);
  if (category) return category.id;
  const known = (await store.listCategories(organisationId)).map((c) => c.name);
  throw new DomainError('category_not_found',
    `Rubriek "${categoryName}" bestaat niet. ` +
      (known.length ? `Kies een van: ${known.join(', ')}.` : 'Maak eerst een rubriek aan.'),
    { categoryName, known, values: { name: categoryName, known: known.length ? known.join(', ') : 'none' } });
}
