import { describe, expect, it } from 'vitest';
import { findPulseDrops, previousMonth, pulseMonthOf, shouldAskPulse, summarisePulse } from '../../src/domain/relationship-pulse.ts';

const answers = (...pairs: [number | null, number | null][]) => pairs.map(([trust, communication]) => ({ trust, communication }));

describe('relationship pulse rules', () => {
  it.each([
    [[], '2026-11', true],
    [['2026-10'], '2026-11', true],
    [['2026-11'], '2026-11', false],
    [['2026-11', '2026-10'], '2026-12', true],
  ])('asked in %j, asking in %s: %s (once per calendar month)', (asked, month, expected) => {
    expect(shouldAskPulse(asked, month)).toBe(expected);
  });

  it('takes the month on the local wall clock', () => {
    // 30 November 23:30 UTC is already 1 December in Amsterdam.
    expect(pulseMonthOf(new Date('2026-11-30T23:30:00Z'), 'Europe/Amsterdam')).toBe('2026-12');
    expect(pulseMonthOf(new Date('2026-11-30T23:30:00Z'), 'UTC')).toBe('2026-11');
    expect(previousMonth('2027-01')).toBe('2026-12');
  });

  it('never shows a mean of fewer than 3 answers', () => {
    expect(summarisePulse(answers([5, 1], [2, null]), 'trust')).toEqual({ answers: 2, mean: null });
    expect(summarisePulse(answers([5, 1], [2, null], [2, 4]), 'trust')).toEqual({ answers: 3, mean: 3 });
    // Communication has only two scores in the same answers: still hidden.
    expect(summarisePulse(answers([5, 1], [2, null], [2, 4]), 'communication')).toEqual({ answers: 2, mean: null });
  });

  it('a drop is the monthly mean 2 or more below the month before, per dimension', () => {
    const before = answers([4, 4], [5, 4], [4, 3]); // trust 4.33, communication 3.67
    expect(findPulseDrops(answers([2, 3], [3, 2], [2, 3]), before)).toEqual([{ dimension: 'trust', from: 13 / 3, to: 7 / 3 }]); // exactly 2.0 lower
    expect(findPulseDrops(answers([3, 2], [2, 2], [3, 1]), before).map((d) => d.dimension)).toEqual(['communication']); // trust 2.67: only 1.67 lower
    expect(findPulseDrops(answers([1, 1], [1, 1], [1, 1]), before).map((d) => d.dimension)).toEqual(['trust', 'communication']);
  });

  it('no drop without 3 answers in both months (an alert must not reveal fewer)', () => {
    expect(findPulseDrops(answers([1, 1], [1, 1]), answers([5, 5], [5, 5], [5, 5]))).toEqual([]);
    expect(findPulseDrops(answers([1, 1], [1, 1], [1, 1]), answers([5, 5], [5, 5]))).toEqual([]);
    expect(findPulseDrops(answers([4, 4], [4, 4], [4, 4]), answers([5, 5], [5, 5], [5, 5]))).toEqual([]);
  });
});
