// The organisation's active partners as form options, my own first; forms hold
// at most 100 options, so the rest is left off (the adapters offer search).
import type { Option } from '../../core/message.ts';
import type { Partner } from '../../core/register.ts';
import type { Turn } from '../../bot/feature.ts';
import { MAX_FORM_OPTIONS } from '../../core/form.ts';

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

/**
 * For a searchable partner choice in a form: my own partners first under "Mijn partners",
 * then the others per rubriek (alphabetical), up to MAX_FORM_OPTIONS. Slack shows the
 * groups in a type-to-search list, Teams a filtered choice set, the playground optgroups.
 */
export async function listGroupedPartnerOptions(turn: Turn): Promise<Option[]> {
  const [partners, mine] = await Promise.all([
    listOrganisationPartners(turn),
    turn.deps.ports.contacts.listAssignmentsOfStaff(turn.actor.staff.id),
  ]);
  const myIds = new Set(mine.map((a) => a.partnerId));
  const groupOf = (p: Partner) => (myIds.has(p.id) ? turn.t('commands.group_mine') : p.categoryName || turn.t('commands.group_other'));
  const others = partners.filter((p) => !myIds.has(p.id)).sort((a, b) => groupOf(a).localeCompare(groupOf(b), 'nl') || a.name.localeCompare(b.name, 'nl'));
  return [...partners.filter((p) => myIds.has(p.id)), ...others]
    .slice(0, MAX_FORM_OPTIONS)
    .map((p) => ({ label: p.name.slice(0, 75), value: p.id, group: groupOf(p).slice(0, 75) }));
}
