// The relationship pulse ("Hoe staat de relatie ervoor?"): trust and communication,
// 1–5, per partner, person and local month. Pure rules: when to ask, what a month's
// answers may show (never one person's score: a mean only from MIN_PULSE_ANSWERS), and
// when a partner's pulse counts as dropped.
import { DateTime } from 'luxon';

export const PULSE_DIMENSIONS = ['trust', 'communication'] as const;
export type PulseDimension = (typeof PULSE_DIMENSIONS)[number];
export const PULSE_SCORES = [1, 2, 3, 4, 5] as const;

/** Fewer answers than this in a month show as "te weinig antwoorden", never as a figure. */
export const MIN_PULSE_ANSWERS = 3;
/** A monthly mean this much lower than the month before is a drop. */
export const PULSE_DROP = 2;

/** The local month 'YYYY-MM' of an instant. */
export function pulseMonthOf(instant: Date, timeZone: string): string {
  return DateTime.fromJSDate(instant, { zone: timeZone }).toFormat('yyyy-MM');
}

export function previousMonth(month: string): string {
  return DateTime.fromFormat(month, 'yyyy-MM', { zone: 'UTC' }).minus({ months: 1 }).toFormat('yyyy-MM');
}

/**
 * Asked at most once per partner, person and calendar month: `askedMonths` are the
 * months in which this person was already asked about this partner.
 */
export function shouldAskPulse(askedMonths: readonly string[], month: string): boolean {
  return !askedMonths.includes(month);
}

export interface PulseAnswer { trust: number | null; communication: number | null }

/** One month of one dimension as it may be shown: a mean from MIN_PULSE_ANSWERS answers, else only the count. */
export interface PulseFigure { answers: number; mean: number | null }

export function summarisePulse(answers: readonly PulseAnswer[], dimension: PulseDimension): PulseFigure {
  const scores = answers.map((a) => a[dimension]).filter((s): s is number => s !== null);
  return showPulseFigure(scores.length, scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length);
}

/** A count and mean computed elsewhere (SQL), reduced to what may be shown. */
export function showPulseFigure(answers: number, mean: number | null): PulseFigure {
  return { answers, mean: answers >= MIN_PULSE_ANSWERS ? mean : null };
}

/**
 * The dimensions whose monthly mean fell by PULSE_DROP or more since the month
 * before. Both months need a shown mean (MIN_PULSE_ANSWERS answers): an alert must not
 * reveal what fewer people said.
 */
export function findPulseDrops(current: readonly PulseAnswer[], previous: readonly PulseAnswer[]): { dimension: PulseDimension; from: number; to: number }[] {
  return PULSE_DIMENSIONS.flatMap((dimension) => {
    const now = summarisePulse(current, dimension).mean;
    const before = summarisePulse(previous, dimension).mean;
    // A hair of tolerance: means of thirds (4.33 → 2.33) must count as the 2 they are.
    if (now === null || before === null || before - now < PULSE_DROP - 1e-9) return [];
    return [{ dimension, from: before, to: now }];
  });
}
