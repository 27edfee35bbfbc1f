// What the organisation beheer pages (rubrieken, medewerkers, teams) read and write.
// main builds it on the store (src/store/beheer-org-store.ts); every write runs the
// register use-cases on one transaction together with its audit event.
import type { Category, Staff, Team } from '../../core/register.ts';
import type { RegisterStore, StaffStore } from '../../register/register-ports.ts';

export interface BeheerAudit {
  organisationId: string;
  actorStaffId: string;
  action: string;
  subject: string;
  details?: Record<string, unknown>;
}

/** The register's stores bound to one transaction, and the audit trail of that transaction. */
export interface BeheerWrite {
  register: RegisterStore;
  staff: StaffStore;
  audit(event: BeheerAudit): Promise<void>;
}

export interface StaffRow extends Staff {
  memberships: { teamId: string; isLead: boolean }[];
  /** The person's account on the organisation's chat platform, when linked. */
  platformUserId: string | null;
}

export interface ChannelOption { ref: string; label: string }

export interface OrganisationPlatform { platform: string; externalId: string }

export interface BeheerOrgPorts {
  listCategories(organisationId: string): Promise<(Category & { partners: number })[]>;
  listTeams(organisationId: string): Promise<Team[]>;
  listStaff(organisationId: string): Promise<StaffRow[]>;
  /** Channels the organisation knows: used by its teams, stored conversation refs, the playground's simulated ones. */
  listChannelOptions(organisationId: string): Promise<ChannelOption[]>;
  platformOf(organisationId: string): Promise<OrganisationPlatform>;
  /** Runs the work in one transaction: all of it is written, or nothing. */
  write<T>(work: (w: BeheerWrite) => Promise<T>): Promise<T>;
}
