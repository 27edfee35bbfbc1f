import { describe, expect, it } from 'vitest';
import { pairIntroductions, pairKey, type Knower, type Newcomer } from '../../src/domain/pair-introductions.ts';
import { firstWorkingDayOfMonth } from '../../src/domain/first-working-day.ts';

const newcomer = (staffId: string, partnerIds: string[], expertise: string[] = []): Newcomer => ({ staffId, name: staffId, expertise, partnerIds });
const knower = (staffId: string, knows: [string, Date | null][], expertise: string[] = []): Knower =>
  ({ staffId, name: staffId, expertise, knows: knows.map(([partnerId, at]) => ({ partnerId, partnerName: partnerId.toUpperCase(), level: 'tactisch' as const, lastContactAt: at })) });

describe('pairIntroductions', () => {
  it('introduces a newcomer to the colleague who knows their partner, the most recent contact first', () => {
    const pairs = pairIntroductions([newcomer('nina', ['ggd'])], [
      knower('old', [['ggd', new Date('2025-01-01')]]), knower('fresh', [['ggd', new Date('2026-11-01')]]), knower('other', [['careyn', new Date('2026-11-20')]]),
    ], new Set());
    expect(pairs).toEqual([{ newcomer: { staffId: 'nina', name: 'nina', expertise: [] }, knower: { staffId: 'fresh', name: 'fresh', expertise: [] }, reason: { kind: 'partner', partnerId: 'ggd', partnerName: 'GGD', level: 'tactisch' } }]);
  });

  it('falls back to a shared topic (case-insensitive) when nobody knows the partners', () => {
    const [pair] = pairIntroductions([newcomer('nina', ['ggd'], ['Pleegzorg'])], [knower('kees', [], ['pleegzorg'])], new Set());
    expect(pair?.reason).toEqual({ kind: 'topic', topic: 'pleegzorg' });
  });

  it('never the same pair within the window, and everyone in at most one introduction per run', () => {
    const knowers = [knower('a', [['ggd', null]]), knower('b', [['ggd', null]])];
    expect(pairIntroductions([newcomer('nina', ['ggd'])], knowers, new Set([pairKey('a', 'nina')])).map((p) => p.knower.staffId)).toEqual(['b']);
    const two = pairIntroductions([newcomer('nina', ['ggd']), newcomer('noud', ['ggd'])], [knower('a', [['ggd', null]])], new Set());
    expect(two).toHaveLength(1);
    expect(pairIntroductions([newcomer('nina', ['ggd'])], [knower('nina', [['ggd', null]])], new Set())).toEqual([]);
  });

  it('pairKey is symmetric', () => {
    expect(pairKey('x', 'y')).toBe(pairKey('y', 'x'));
  });
});

describe('firstWorkingDayOfMonth', () => {
  it('skips New Year and the weekend', () => {
    expect(firstWorkingDayOfMonth('2027-01-20')).toBe('2027-01-04');
    expect(firstWorkingDayOfMonth('2026-12-15')).toBe('2026-12-01');
    expect(firstWorkingDayOfMonth('2026-11-30')).toBe('2026-11-02');
  });
});
