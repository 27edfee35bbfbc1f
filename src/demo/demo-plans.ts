// Compact yearly plans for a few people: per partner a result, not an effort
// ("10% minder heropnames", not "we overleggen elk kwartaal").
import { DateTime } from 'luxon';
import { DEMO_TIME_ZONE } from './demo-calendar.ts';
import type { DemoOrganisation, DemoPlan } from './demo-types.ts';
import type { SeededRandom } from './seeded-random.ts';

const RESULTS: Record<string, string[]> = {
  vvt: ['10% minder heropnames binnen 30 dagen bij cliënten van {partner}', '90% van de overdrachten naar {partner} binnen 24 uur rond'],
  huisartsen: ['Ontslagbrief binnen 24 uur bij {partner} voor 95% van de patiënten', '15% minder verwijzingen naar de SEH vanuit {partner} voor vallende ouderen'],
  ggz: ['Consult ouderenpsychiatrie via {partner} binnen 5 werkdagen voor 80% van de vragen', 'Wachttijd voor een intake bij {partner} na ontslag onder de 4 weken'],
  gemeente: ['Wmo-aanvraag bij {partner} vóór ontslag geregeld voor 80% van de kwetsbare ouderen', '50% minder ligdagen door wachten op een plek via {partner}'],
  wijkteam: ['Bij 75% van de kwetsbare gezinnen is {partner} vóór ontslag betrokken', '20% meer mantelzorgers doorverwezen naar {partner}'],
  jeugdzorg: ['20% minder spoedplaatsingen van kinderen via {partner}', 'Bij alle kinderen met complexe zorg een gezamenlijk plan met {partner} binnen 2 weken'],
};

type PlanInput = Pick<DemoOrganisation, 'staff' | 'partners' | 'assignments'>;

export function buildPlans(now: Date, input: PlanInput, random: SeededRandom): DemoPlan[] {
  const year = DateTime.fromJSDate(now, { zone: DEMO_TIME_ZONE }).year;
  const planners = input.staff.filter((s) => s.role === 'lead' || s.role === 'manager').concat(
    input.staff.filter((s) => s.role === 'staff').filter((_, i) => i % 4 === 0),
  );
  return planners.map((person) => {
    const partnerKeys = [...new Set(input.assignments.filter((a) => a.staffKey === person.key).map((a) => a.partnerKey))].slice(0, 3);
    return {
      key: `plan-${person.key}`,
      staffKey: person.key,
      year,
      goals: partnerKeys.map((partnerKey) => {
        const partner = input.partners.find((p) => p.key === partnerKey)!;
        return {
          partnerKey,
          result: random.pick(RESULTS[partner.categoryKey]!).replace('{partner}', partner.name),
          achieved: random.chance(0.25),
        };
      }),
    };
  });
}
