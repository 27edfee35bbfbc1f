import { describe, expect, it } from 'vitest';
import { aggregateRound, aggregateRounds, canShowResults, factorScore, MIN_RESPONDENTS, SCAN_STATEMENTS, type ScanScores } from '../../src/domain/quick-scan-results.ts';
import { SLAAGFACTOREN } from '../../src/domain/slaagfactoren.ts';

/** Every statement the same score, except the overrides. */
function answer(all: number | null, overrides: ScanScores = {}): ScanScores {
  return { ...Object.fromEntries(SCAN_STATEMENTS.map((s) => [s.key, all])), ...overrides };
}

describe('quick scan results', () => {
  it('has two statements for each of the seven factors', () => {
    expect(SCAN_STATEMENTS).toHaveLength(14);
    for (const f of SLAAGFACTOREN) expect(SCAN_STATEMENTS.filter((s) => s.factor === f)).toHaveLength(2);
  });

  it.each([[0, false], [1, false], [2, false], [3, true], [10, true]])('%i respondents shown: %s', (n, shown) => {
    expect(MIN_RESPONDENTS).toBe(3);
    expect(canShowResults(n)).toBe(shown);
  });

  it('shows nothing from two respondents, not even per factor', () => {
    const r = aggregateRound([answer(5), answer(1)]);
    expect(r.shown).toBe(false);
    expect(r.respondents).toBe(2);
    expect(r.factors.every((f) => f.mean === null && f.spread === null && f.respondents === 0)).toBe(true);
    expect(r.weakest).toBeNull();
  });

  it('averages a person\'s statements per factor and ignores "weet ik niet" and out-of-range values', () => {
    expect(factorScore({ 'resultaten.1': 4, 'resultaten.2': 2, 'leren.1': 1 }, 'Resultaten')).toBe(3);
    expect(factorScore({ 'resultaten.1': null, 'resultaten.2': 5 }, 'Resultaten')).toBe(5);
    expect(factorScore({ 'resultaten.1': null, 'resultaten.2': 9 }, 'Resultaten')).toBeNull();
  });

  it('gives mean, spread and the weakest factor from three respondents', () => {
    const r = aggregateRound([answer(4, { 'leren.1': 2, 'leren.2': 2 }), answer(4, { 'leren.1': 1, 'leren.2': 1 }), answer(5, { 'leren.1': 3, 'leren.2': 3 })]);
    expect(r.shown).toBe(true);
    const resultaten = r.factors.find((f) => f.factor === 'Resultaten');
    expect(resultaten?.mean).toBe(4.33);
    expect(resultaten?.spread).toBe(0.47);
    expect(r.factors.find((f) => f.factor === 'Leren')?.mean).toBe(2);
    expect(r.weakest).toBe('Leren');
  });

  it('hides a factor that fewer than three people scored', () => {
    const r = aggregateRound([answer(4), answer(4), answer(4, { 'leren.1': null, 'leren.2': null })].map((a, i) => (i < 2 ? { ...a, 'leren.1': null, 'leren.2': null } : a)));
    const leren = r.factors.find((f) => f.factor === 'Leren');
    expect(leren?.mean).toBeNull();
    expect(leren?.respondents).toBe(0);
    expect(r.weakest).not.toBe('Leren');
  });

  it('breaks a tie by the guidance order', () => {
    expect(aggregateRound([answer(3), answer(3), answer(3)]).weakest).toBe('Resultaten');
  });

  it('gives the change since the previous shown round', () => {
    const [first, second, third] = aggregateRounds([
      [answer(2), answer(3), answer(4)],
      [answer(4), answer(4), answer(4), answer(3, { 'leren.1': 1, 'leren.2': 1 })],
      [answer(5), answer(5)],
    ]);
    expect(first?.factors[0]?.change).toBeNull();
    expect(second?.factors.find((f) => f.factor === 'Resultaten')?.change).toBe(0.75);
    expect(second?.factors.find((f) => f.factor === 'Leren')?.change).toBe(0.25);
    expect(third?.shown).toBe(false);
    expect(third?.factors[0]?.change).toBeNull();
  });
});
