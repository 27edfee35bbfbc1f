// Envelope → Actor: finds the organisation bound to the platform workspace and the
// staff member behind the platform user; links by e-mail on first contact.
import type { Envelope } from '../core/identity.ts';
import { pickLanguage } from '../core/i18n/translator.ts';
import type { Actor, CommonPorts } from './feature.ts';

export type ActorResolution =
  | { kind: 'known'; actor: Actor }
  | { kind: 'unknown-organisation' }
  | { kind: 'unknown-person'; organisationId: string; language: string };

export async function resolveActor(ports: CommonPorts, envelope: Envelope): Promise<ActorResolution> {
  const key = { platform: envelope.platform, platformOrgId: envelope.platformOrgId, platformUserId: envelope.person.platformUserId };
  // Both lookups hang only on the envelope: one round trip instead of two on every turn.
  const [organisation, linked] = await Promise.all([findOrBindOrganisation(ports, envelope), ports.staff.findStaffByIdentity(key)]);
  if (!organisation) return { kind: 'unknown-organisation' };
  let staff = linked;
  if (!staff && envelope.person.email) {
    // Staff imported by CSV are linked to their chat account by e-mail on first contact.
    staff = await ports.staff.findStaffByEmail(organisation.id, envelope.person.email);
    if (staff) await ports.staff.linkIdentity({ staffId: staff.id, ...key });
  }
  if (!staff) return { kind: 'unknown-person', organisationId: organisation.id, language: organisation.language };
  const memberships = await ports.staff.listMembershipsOfStaff(staff.id);
  const teams = memberships.map((m) => m.team);
  const leadOfTeamIds = memberships.filter((m) => m.isLead).map((m) => m.team.id);
  return {
    kind: 'known',
    actor: {
      staff,
      organisation,
      // A platform locale (often en-US by default) does not override the team's language.
      language: pickLanguage(staff.language, teams[0]?.language, organisation.language),
      timeZone: staff.timezone ?? envelope.person.timeZone ?? teams[0]?.timezone ?? organisation.timezone,
      teams,
      leadOfTeamIds,
    },
  };
}

/**
 * A deployment serves one organisation in the common case: the first event from a
 * workspace/tenant binds the only organisation in the database that is not yet
 * bound to a chat platform. With several organisations an admin binds them by hand.
 */
async function findOrBindOrganisation(ports: CommonPorts, envelope: Envelope) {
  const found = await ports.organisations.findByPlatform(envelope.platform, envelope.platformOrgId);
  if (found || envelope.platform === 'local') return found;
  const all = await ports.organisations.listAll();
  const only = all.length === 1 ? all[0] : undefined;
  if (!only || (only.platform !== 'local' && only.externalId !== '')) return null;
  await ports.organisations.bindPlatform(only.id, envelope.platform, envelope.platformOrgId);
  return { ...only, platform: envelope.platform, externalId: envelope.platformOrgId };
}
