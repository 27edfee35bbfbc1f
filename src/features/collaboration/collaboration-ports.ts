// What the collaborations (samenwerkingen) and their quick scan read and write.
// src/store/collaboration-store.ts and src/store/quick-scan-store.ts implement it.
import type { ScanScores } from '../../domain/quick-scan-results.ts';
import type { Slaagfactor } from '../../domain/slaagfactoren.ts';
import type { OutboxEntry } from '../checkin/checkin-ports.ts';

export const STAGES = ['verkennen', 'opstarten', 'uitvoeren', 'evalueren'] as const;
export type CollaborationStage = (typeof STAGES)[number];
/** Months between scheduled rounds; 0 = only on demand. */
export const SCAN_INTERVALS = [0, 1, 3, 6, 12] as const;

export interface Collaboration {
  id: string;
  organisationId: string;
  name: string;
  ownerId: string | null;
  ownerName: string | null;
  resultGoal: string | null;
  /** YYYY-MM-DD */
  startDate: string | null;
  stage: CollaborationStage;
  scanIntervalMonths: number;
  createdAt: Date;
  partners: { id: string; name: string }[];
  participants: { id: string; name: string }[];
}

export interface CollaborationInput {
  name: string;
  ownerId: string | null;
  resultGoal: string | null;
  startDate: string | null;
  stage: CollaborationStage;
  scanIntervalMonths: number;
  partnerIds: string[];
  participantIds: string[];
}

export type SaveOutcome = { ok: true; id: string } | { ok: false; reason: 'duplicate_name' | 'not_found' | 'unknown_people' };

export interface CollaborationStore {
  listCollaborations(organisationId: string): Promise<Collaboration[]>;
  findCollaboration(organisationId: string, id: string): Promise<Collaboration | null>;
  listForPartner(organisationId: string, partnerId: string): Promise<Collaboration[]>;
  /** Everyone in the organisation, for the owner and participant choices. */
  listPeople(organisationId: string): Promise<{ id: string; name: string }[]>;
  /** The organisation's active partners, for the dashboard form. */
  listPartners(organisationId: string): Promise<{ id: string; name: string }[]>;
  /** Whether `leadId` leads a team `staffId` is a member of. */
  leadsMember(leadId: string, staffId: string): Promise<boolean>;
  /** Creates (id null) or updates, with its audit event, in one transaction; `at` is the bot's time (the schedule reads createdAt). */
  saveCollaboration(organisationId: string, id: string | null, input: CollaborationInput, actorStaffId: string | null, at: Date): Promise<SaveOutcome>;
}

export interface ScanRound {
  id: string;
  collaborationId: string;
  trigger: 'schedule' | 'demand';
  openedAt: Date;
  remindAt: Date;
  closesAt: Date;
  remindedAt: Date | null;
  closedAt: Date | null;
  invited: number;
  respondents: number;
}

/** A round's answers without who gave them: the only shape answers leave the store in. */
export interface AnonymousRound extends ScanRound { answers: ScanScores[]; remarks: string[] }

export interface ClosedScanRound {
  collaborationId: string;
  name: string;
  closedAt: Date;
  respondents: number;
  weakestFactor: Slaagfactor | null;
  weakestMean: number | null;
}

export interface NewRound {
  collaborationId: string;
  trigger: 'schedule' | 'demand';
  openedAt: Date;
  remindAt: Date;
  closesAt: Date;
}

export type AnswerOutcome = 'saved' | 'updated' | 'closed' | 'not_participant';

export interface QuickScanStore {
  /** Opens a round unless one is open; the DMs to the participants are enqueued in the same transaction. */
  openRound(round: NewRound, messagesFor: (roundId: string, participantIds: string[]) => OutboxEntry[]): Promise<ScanRound | null>;
  findRound(id: string): Promise<ScanRound | null>;
  findOpenRound(collaborationId: string): Promise<ScanRound | null>;
  /** Collaborations of the organisation with a schedule and participants, with their latest round's opening. */
  listScheduled(organisationId: string): Promise<{ collaboration: Collaboration; lastOpenedAt: Date | null }[]>;
  /** Open rounds whose reminder is due; marks them reminded and enqueues the reminders to those who did not answer, in one transaction. */
  remindDue(organisationId: string, now: Date, messagesFor: (round: ScanRound, staffIds: string[]) => OutboxEntry[]): Promise<ScanRound[]>;
  /** Closes the organisation's open rounds that are due; returns those this call closed. */
  closeDue(organisationId: string, now: Date): Promise<ScanRound[]>;
  /** One answer per person per round (a second one replaces the first while the round is open). */
  saveAnswer(roundId: string, staffId: string, scores: ScanScores, remark: string | null, at: Date): Promise<AnswerOutcome>;
  /** Closed rounds oldest first, then the open one, answers without names. */
  listRounds(collaborationId: string): Promise<AnonymousRound[]>;
  /** Rounds closed in [from, to), for the monthly management digest. */
  listScanRoundsClosedBetween(organisationId: string, from: Date, to: Date): Promise<ClosedScanRound[]>;
  /** Rounds closed since `since` of collaborations owned by a member of the team (the RRO agenda's lines). */
  listClosedForTeam(teamId: string, since: Date): Promise<ClosedScanRound[]>;
}
