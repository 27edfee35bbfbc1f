// The quick scan's figures: per slaagfactor the mean and spread of the respondents'
// scores, the change since the previous round, and the weakest factor. Anonymity is a
// rule here, not a display choice: nothing is computed from fewer than
// MIN_RESPONDENTS people — not for the round, and not for one factor either (when many
// answered "weet ik niet", a factor's mean would reveal the few who did not).
import { SLAAGFACTOREN, type Slaagfactor } from './slaagfactoren.ts';

export const MIN_RESPONDENTS = 3;

/** Statement keys start with the factor's key: "resultaten.1". */
export const FACTOR_KEYS: Record<Slaagfactor, string> = {
  Resultaten: 'resultaten',
  'Stakeholders & belangen': 'stakeholders',
  'De spelers': 'spelers',
  Opdrachten: 'opdrachten',
  Organisatie: 'organisatie',
  'Resources & competenties': 'resources',
  Leren: 'leren',
};

/** Two statements per factor keeps the form at 14 questions (a chat form holds 20 inputs). */
export const STATEMENTS_PER_FACTOR = 2;

export interface ScanStatement { factor: Slaagfactor; key: string }

export const SCAN_STATEMENTS: readonly ScanStatement[] = SLAAGFACTOREN.flatMap((factor) =>
  Array.from({ length: STATEMENTS_PER_FACTOR }, (_, i) => ({ factor, key: `${FACTOR_KEYS[factor]}.${i + 1}` })));

/** One person's answer: statement key → 1..5, or null for "weet ik niet". */
export type ScanScores = Record<string, number | null>;

export interface FactorResult {
  factor: Slaagfactor;
  /** People who scored at least one of the factor's statements. */
  respondents: number;
  /** Null when fewer than MIN_RESPONDENTS scored it. */
  mean: number | null;
  /** Standard deviation of the respondents' factor scores; null with the mean. */
  spread: number | null;
  /** mean minus the previous round's mean, when both are shown. */
  change: number | null;
}

export interface RoundResult {
  respondents: number;
  /** False below MIN_RESPONDENTS: then every factor is empty. */
  shown: boolean;
  factors: FactorResult[];
  weakest: Slaagfactor | null;
}

export function canShowResults(respondents: number): boolean {
  return respondents >= MIN_RESPONDENTS;
}

/** A person's score for one factor: the mean of the statements they scored (null: none). */
export function factorScore(scores: ScanScores, factor: Slaagfactor): number | null {
  const prefix = `${FACTOR_KEYS[factor]}.`;
  const valid = Object.entries(scores)
    .filter(([key, score]) => key.startsWith(prefix) && typeof score === 'number' && Number.isInteger(score) && score >= 1 && score <= 5)
    .map(([, score]) => score as number);
  return valid.length === 0 ? null : mean(valid);
}

export function aggregateRound(answers: readonly ScanScores[], previous: RoundResult | null = null): RoundResult {
  const shown = canShowResults(answers.length);
  const factors = SLAAGFACTOREN.map((factor): FactorResult => {
    const scores = answers.map((a) => factorScore(a, factor)).filter((s): s is number => s !== null);
    const visible = shown && canShowResults(scores.length);
    const m = visible ? round2(mean(scores)) : null;
    const before = previous?.factors.find((f) => f.factor === factor)?.mean ?? null;
    return {
      factor,
      respondents: shown ? scores.length : 0,
      mean: m,
      spread: visible ? round2(standardDeviation(scores)) : null,
      change: m !== null && before !== null ? round2(m - before) : null,
    };
  });
  return { respondents: answers.length, shown, factors, weakest: weakestFactor(factors) };
}

/** The lowest shown mean; on a tie the factor first in the guidance's order. */
export function weakestFactor(factors: readonly FactorResult[]): Slaagfactor | null {
  let weakest: FactorResult | null = null;
  for (const f of factors) if (f.mean !== null && (weakest === null || f.mean < (weakest.mean ?? Infinity))) weakest = f;
  return weakest?.factor ?? null;
}

/** Rounds oldest first; each compared with the one before it. */
export function aggregateRounds(rounds: readonly (readonly ScanScores[])[]): RoundResult[] {
  const out: RoundResult[] = [];
  for (const answers of rounds) out.push(aggregateRound(answers, out.at(-1) ?? null));
  return out;
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function standardDeviation(values: readonly number[]): number {
  const m = mean(values);
  return Math.sqrt(mean(values.map((v) => (v - m) ** 2)));
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
