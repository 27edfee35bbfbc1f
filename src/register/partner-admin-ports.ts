// What the beheer pages' register writes need beyond register-ports.ts: merging two
// partners, moving an assignment (also out of the reassign queue), removing a contact
// person, and the audit trail. src/store/partner-admin-store.ts implements them.
import type { Level } from '../core/register-types.ts';

export interface RegisterAuditEvent {
  organisationId: string; actorStaffId: string; action: string; subject: string; details?: Record<string, unknown>; at: Date;
}

export interface MergeCounts { [table: string]: number }

export interface MovedAssignment { fromStaffId: string; toStaffId: string; partnerId: string; level: Level }

/** A "niet (meer) mijn partner" answer (Nudge outcome not_mine). */
export interface QueueNudge {
  id: string; organisationId: string; staffId: string; partnerId: string; level: Level;
  handled: boolean; assignmentInPlace: boolean;
}

export type QueueHandling = 'reassigned' | 'kept' | 'unassigned';

export interface PartnerAdminWrites {
  /** Moves everything that points at dropId to keepId, adds dropId's name to keepId's aliases, deletes dropId and audits it: one transaction. */
  mergePartners(input: { organisationId: string; keepId: string; dropId: string; audit: RegisterAuditEvent }): Promise<MergeCounts>;
  /** Gives the assignment to another person (same level and kind), optionally settling a queue item, with the audit: one transaction. */
  moveAssignment(move: MovedAssignment, audit: RegisterAuditEvent, settle?: { nudgeId: string; by: string; at: Date }): Promise<boolean>;
  /** Marks a queue item handled (and audits it) in one transaction; false when it was already handled. */
  settleQueueNudge(nudgeId: string, handling: QueueHandling, by: string, audit: RegisterAuditEvent): Promise<boolean>;
  findQueueNudge(nudgeId: string): Promise<QueueNudge | null>;
  deletePartnerContact(id: string): Promise<boolean>;
  recordAudit(event: RegisterAuditEvent): Promise<void>;
}
