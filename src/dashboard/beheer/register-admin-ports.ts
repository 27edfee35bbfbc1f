// What the beheer pages for partners, assignments and the reassign queue read and
// write. main (src/app/create-dashboard-stores.ts) builds them on the store; every
// write goes through a register use-case with these ports.
import type { Level } from '../../core/register-types.ts';
import type { AssignmentKind } from '../../core/register-types.ts';
import type { PartnerAdminWrites } from '../../register/partner-admin-ports.ts';
import type { ContactStore, RegisterStore, StaffStore } from '../../register/register-ports.ts';

export interface PartnerListRow {
  id: string; name: string; aliases: string[]; categoryName: string | null; region: string | null;
  archivedAt: Date | null; ownerCount: number;
}
export interface PartnerListFilter { q?: string | undefined; archived: boolean; page: number; pageSize: number }
export interface AssignmentRow {
  partnerId: string; partnerName: string; staffId: string; staffName: string; level: Level; kind: AssignmentKind;
}
export interface StaffChoice { id: string; name: string; teamIds: string[]; partnerCount: number; awayUntil: string | null }
export interface QueueRow {
  nudgeId: string; staffId: string; staffName: string; partnerId: string; partnerName: string; level: Level;
  answeredAt: Date; teamIds: string[];
}

export interface RegisterAdminQueries {
  listPartners(organisationId: string, filter: PartnerListFilter): Promise<{ rows: PartnerListRow[]; total: number }>;
  /** Active partner names, for the partner field's suggestions. */
  listPartnerNames(organisationId: string): Promise<string[]>;
  /** staffIds null = everyone; partnerId/staffId narrow it. */
  listAssignments(organisationId: string, filter: { staffIds: string[] | null; partnerId?: string | undefined; staffId?: string | undefined }): Promise<AssignmentRow[]>;
  /** The organisation's people (or only staffIds), with their teams and number of partners. */
  listStaffChoices(organisationId: string, staffIds: string[] | null): Promise<StaffChoice[]>;
  /** Open "niet (meer) mijn partner" answers whose assignment is still in place. */
  listQueue(organisationId: string, staffIds: string[] | null): Promise<QueueRow[]>;
}

export interface RegisterAdminPorts {
  register: RegisterStore;
  staff: StaffStore;
  contacts: ContactStore;
  writes: PartnerAdminWrites;
  queries: RegisterAdminQueries;
}
