// Eight successes of the past half year, each tagged with slaagfactoren, told by
// the partner's owner and thanking colleagues who helped.
import type { LapseStatus } from '../core/register-types.ts';
import { pickWorkingMoment } from './demo-calendar.ts';
import type { DemoOrganisation, DemoSuccess } from './demo-types.ts';
import type { SeededRandom } from './seeded-random.ts';

interface SuccessStory {
  categoryKey: string;
  title: string;
  story: string;
  tags: string[];
}

const STORIES: SuccessStory[] = [
  { categoryKey: 'vvt', title: 'Warme overdracht binnen 24 uur', story: 'Met {partner} een vaste belronde voor ontslag afgesproken. Negen van de tien overdrachten zijn nu binnen 24 uur rond.', tags: ['Resultaten', 'Opdrachten'] },
  { categoryKey: 'huisartsen', title: 'Gezamenlijke scholing delier', story: 'Samen met {partner} een avondscholing delier gegeven aan 22 huisartsen en POH\'s. Er staat al een vervolg gepland.', tags: ['Leren', 'De spelers'] },
  { categoryKey: 'ggz', title: 'Consultatielijn ouderenpsychiatrie', story: 'Vanaf deze maand kunnen onze afdelingen rechtstreeks overleggen met een psychiater van {partner}. Eerste week al vier consulten.', tags: ['Resources & competenties', 'Organisatie'] },
  { categoryKey: 'gemeente', title: 'Wmo-indicatie vóór ontslag geregeld', story: 'Met {partner} afgesproken dat de Wmo-consulent al tijdens de opname langskomt. Geen wachtdagen meer voor huishoudelijke hulp na ontslag.', tags: ['Stakeholders & belangen', 'Resultaten'] },
  { categoryKey: 'wijkteam', title: 'Wijkteam schuift aan bij het ontslaggesprek', story: '{partner} sluit voortaan aan bij ontslaggesprekken van kwetsbare gezinnen. Ouders weten nu wie ze thuis kunnen bellen.', tags: ['De spelers', 'Opdrachten'] },
  { categoryKey: 'jeugdzorg', title: 'Eén gezinsplan in plaats van drie', story: 'Met {partner} één gezinsplan gemaakt voor een gezin met drie hulpverleners. Minder overleg, meer rust voor het gezin.', tags: ['Stakeholders & belangen', 'Organisatie'] },
  { categoryKey: 'jeugdzorg', title: 'Intervisie over complexe casuïstiek', story: 'Eerste gezamenlijke intervisie met {partner}: we leerden van elkaars afwegingen bij zorgen over veiligheid thuis.', tags: ['Leren', 'De spelers'] },
  { categoryKey: 'vvt', title: 'Gedeeld overzicht van vrije bedden', story: '{partner} deelt nu dagelijks de vrije ELV-bedden met het Transferpunt. Patiënten liggen gemiddeld een dag korter onnodig in het ziekenhuis.', tags: ['Resources & competenties', 'Resultaten'] },
];

type SuccessInput = Pick<DemoOrganisation, 'partners' | 'assignments' | 'memberships'>;

export function buildSuccesses(now: Date, input: SuccessInput, statusByPartner: Map<string, LapseStatus>, random: SeededRandom): DemoSuccess[] {
  const used = new Set<string>();
  const successes: DemoSuccess[] = [];
  for (const [i, story] of STORIES.entries()) {
    // A success belongs with a relationship that is alive today.
    const partner = input.partners.find(
      (p) => p.categoryKey === story.categoryKey && statusByPartner.get(p.key) === 'green' && !used.has(p.key),
    ) ?? input.partners.find((p) => p.categoryKey === story.categoryKey && statusByPartner.get(p.key) !== 'grey' && !used.has(p.key));
    if (!partner) continue;
    used.add(partner.key);
    const author = input.assignments.find((a) => a.partnerKey === partner.key && a.kind === 'owner' && a.level === 'operationeel')!;
    const team = input.memberships.find((m) => m.staffKey === author.staffKey)!;
    const colleagues = input.memberships.filter((m) => m.teamKey === team.teamKey && m.staffKey !== author.staffKey);
    const thanked = [colleagues.find((m) => m.isLead) ?? colleagues[0]!, random.pick(colleagues)].map((m) => m.staffKey);
    successes.push({
      key: `success-${i + 1}`,
      teamKey: team.teamKey,
      authorKey: author.staffKey,
      title: story.title,
      story: story.story.replace('{partner}', partner.name),
      tags: story.tags,
      reactions: random.int(3, 17),
      createdAt: pickWorkingMoment(now, 6 + i * 21 + random.int(0, 9), random),
      partnerKeys: [partner.key],
      thankedStaffKeys: [...new Set(thanked)],
    });
  }
  return successes;
}
