// Deletes a rubriek, but only one no partner is filed under: deleting a used one would
// silently drop those partners' contact frequency.
import { DomainError } from '../core/domain-error.ts';
import type { RegisterStore } from './register-ports.ts';
import { requireCategoryInOrganisation } from './require-in-organisation.ts';

type Store = Pick<RegisterStore, 'findCategory' | 'countPartnersInCategory' | 'deleteCategory'>;

export async function deleteCategory(store: Store, organisationId: string, id: string): Promise<{ name: string }> {
  const category = await requireCategoryInOrganisation(store, organisationId, id);
  const partners = await store.countPartnersInCategory(id);
  if (partners > 0) {
    throw new DomainError('category_in_use',
      `Rubriek "${category.name}" hoort bij ${partners} partner(s). Geef die partners eerst een andere rubriek; daarna kun je deze verwijderen.`,
      { promptKey: 'beheer-org.error_category_in_use', values: { name: category.name, count: partners } });
  }
  await store.deleteCategory(id);
  return { name: category.name };
}
