// What the management digest reads; src/store/digest-store.ts implements it (the
// successes come from the success store). Every figure is counted in the database.
import type { Level } from '../../core/register-types.ts';
import type { Slaagfactor } from '../../domain/slaagfactoren.ts';
import type { SuccessSummary } from '../success/success-ports.ts';

export interface LevelCoverage { level: Level; covered: number; total: number }
export interface GoalCounts { onTrack: number; reached: number; behind: number; adjust: number; noProgress: number }

/** A collaboration whose quick-scan round closed in the period (from the collaboration store). */
export interface ClosedScanRound {
  collaborationId: string; name: string; closedAt: Date; respondents: number;
  weakestFactor: Slaagfactor | null; weakestMean: number | null;
}

export interface DigestManager { id: string; name: string; language: string | null; email: string | null }

export interface DigestPorts {
  /** Per level: partners that need that level (their rubriek's required levels), and those contacted at it within the rubriek's maximum at `at`. */
  coverageAt(organisationId: string, at: Date, timeZone: string): Promise<LevelCoverage[]>;
  /** Answers given in the check-in rounds opened in [from, to), and how many members those rounds asked. */
  checkinParticipation(organisationId: string, from: Date, to: Date): Promise<{ answered: number; asked: number }>;
  /** Commitments (ga doen) made in [from, to) and those done; carried-forward ones count once, in their new row. */
  commitmentsKept(organisationId: string, from: Date, to: Date): Promise<{ kept: number; made: number }>;
  /** The year's plan goals by their latest progress up to and including `month` ('YYYY-MM'). */
  planGoals(organisationId: string, year: number, month: string): Promise<GoalCounts>;
  listScanRoundsClosedBetween(organisationId: string, from: Date, to: Date): Promise<{ collaborationId: string; name: string; closedAt: Date; respondents: number; weakestFactor: Slaagfactor | null; weakestMean: number | null }[]>;
  listSuccesses(organisationId: string, from: Date, to: Date): Promise<SuccessSummary[]>;
  listManagers(organisationId: string): Promise<DigestManager[]>;
}
