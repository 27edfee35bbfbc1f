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
});
