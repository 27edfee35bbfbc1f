// The linkPeople port an adapter gets: link chat accounts by e-mail inside the
// organisation bound to that workspace/tenant (or the only organisation, before binding).
import type { PlatformPerson } from '../core/platform-person.ts';
import { linkPlatformPeople } from '../register/link-platform-people.ts';
import type { Runtime } from './create-runtime.ts';

export function linkPeopleFor(runtime: Runtime, platform: 'slack' | 'teams') {
  return async (people: PlatformPerson[], platformOrgId: string) => {
    const organisations = runtime.deps.ports.organisations;
    const bound = await organisations.findByPlatform(platform, platformOrgId);
    const all = bound ? [bound] : await organisations.listAll();
    if (all.length !== 1) return null;
    return linkPlatformPeople(runtime.deps.ports.staff, { organisationId: all[0]!.id, platform, platformOrgId, people });
  };
}
