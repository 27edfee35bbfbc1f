// What the nudges need from storage. Every write that causes a message takes the
// outbox entries along, so they are stored in the same transaction.
import type { OutboundDelivery } from '../../core/outbound.ts';
import type { Level } from '../../core/register-types.ts';
import type { ContactLogPorts } from '../contact-log/contact-log-ports.ts';

export type NudgeOutcome = 'logged' | 'planned' | 'snoozed' | 'not_mine' | 'escalated';

export interface NudgeRecord {
  id: string;
  staffId: string;
  partnerId: string;
  partnerName: string;
  level: Level;
  sentAt: Date;
  snoozedUntil: Date | null;
  outcome: NudgeOutcome | null;
  outcomeAt: Date | null;
  /** "Ingepland op": the planned date (00:00 UTC of the local date), when planned. */
  plannedFor?: Date | null;
}

export interface NewNudge {
  /** Made by the caller: the DM's buttons carry it. */
  id: string;
  staffId: string;
  partnerId: string;
  level: Level;
  sentAt: Date;
  outcome: 'escalated' | null;
}

export interface OutboxEntry {
  key: string;
  delivery: OutboundDelivery;
}

export interface NudgeChange {
  outcome: Exclude<NudgeOutcome, 'escalated'>;
  at: Date;
  snoozedUntil?: Date;
}

export interface PlannedContact {
  text: string;
  /** Local date 'YYYY-MM-DD'. */
  dueDate: string;
}

export interface NudgePorts extends ContactLogPorts {
  /** The organisation's grace period for never-contacted assignments (days from their start). */
  findNeverContactedGraceDays(organisationId: string): Promise<number>;
  /** Co-owners of these partners who are not away on `localDate`, by name. */
  listPresentCoOwners(partnerIds: string[], localDate: string): Promise<{ partnerId: string; staffId: string; staffName: string }[]>;
  /** When each assignment of these people started, keyed '<staffId>:<partnerId>:<level>'. */
  listAssignmentStarts(staffIds: string[]): Promise<Map<string, Date>>;
  /** Nudges of these people sent on or after `since`, newest first. */
  listNudgesOfStaff(staffIds: string[], since: Date): Promise<NudgeRecord[]>;
  /** One person's nudges of one day and their DM, all or nothing. */
  saveNudgeRun(nudges: NewNudge[], outbox: OutboxEntry[]): Promise<void>;
  findNudge(id: string): Promise<NudgeRecord | null>;
  /** Sets the outcome of the staff member's own nudge (with its messages); false when not theirs. */
  settleNudge(id: string, staffId: string, change: NudgeChange, outbox?: OutboxEntry[]): Promise<boolean>;
  /** Outcome 'planned' plus a commitment for the planned contact, in one transaction. */
  planNudge(id: string, staffId: string, plan: PlannedContact, at: Date): Promise<boolean>;
}
