// Creates a rubriek, or changes one (name included) when an id is given. Names are
// unique per organisation regardless of capitals, so a second "Ziekenhuizen" is refused.
import { DomainError } from '../core/domain-error.ts';
import { ZCategoryInput, type Category, type CategoryInput } from '../core/register.ts';
import { parseInput } from './parse-input.ts';
import type { RegisterStore } from './register-ports.ts';
import { requireCategoryInOrganisation } from './require-in-organisation.ts';

type Store = Pick<RegisterStore, 'upsertCategory' | 'updateCategory' | 'findCategory' | 'findCategoryByName'>;

export async function saveCategory(store: Store, input: CategoryInput & { id?: string | undefined }): Promise<Category> {
  const { organisationId, ...fields } = parseInput(ZCategoryInput, input);
  const other = await store.findCategoryByName(organisationId, fields.name);
  if (other && other.id !== input.id) {
    throw new DomainError('category_duplicate', `Er bestaat al een rubriek "${other.name}". Kies een andere naam of pas die rubriek aan.`,
      { promptKey: 'beheer-org.error_category_duplicate', values: { name: other.name } });
  }
  if (input.id === undefined) return store.upsertCategory({ organisationId, ...fields });
  await requireCategoryInOrganisation(store, organisationId, input.id);
  return store.updateCategory(input.id, fields);
}
