// What the RRO agenda reads from storage: the team's recent rounds with their
// answers and commitments, standing escalations and recent successes.
import type { Level } from '../../core/register-types.ts';
import type { CoverageGap } from '../network/network-ports.ts';
import type { ClosedScanRound } from '../collaboration/collaboration-ports.ts';

export interface AgendaRound {
  id: string;
  periodKey: string;
  opensAt: Date;
}

export interface AgendaAnswer {
  staffId: string;
  staffName: string;
  done: string;
  planned: string;
  /** Partners recognised in the answer, with names and aliases to place each line. */
  partners: { id: string; name: string; aliases: string[] }[];
}

export interface AgendaCommitment {
  id: string;
  staffName: string;
  partnerName: string | null;
  text: string;
  state: 'open' | 'done' | 'dropped' | 'moved';
  /** A contact by that person with that partner after the commitment was made. */
  contactedSince: boolean;
}

export interface AgendaEscalation {
  staffName: string;
  partnerName: string;
  level: Level;
  sentAt: Date;
}

export interface AgendaSuccess {
  title: string;
  authorName: string;
  partnerNames: string[];
}

/** A plan goal worth the meeting's attention: behind at its latest progress, or reached recently. */
export interface AgendaGoal {
  staffName: string;
  partnerName: string | null;
  result: string;
  status: 'behind' | 'reached';
}

export interface AgendaPorts {
  /** The team's rounds opened at or before `at`, newest first, at most `limit`. */
  listRecentRounds(teamId: string, at: Date, limit: number): Promise<AgendaRound[]>;
  listAnswers(roundId: string): Promise<AgendaAnswer[]>;
  listCommitments(roundId: string): Promise<AgendaCommitment[]>;
  /** Escalated nudges of team members since `since` without a contact at that level afterwards. */
  listStandingEscalations(teamId: string, since: Date): Promise<AgendaEscalation[]>;
  listSuccesses(teamId: string, since: Date): Promise<AgendaSuccess[]>;
  /** Partners of these colleagues without an owner at a level their rubriek needs (network feature). */
  listCoverageGaps?(organisationId: string, staffIds: string[]): Promise<CoverageGap[]>;
  /** Goals of team members whose latest progress is 'behind', and those marked reached since `since`. */
  listGoalNews(teamId: string, since: Date): Promise<AgendaGoal[]>;
  /** Quick-scan rounds closed since `since` of collaborations owned by team members (collaboration feature). */
  listClosedScans?(teamId: string, since: Date): Promise<ClosedScanRound[]>;
}
