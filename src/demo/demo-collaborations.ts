// Three regional collaborations with two closed quick-scan rounds each, so the
// playground's collaboration pages show the factors and their trend at once. The
// children's network's last round had only two respondents: its figures stay hidden.
import { SCAN_STATEMENTS, type ScanScores } from '../domain/quick-scan-results.ts';
import type { Slaagfactor } from '../domain/slaagfactoren.ts';
import type { DemoCollaboration, DemoOrganisation } from './demo-types.ts';
import type { SeededRandom } from './seeded-random.ts';
import { slugName } from './slug-name.ts';

const DAY = 86_400_000;
type Input = Pick<DemoOrganisation, 'staff' | 'partners'>;

interface Plan {
  key: string;
  name: string;
  owner: string;
  participants: string[];
  categories: string[];
  resultGoal: string;
  stage: DemoCollaboration['stage'];
  startMonthsAgo: number;
  /** Mean score per factor in the first and second round; unlisted factors 3.5. */
  profile: [Partial<Record<Slaagfactor, number>>, Partial<Record<Slaagfactor, number>>];
  respondents: [number, number];
}

const PLANS: Plan[] = [
  {
    key: 'transferketen', name: 'Transferketen Maasdelta', owner: 'Marieke van der Linden',
    participants: ['Sanne de Graaf', 'Youssef El Amrani', 'Ingrid Bosman', 'Thijs Verhoeven', 'Joost Kuipers'],
    categories: ['vvt', 'vvt', 'gemeente'], stage: 'uitvoeren', startMonthsAgo: 14,
    resultGoal: '90% van de patiënten binnen 24 uur na medisch ontslag op de juiste plek',
    profile: [{ Leren: 2.2, 'Resources & competenties': 2.8, Resultaten: 4.1 }, { Leren: 3.1, 'Resources & competenties': 2.6, Resultaten: 4.3 }],
    respondents: [4, 5],
  },
  {
    key: 'kwetsbare-ouderen', name: 'Netwerk Kwetsbare Ouderen', owner: 'Hanneke Smit',
    participants: ['Ruud Brouwer', 'Esther Mulder', 'Priya Ramdin', 'Lotte Hendriks'],
    categories: ['huisartsen', 'ggz', 'wijkteam'], stage: 'opstarten', startMonthsAgo: 9,
    resultGoal: '15% minder SEH-bezoeken van thuiswonende 75-plussers in de regio',
    profile: [{ 'De spelers': 2.4, Organisatie: 2.6 }, { 'De spelers': 3.2, Organisatie: 2.5, Opdrachten: 3.0 }],
    respondents: [4, 3],
  },
  {
    key: 'kansrijke-start', name: 'Kansrijke Start Maasdelta', owner: 'Charlotte Dekker',
    participants: ['Nadia Bakker', 'Mehmet Kaya', 'Eva de Wit', 'Daan Visser'],
    categories: ['jeugdzorg', 'wijkteam'], stage: 'verkennen', startMonthsAgo: 8,
    resultGoal: 'Elk kwetsbaar gezin heeft vóór de 16e week van de zwangerschap een vast aanspreekpunt',
    profile: [{ 'Stakeholders & belangen': 2.5 }, {}],
    respondents: [3, 2],
  },
];

export function buildCollaborations(now: Date, input: Input, random: SeededRandom): DemoCollaboration[] {
  return PLANS.map((plan) => {
    const partnerKeys = [...new Set(plan.categories.map((cat, i) => input.partners.filter((p) => p.categoryKey === cat)[i % 2]?.key).filter((k): k is string => !!k))];
    const staffKeys = plan.participants.map((n) => slugName(n)).filter((k) => input.staff.some((s) => s.key === k));
    const rounds = [7, 4].map((monthsAgo, r) => {
      const openedAt = new Date(now.getTime() - monthsAgo * 30 * DAY);
      const answers = random.shuffle(staffKeys).slice(0, plan.respondents[r]).map((staffKey) => ({
        staffKey, scores: scoresFor(plan.profile[r]!, random), answeredAt: new Date(openedAt.getTime() + random.int(1, 12) * DAY),
      }));
      return { openedAt, closedAt: new Date(openedAt.getTime() + 14 * DAY), invited: staffKeys.length, answers };
    });
    return {
      key: plan.key, name: plan.name, ownerKey: slugName(plan.owner), participantKeys: staffKeys, partnerKeys,
      resultGoal: plan.resultGoal, stage: plan.stage, startDate: new Date(now.getTime() - plan.startMonthsAgo * 30 * DAY), rounds,
    };
  });
}

function scoresFor(profile: Partial<Record<Slaagfactor, number>>, random: SeededRandom): ScanScores {
  return Object.fromEntries(SCAN_STATEMENTS.map((s) => {
    if (random.chance(0.05)) return [s.key, null];
    const mean = profile[s.factor] ?? 3.5;
    return [s.key, Math.min(5, Math.max(1, Math.round(mean + (random.next() - 0.5) * 2)))];
  }));
}
