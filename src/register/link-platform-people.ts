// Links chat accounts to imported staff by e-mail (Slack channel members, a Teams
// roster). Returns who was linked and who could not be matched, for the lead.
import { ZPlatformPerson, type PlatformPerson } from '../core/platform-person.ts';
import type { StaffStore } from './register-ports.ts';

export interface LinkResult {
  linked: { staffId: string; name: string }[];
  alreadyLinked: number;
  unmatched: { platformUserId: string; name?: string | undefined; email?: string | undefined }[];
}

export async function linkPlatformPeople(
  store: Pick<StaffStore, 'findStaffByIdentity' | 'findStaffByEmail' | 'linkIdentity'>,
  input: { organisationId: string; platform: 'slack' | 'teams' | 'local'; platformOrgId: string; people: PlatformPerson[] },
): Promise<LinkResult> {
  const result: LinkResult = { linked: [], alreadyLinked: 0, unmatched: [] };
  for (const raw of input.people) {
    const person = ZPlatformPerson.parse(raw);
    const key = { platform: input.platform, platformOrgId: input.platformOrgId, platformUserId: person.platformUserId };
    if (await store.findStaffByIdentity(key)) {
      result.alreadyLinked++;
      continue;
    }
    const staff = person.email ? await store.findStaffByEmail(input.organisationId, person.email) : null;
    if (!staff) {
      result.unmatched.push({ platformUserId: person.platformUserId, name: person.name, email: person.email });
      continue;
    }
    await store.linkIdentity({ staffId: staff.id, ...key });
    result.linked.push({ staffId: staff.id, name: staff.name });
  }
  return result;
}
