import { describe, expect, it } from 'vitest';
import type { AssignmentStatus } from '../../src/register/list-my-partners.ts';
import { decideNudge } from '../../src/domain/decide-nudge.ts';
import type { NudgeRecord } from '../../src/features/nudge/nudge-ports.ts';

const NOW = new Date('2026-11-23T09:00:00Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);
const row = (status: AssignmentStatus['status'], lastContactDaysAgo: number): AssignmentStatus => ({
  staffId: 's', staffName: 'S', partnerId: 'p', partnerName: 'P', categoryName: null, level: 'operationeel', kind: 'owner',
  lastContactAt: daysAgo(lastContactDaysAgo), lastContactAtLevel: daysAgo(lastContactDaysAgo), daysSince: lastContactDaysAgo,
  status, idealIntervalDays: 30, maxIntervalDays: 60,
});
const nudge = (sentDaysAgo: number, extra: Partial<NudgeRecord> = {}): NudgeRecord => ({
  id: 'n', staffId: 's', partnerId: 'p', partnerName: 'P', level: 'operationeel', sentAt: daysAgo(sentDaysAgo),
  snoozedUntil: null, outcome: null, outcomeAt: null, ...extra,
});

describe('decideNudge', () => {
  it('nudges a first-time yellow or red partner, never a green one', () => {
    expect(decideNudge(row('yellow', 40), [], NOW)).toBe('nudge');
    expect(decideNudge(row('red', 70), [], NOW)).toBe('nudge');
    expect(decideNudge(row('green', 3), [], NOW)).toBe('skip');
  });
  it('keeps quiet within seven days, while snoozed and after not-mine', () => {
    expect(decideNudge(row('yellow', 40), [nudge(6)], NOW)).toBe('skip');
    expect(decideNudge(row('yellow', 40), [nudge(7)], NOW)).toBe('nudge');
    expect(decideNudge(row('yellow', 40), [nudge(10, { outcome: 'snoozed', snoozedUntil: daysAgo(-4) })], NOW)).toBe('skip');
    expect(decideNudge(row('yellow', 40), [nudge(20, { outcome: 'not_mine' })], NOW)).toBe('skip');
  });
  it('escalates a red partner nudged before without contact since, once', () => {
    expect(decideNudge(row('red', 70), [nudge(8)], NOW)).toBe('escalate');
    expect(decideNudge(row('red', 70), [nudge(1, { outcome: 'escalated' }), nudge(8)], NOW)).toBe('skip');
    expect(decideNudge(row('red', 70), [nudge(9, { outcome: 'escalated' })], NOW)).toBe('skip');
    // A nudge from before the last contact belongs to an earlier lapse.
    expect(decideNudge(row('red', 70), [nudge(100)], NOW)).toBe('nudge');
  });
  it('nudges a never-contacted (grey) assignment only once its grace period has passed, then escalates', () => {
    const grey: AssignmentStatus = { ...row('grey', 0), lastContactAt: null, lastContactAtLevel: null, daysSince: null };
    expect(decideNudge(grey, [], NOW)).toBe('skip');
    expect(decideNudge(grey, [], NOW, { neverContactedDue: false })).toBe('skip');
    expect(decideNudge(grey, [], NOW, { neverContactedDue: true })).toBe('nudge');
    expect(decideNudge(grey, [nudge(3)], NOW, { neverContactedDue: true })).toBe('skip');
    expect(decideNudge(grey, [nudge(8)], NOW, { neverContactedDue: true })).toBe('escalate');
  });
  it('"ingepland op <datum>" holds the escalation until that date plus a grace day', () => {
    const planned = (plannedFor: string) => nudge(10, { outcome: 'planned', plannedFor: new Date(`${plannedFor}T00:00:00Z`) });
    // NOW is 2026-11-23 09:00 UTC.
    expect(decideNudge(row('red', 70), [planned('2026-11-25')], NOW)).toBe('skip');
    expect(decideNudge(row('red', 70), [planned('2026-11-22')], NOW)).toBe('skip'); // the grace day
    expect(decideNudge(row('red', 70), [planned('2026-11-21')], NOW)).toBe('escalate');
    expect(decideNudge(row('red', 70), [nudge(10, { outcome: 'planned' })], NOW)).toBe('escalate');
  });
});
