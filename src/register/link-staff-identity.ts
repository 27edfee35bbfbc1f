// Links a platform account (Slack / Teams / local user id) to a staff member,
// so later messages from that account are recognised as theirs.
import { DomainError } from '../core/domain-error.ts';
import { ZIdentityLink, type IdentityLink, type Staff } from '../core/register.ts';
import { parseInput } from './parse-input.ts';
import type { StaffStore } from './register-ports.ts';
import { requireStaffInOrganisation } from './require-in-organisation.ts';

export async function linkStaffIdentity(
  store: Pick<StaffStore, 'findStaff' | 'findStaffByIdentity' | 'linkIdentity'>, input: IdentityLink,
): Promise<Staff> {
  const { organisationId, staffId, ...key } = parseInput(ZIdentityLink, input);
  const staff = await requireStaffInOrganisation(store, organisationId, staffId);
  const current = await store.findStaffByIdentity(key);
  if (current && current.id !== staffId) {
    // Silently moving an account would hand one person's partners to another.
    throw new DomainError('identity_taken',
      `Dit ${key.platform}-account is al gekoppeld aan ${current.name}. Ontkoppel het daar eerst, of controleer of je de juiste medewerker koos.`,
      { staffId: current.id, values: { platform: key.platform, name: current.name } });
  }
  if (!current) await store.linkIdentity({ staffId, ...key });
  return staff;
}
