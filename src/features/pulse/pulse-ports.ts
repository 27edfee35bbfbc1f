// What the relationship pulse needs from storage; src/store/pulse-store.ts implements it.
import type { PulseAnswer, PulseDimension } from '../../domain/relationship-pulse.ts';

export interface PulseKey { organisationId: string; partnerId: string; staffId: string; month: string }

/** One month of a partner's pulse, aggregated in the database (never per person). */
export interface PulseMonth { month: string; trustAnswers: number; trustMean: number | null; communicationAnswers: number; communicationMean: number | null }

export interface PulsePorts {
  /** The months in which this person was asked about this partner, newest first (a few suffice). */
  listAskedMonths(partnerId: string, staffId: string, sinceMonth: string): Promise<string[]>;
  /** Records that the question was asked; false when it already was this month (a race lost). */
  markAsked(key: PulseKey, at: Date): Promise<boolean>;
  /** Sets one score on the asked row; null when this person was not asked that month. */
  saveScore(key: PulseKey, dimension: PulseDimension, score: number, at: Date): Promise<PulseAnswer | null>;
  /** The scores given for a partner in a month (for the drop rule; never shown one by one). */
  listAnswers(partnerId: string, month: string): Promise<PulseAnswer[]>;
  /** The partner's owners and the leads of their teams, each once. */
  listOwnersAndLeads(partnerId: string): Promise<{ id: string; language: string | null }[]>;
  /** Monthly aggregates from `fromMonth` on, oldest first (the partner page's trend). */
  listMonths(partnerId: string, fromMonth: string): Promise<PulseMonth[]>;
}
