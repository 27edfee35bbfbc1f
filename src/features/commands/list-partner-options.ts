// The organisation's active partners as form options, my own first; forms hold
// at most 100 options, so the rest is left off (the adapters offer search).
import type { Option } from '../../core/message.ts';
import type { Partner } from '../../core/register.ts';
import type { Turn } from '../../bot/feature.ts';

const MAX_OPTIONS = 100;
const ALL_PARTNERS = 10_000;

export async function listOrganisationPartners(turn: Turn): Promise<Partner[]> {
  return turn.deps.ports.register.searchPartners(turn.actor.organisation.id, '', ALL_PARTNERS);
}

export async function listPartnerOptions(turn: Turn): Promise<Option[]> {
  const [partners, mine] = await Promise.all([
    listOrganisationPartners(turn),
    turn.deps.ports.contacts.listAssignmentsOfStaff(turn.actor.staff.id),
  ]);
  const myIds = new Set(mine.map((a) => a.partnerId));
  const ordered = [...partners.filter((p) => myIds.has(p.id)), ...partners.filter((p) => !myIds.has(p.id))];
  return ordered.slice(0, MAX_OPTIONS).map((p) => ({ label: p.name.slice(0, 75), value: p.id }));
}
