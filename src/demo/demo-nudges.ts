// A few nudges of the past days about partners that are lapsing now, each with a
// different outcome, so the demo shows every way a nudge can end.
import type { LapseStatus } from '../core/register-types.ts';
import { addDays, addHours, countDaysBetween, pickWorkingMoment } from './demo-calendar.ts';
import type { DemoCategory, DemoNudge, DemoOrganisation, NudgeOutcome } from './demo-types.ts';
import type { SeededRandom } from './seeded-random.ts';

const OUTCOMES: (NudgeOutcome | null)[] = [null, 'snoozed', 'planned', 'not_mine', 'escalated', 'snoozed', 'planned'];

type NudgeInput = Pick<DemoOrganisation, 'staff' | 'partners' | 'assignments' | 'contactMoments'> & { categories: DemoCategory[] };

export function buildNudges(now: Date, input: NudgeInput, statusByPartner: Map<string, LapseStatus>, random: SeededRandom): DemoNudge[] {
  const present = new Set(input.staff.filter((s) => !s.awayUntil).map((s) => s.key));
  const lapsing = random.shuffle(input.partners).filter((p) => ['yellow', 'red'].includes(statusByPartner.get(p.key)!));
  const nudges: DemoNudge[] = [];
  for (const partner of lapsing) {
    if (nudges.length === OUTCOMES.length) break;
    const owner = input.assignments.find((a) => a.partnerKey === partner.key && a.level === 'operationeel' && a.kind === 'owner');
    if (!owner || !present.has(owner.staffKey)) continue;
    const category = input.categories.find((c) => c.key === partner.categoryKey)!;
    const last = input.contactMoments
      .filter((m) => m.partnerKey === partner.key)
      .reduce((latest, m) => (m.occurredAt > latest ? m.occurredAt : latest), new Date(0));
    // Sent while the partner was already past its ideal interval.
    const lapsedFor = Math.floor(countDaysBetween(last, now)) - category.idealIntervalDays - 1;
    const sentAt = pickWorkingMoment(now, random.int(1, Math.max(1, Math.min(9, lapsedFor))), random);
    const outcome = OUTCOMES[nudges.length]!;
    const result = outcome === 'escalated' && statusByPartner.get(partner.key) !== 'red' ? 'planned' : outcome;
    nudges.push({
      staffKey: owner.staffKey,
      partnerKey: partner.key,
      level: 'operationeel',
      sentAt,
      snoozedUntil: result === 'snoozed' ? addDays(sentAt, 7) : null,
      outcome: result,
      outcomeAt: result ? addHours(sentAt, random.int(1, 5)) : null,
    });
  }
  return nudges;
}
