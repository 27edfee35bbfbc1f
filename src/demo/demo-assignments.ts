// Who owns which partner: every partner has one or two owners at the operational
// level from its team, leads hold several tactical relationships, and the director
// holds the strategic ones ("management sets the example").
import type { DemoAssignment, DemoMembership, DemoPartner, DemoStaff } from './demo-types.ts';
import type { SeededRandom } from './seeded-random.ts';

// The partners where the board-level relationship matters most.
const STRATEGIC_PARTNERS = ['het-baken', 'ggz-maasdelta', 'gem-maasmonde', 'delta-eerstelijn', 'kompas', 'de-kaap', 'ggd'];

export function buildAssignments(
  partners: DemoPartner[],
  staff: DemoStaff[],
  memberships: DemoMembership[],
  random: SeededRandom,
): DemoAssignment[] {
  const assignments: DemoAssignment[] = [];
  const turn = new Map<string, number>();
  for (const partner of partners) {
    const team = memberships.filter((m) => m.teamKey === partner.teamKey);
    const carers = team.filter((m) => !m.isLead).map((m) => m.staffKey);
    // Round robin keeps the load even; a random co-owner makes it look lived-in.
    const next = turn.get(partner.teamKey) ?? 0;
    turn.set(partner.teamKey, next + 1);
    const owner = carers[next % carers.length]!;
    assignments.push({ staffKey: owner, partnerKey: partner.key, level: 'operationeel', kind: 'owner' });
    if (random.chance(0.35)) {
      const coOwner = random.pick(carers.filter((key) => key !== owner));
      assignments.push({ staffKey: coOwner, partnerKey: partner.key, level: 'operationeel', kind: 'co_owner' });
    }
    const lead = team.find((m) => m.isLead);
    if (lead && (next % 2 === 0 || random.chance(0.3))) {
      assignments.push({ staffKey: lead.staffKey, partnerKey: partner.key, level: 'tactisch', kind: 'owner' });
    }
  }
  const manager = staff.find((s) => s.role === 'manager');
  if (manager) {
    for (const partnerKey of STRATEGIC_PARTNERS) {
      assignments.push({ staffKey: manager.key, partnerKey, level: 'strategisch', kind: 'owner' });
    }
  }
  return assignments;
}
