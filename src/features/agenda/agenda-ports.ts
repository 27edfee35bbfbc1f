// What the RRO agenda reads from storage: the team's recent rounds with their
// answers and commitments, standing escalations and recent successes.
import type { Level } from '../../core/register-types.ts';

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
  state: 'open' | 'done' | 'dropped';
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

export interface AgendaPorts {
  /** The team's rounds opened at or before `at`, newest first, at most `limit`. */
  listRecentRounds(teamId: string, at: Date, limit: number): Promise<AgendaRound[]>;
  listAnswers(roundId: string): Promise<AgendaAnswer[]>;
  listCommitments(roundId: string): Promise<AgendaCommitment[]>;
  /** Escalated nudges of team members since `since` without a contact at that level afterwards. */
  listStandingEscalations(teamId: string, since: Date): Promise<AgendaEscalation[]>;
  listSuccesses(teamId: string, since: Date): Promise<AgendaSuccess[]>;
}
