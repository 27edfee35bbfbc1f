// What the settings feature needs from storage; src/store/settings-store.ts
// implements it. Every change is written together with its AuditEvent.
import type { Team } from '../../core/register.ts';
import type { TeamFields } from '../../register/register-ports.ts';

export interface SettingsAudit {
  organisationId: string;
  actorStaffId: string;
  action: string;
  details?: Record<string, unknown>;
}

/** The organisation-wide settings an admin changes (issue 13). */
export interface OrganisationSettings {
  /** A never-contacted assignment is nudged this many days after it started. */
  neverContactedGraceDays: number;
  managementCheckinCadence: 'monthly' | 'quarterly';
}

export type MemberChange = 'add' | 'remove' | 'make_lead';

export interface SettingsPorts {
  listTeams(organisationId: string): Promise<Team[]>;
  changeTeam(teamId: string, fields: Partial<TeamFields>, audit: SettingsAudit): Promise<Team>;
  changeMember(teamId: string, staffId: string, change: MemberChange, audit: SettingsAudit): Promise<void>;
  recordAudit(subject: string, audit: SettingsAudit): Promise<void>;
  findOrganisationSettings(organisationId: string): Promise<OrganisationSettings>;
  changeOrganisation(organisationId: string, fields: OrganisationSettings, audit: SettingsAudit): Promise<void>;
}
