// What the check-in feature needs from storage. src/store/checkin-store.ts
// implements it; every write that causes a message enqueues it in the same
// transaction (outbox entries are built by the caller from the new row's id).
import type { OutboundDelivery } from '../../core/outbound.ts';
import type { AnswerUpdate, NewCommitment } from '../../domain/answer-parts.ts';
import type { PartnerName } from '../../domain/partner-match.ts';
import type { PlanGoal } from '../plan/plan-ports.ts';

export interface OutboxEntry {
  key: string;
  delivery: OutboundDelivery;
}

export interface CheckInRound {
  id: string;
  teamId: string;
  periodKey: string;
  opensAt: Date;
  state: 'open' | 'closed';
  threadRef: string | null;
}

export interface CheckInAnswer {
  id: string;
  roundId: string;
  staffId: string;
  /** Items one per line; the parts of different messages separated by a blank line, in messageRefs order. */
  done: string;
  planned: string;
  partnerIds: string[];
  messageRefs: string[];
  editCount: number;
  createdAt: Date;
}

export interface OpenCommitment {
  id: string;
  text: string;
  partnerId: string | null;
}

// The pure rule that computes an answer's new state owns these shapes.
export type { AnswerUpdate, NewCommitment };

export interface CheckinContact {
  organisationId: string;
  answerId: string;
  staffId: string;
  partnerId: string;
  level: 'operationeel' | 'tactisch' | 'strategisch';
  occurredAt: Date;
  note: string | null;
}

/** The yearly plan's goals, shown beside the partners in the personal overview (from the plan feature). */
export interface CheckinGoals {
  listGoals(staffIds: string[], year: number): Promise<PlanGoal[]>;
}

export interface CheckinPorts {
  findRound(id: string): Promise<CheckInRound | null>;
  findTeamRound(teamId: string, periodKey: string): Promise<CheckInRound | null>;
  /** The newest round of a team (by opensAt). */
  findLatestRound(teamId: string): Promise<CheckInRound | null>;
  /** A round of one of these teams whose root message is this thread. */
  findRoundByThread(threadRef: string, teamIds: string[]): Promise<CheckInRound | null>;
  /**
   * One transaction: closes the team's open rounds, creates the new one and enqueues
   * its messages. Returns null when the team already has a round for this period.
   */
  openRound(
    round: { teamId: string; periodKey: string; opensAt: Date },
    messagesFor: (roundId: string) => OutboxEntry[],
  ): Promise<CheckInRound | null>;
  listOpenCommitments(staffId: string, roundId: string): Promise<OpenCommitment[]>;
  /** Active partners of the organisation with their aliases, for recognising them in answers. */
  listPartnerNames(organisationId: string): Promise<PartnerName[]>;
  findAnswer(roundId: string, staffId: string): Promise<CheckInAnswer | null>;
  findAnswerById(id: string): Promise<CheckInAnswer | null>;
  findAnswerByMessageRef(staffId: string, messageRef: string): Promise<CheckInAnswer | null>;
  /** Staff ids that answered in this round. */
  listAnswerers(roundId: string): Promise<string[]>;
  /**
   * Read-modify-write of one person's answer under a lock, with its commitments and
   * messages in the same transaction.
   */
  saveAnswer(
    roundId: string,
    staffId: string,
    change: (current: CheckInAnswer | null) => AnswerUpdate,
    messagesFor?: (answer: CheckInAnswer) => OutboxEntry[],
  ): Promise<CheckInAnswer>;
  enqueue(entries: OutboxEntry[]): Promise<number>;
  /** Logs the contact once per answer and partner; false when it was logged before. */
  recordCheckinContact(contact: CheckinContact): Promise<boolean>;
}
