// What the register use-cases need from storage. src/store implements these;
// services and tests only see plain objects from src/core/register.ts.
import type {
  Assignment, Category, ContactMoment, Partner, PartnerContact, Staff, StaffIdentity, Team, TeamMember,
} from '../core/register.ts';
import type { AssignmentKind, ContactChannel, ContactSource, Level, Role } from '../core/register-types.ts';

export type CategoryFields = Omit<Category, 'id' | 'requiredLevels'> & { requiredLevels?: Level[] | undefined };
export interface PartnerFields {
  name: string; categoryId: string | null; sector: string | null; region: string | null;
  aliases: string[]; externalId: string | null;
}
export type PartnerContactFields = Omit<PartnerContact, 'id' | 'partnerId'>;
export interface StaffFields {
  name: string; email: string | null; externalId: string | null; role: Role; expertise: string[];
  awayUntil: string | null; language: string | null; timezone: string | null;
}
export type TeamFields = Omit<Team, 'id' | 'organisationId'>;
export type IdentityKeyFields = Omit<StaffIdentity, 'staffId'>;

export interface RegisterStore {
  upsertCategory(fields: CategoryFields): Promise<Category>;
  listCategories(organisationId: string): Promise<Category[]>;
  findCategoryByName(organisationId: string, name: string): Promise<Category | null>;
  findCategory(id: string): Promise<Category | null>;
  updateCategory(id: string, fields: Omit<CategoryFields, 'organisationId'>): Promise<Category>;
  /** Partners (archived ones too) filed under the rubriek. */
  countPartnersInCategory(id: string): Promise<number>;
  deleteCategory(id: string): Promise<void>;
  createPartner(organisationId: string, fields: PartnerFields): Promise<Partner>;
  updatePartner(id: string, fields: Partial<PartnerFields>): Promise<Partner>;
  /** at = null takes the partner out of the archive. */
  archivePartner(id: string, at: Date | null): Promise<Partner>;
  findPartner(id: string): Promise<Partner | null>;
  /** Case-insensitive, archived partners included. */
  findPartnerByName(organisationId: string, name: string): Promise<Partner | null>;
  /** Active partners whose name or an alias starts with the prefix (case-insensitive). */
  searchPartners(organisationId: string, prefix: string, limit?: number): Promise<Partner[]>;
  createPartnerContact(partnerId: string, fields: PartnerContactFields): Promise<PartnerContact>;
  updatePartnerContact(id: string, fields: PartnerContactFields): Promise<PartnerContact>;
  findPartnerContact(id: string): Promise<PartnerContact | null>;
  listPartnerContacts(partnerId: string): Promise<PartnerContact[]>;
}

export interface StaffStore {
  createStaff(organisationId: string, fields: StaffFields): Promise<Staff>;
  updateStaff(id: string, fields: Partial<StaffFields>): Promise<Staff>;
  findStaff(id: string): Promise<Staff | null>;
  /** Case-insensitive. */
  findStaffByEmail(organisationId: string, email: string): Promise<Staff | null>;
  linkIdentity(identity: StaffIdentity): Promise<void>;
  findStaffByIdentity(key: IdentityKeyFields): Promise<Staff | null>;
  createTeam(organisationId: string, fields: Partial<TeamFields> & { name: string }): Promise<Team>;
  updateTeam(id: string, fields: Partial<TeamFields>): Promise<Team>;
  findTeam(id: string): Promise<Team | null>;
  findTeamByName(organisationId: string, name: string): Promise<Team | null>;
  /** Adds the member or, when already there, sets isLead. */
  putTeamMember(teamId: string, staffId: string, isLead: boolean): Promise<void>;
  removeTeamMember(teamId: string, staffId: string): Promise<boolean>;
  listTeamMembers(teamId: string): Promise<TeamMember[]>;
  listTeamsOfStaff(staffId: string): Promise<Team[]>;
  /** The staff member's teams with their lead flag, in one query. */
  listMembershipsOfStaff(staffId: string): Promise<{ team: Team; isLead: boolean }[]>;
}

export interface NewContactMomentRow {
  partnerId: string; staffId: string; occurredAt: Date; channel: ContactChannel; level: Level;
  note: string | null; source: ContactSource;
}
export interface AuditFields { organisationId: string; actorStaffId: string | null; action: string }

export interface ContactStore {
  /** Creates or re-kinds the assignment (one per staff, partner and level). */
  putAssignment(staffId: string, partnerId: string, level: Level, kind: AssignmentKind): Promise<Assignment>;
  removeAssignment(staffId: string, partnerId: string, level: Level): Promise<boolean>;
  listAssignmentsOfStaff(staffId: string): Promise<Assignment[]>;
  listAssignmentsOfPartner(partnerId: string): Promise<Assignment[]>;
  /** Writes the moment and its audit event in one transaction. */
  recordContactMoment(moment: NewContactMomentRow, audit: AuditFields): Promise<ContactMoment>;
  listContactMoments(partnerId: string): Promise<ContactMoment[]>;
}
