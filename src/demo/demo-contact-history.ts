// Six months of contact moments with realistic gaps. Each partner first gets the
// status it should show today (most green, some yellow, a few red, two never
// contacted); its last contact is placed accordingly and earlier ones walk back in
// steps around the rubriek's ideal interval, now and then with a long silence.
import type { ContactChannel, ContactSource, LapseStatus, Level } from '../core/register-types.ts';
import { pickWorkingMoment } from './demo-calendar.ts';
import type { DemoAssignment, DemoCategory, DemoContactMoment, DemoPartner } from './demo-types.ts';
import type { SeededRandom } from './seeded-random.ts';

export const HISTORY_DAYS = 182;
const STATUS_MIX: [LapseStatus, number][] = [['grey', 2], ['red', 7], ['yellow', 9]];

const NOTES: Record<Level, string[]> = {
  operationeel: [
    'Overdracht na ontslag afgestemd',
    'Casuïstiek besproken (geanonimiseerd)',
    'Wachttijd en ontslagroute doorgenomen',
    'Terugkoppeling na opname gegeven',
    'Medicatieoverdracht afgestemd',
    'Nazorg na ontslag afgesproken',
  ],
  tactisch: ['Werkafspraken geëvalueerd', 'Capaciteit voor de komende weken besproken', 'Gezamenlijke scholing voorbereid'],
  strategisch: ['Bestuurlijk overleg over de regiovisie', 'Afspraken over het IZA-transformatieplan', 'Kennismaking met de nieuwe bestuurder'],
};
const CHANNELS: ContactChannel[] = ['phone', 'phone', 'email', 'email', 'meeting', 'video', 'visit'];
const SOURCES: ContactSource[] = ['manual', 'manual', 'manual', 'form', 'command', 'nudge'];

export interface ContactHistory {
  moments: DemoContactMoment[];
  statusByPartner: Map<string, LapseStatus>;
}

export function buildContactHistory(
  now: Date,
  partners: DemoPartner[],
  categories: DemoCategory[],
  assignments: DemoAssignment[],
  random: SeededRandom,
): ContactHistory {
  const statusByPartner = assignStatuses(partners, random);
  const moments: DemoContactMoment[] = [];
  for (const partner of partners) {
    const status = statusByPartner.get(partner.key)!;
    if (status === 'grey') continue;
    const category = categories.find((c) => c.key === partner.categoryKey)!;
    const owners = assignments.filter((a) => a.partnerKey === partner.key);
    let daysAgo = pickLastContactAge(status, category, random);
    while (daysAgo <= HISTORY_DAYS) {
      const level = pickLevel(owners.map((o) => o.level), random);
      const staffKey = random.pick(owners.filter((o) => o.level === level)).staffKey;
      moments.push({
        partnerKey: partner.key,
        staffKey,
        occurredAt: pickWorkingMoment(now, daysAgo, random),
        channel: random.pick(CHANNELS),
        level,
        note: random.pick(NOTES[level]),
        source: random.pick(SOURCES),
      });
      const ideal = category.idealIntervalDays;
      daysAgo += random.chance(0.08)
        ? random.int(Math.round(ideal * 1.5), Math.round(category.maxIntervalDays * 1.3))
        : random.int(Math.round(ideal * 0.15), Math.round(ideal * 0.6));
    }
  }
  return { moments: moments.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime()), statusByPartner };
}

function assignStatuses(partners: DemoPartner[], random: SeededRandom): Map<string, LapseStatus> {
  const order = random.shuffle(partners.map((p) => p.key));
  const statuses = new Map<string, LapseStatus>();
  let index = 0;
  for (const [status, count] of STATUS_MIX) {
    for (let i = 0; i < count; i++) statuses.set(order[index++]!, status);
  }
  for (const key of order.slice(index)) statuses.set(key, 'green');
  return statuses;
}

// Margins of a few days keep the status stable whatever the hour or weekday of `now`
// (pickWorkingMoment may move a moment up to two days back to a Friday).
function pickLastContactAge(status: LapseStatus, category: DemoCategory, random: SeededRandom): number {
  const { idealIntervalDays: ideal, maxIntervalDays: max } = category;
  if (status === 'green') return random.int(1, ideal - 4);
  if (status === 'yellow') return random.int(ideal + 3, max - 4);
  return random.int(max + 7, Math.min(max + 80, HISTORY_DAYS - 2));
}

function pickLevel(levels: Level[], random: SeededRandom): Level {
  if (levels.includes('strategisch') && random.chance(0.1)) return 'strategisch';
  if (levels.includes('tactisch') && random.chance(0.25)) return 'tactisch';
  return 'operationeel';
}
