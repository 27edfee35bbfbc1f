// Creates a staff member, or changes one when an id is given. E-mail addresses
// are unique per organisation regardless of capitals.
import { DomainError } from '../core/domain-error.ts';
import { ZNewStaff, ZStaffChanges, type NewStaff, type Staff, type StaffChanges } from '../core/register.ts';
import { parseInput } from './parse-input.ts';
import type { StaffStore } from './register-ports.ts';
import { requireStaffInOrganisation } from './require-in-organisation.ts';

type Store = Pick<StaffStore, 'createStaff' | 'updateStaff' | 'findStaff' | 'findStaffByEmail'>;

export async function saveStaff(store: Store, input: NewStaff | StaffChanges): Promise<Staff> {
  if ('id' in input && input.id !== undefined) {
    const { organisationId, id, ...fields } = parseInput(ZStaffChanges, input);
    await requireStaffInOrganisation(store, organisationId, id);
    if (fields.email) await ensureEmailFree(store, organisationId, fields.email, id);
    return store.updateStaff(id, fields);
  }
  const { organisationId, ...fields } = parseInput(ZNewStaff, input);
  if (fields.email) await ensureEmailFree(store, organisationId, fields.email, null);
  return store.createStaff(organisationId, {
    ...fields,
    email: fields.email ?? null,
    externalId: fields.externalId ?? null,
    awayUntil: fields.awayUntil ?? null,
    language: fields.language ?? null,
    timezone: fields.timezone ?? null,
  });
}

async function ensureEmailFree(store: Store, organisationId: string, email: string, selfId: string | null): Promise<void> {
  const other = await store.findStaffByEmail(organisationId, email);
  if (!other || other.id === selfId) return;
  throw new DomainError('staff_duplicate',
    `Het e-mailadres ${email} hoort al bij ${other.name}. Pas die medewerker aan, of gebruik een ander e-mailadres.`,
    { existingStaffId: other.id, promptKey: 'errors.staff_duplicate_named', values: { email, name: other.name } });
}
