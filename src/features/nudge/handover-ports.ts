// What the handover after an absence needs from storage: when the absence
// began, what others did with the owner's partners since, and ending it once.
import type { NudgeOutcome, OutboxEntry } from './nudge-ports.ts';

export interface ReturnedOwner {
  staffId: string;
  staffName: string;
  organisationId: string;
  language: string | null;
  /** Local date 'YYYY-MM-DD': the first day of the absence. */
  awaySince: string;
}

export interface AbsenceEvents {
  /** Contact moments logged by someone else with a partner the owner owns. */
  contacts: { partnerName: string; byName: string }[];
  /** Nudges about such a partner that went to someone else (the cover). */
  nudges: { partnerName: string; coverName: string; outcome: NudgeOutcome | null }[];
}

export interface HandoverPorts {
  /** Marks the first day of an absence, unless one is already running. */
  markAwaySince(staffId: string, localDate: string): Promise<void>;
  /** People whose absence has not been handed over although they are present on `localDate`. */
  listReturned(where: { teamId: string } | { staffId: string }, localDate: string): Promise<ReturnedOwner[]>;
  /** What others did with the owner's partners from `since` (local date, inclusive). */
  listAbsenceEvents(staffId: string, since: string): Promise<AbsenceEvents>;
  /** Ends the absence and enqueues its summary together; false when it was already handed over. */
  completeHandover(staffId: string, awaySince: string, outbox: OutboxEntry[]): Promise<boolean>;
}
