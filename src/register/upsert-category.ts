// Creates a rubriek or, when one with that name exists, updates its contact frequency.
import type { Category } from '../core/register.ts';
import { ZCategoryInput, type CategoryInput } from '../core/register.ts';
import { parseInput } from './parse-input.ts';
import type { RegisterStore } from './register-ports.ts';

export async function upsertCategory(store: Pick<RegisterStore, 'upsertCategory' | 'findCategoryByName'>, input: CategoryInput): Promise<Category> {
  const fields = parseInput(ZCategoryInput, input);
  // Keep the spelling already stored so "Rubriek A" and "rubriek a" stay one rubriek.
  const existing = await store.findCategoryByName(fields.organisationId, fields.name);
  return store.upsertCategory({ ...fields, name: existing?.name ?? fields.name });
}
