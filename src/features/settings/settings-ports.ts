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

export type MemberChange = 'add' | 'remove' | 'make_lead';

export interface SettingsPorts {
  listTeams(organisationId: string): Promise<Team[]>;
  changeTeam(teamId: string, fields: Partial<TeamFields>, audit: SettingsAudit): Promise<Team>;
  changeMember(teamId: string, staffId: string, change: MemberChange, audit: SettingsAudit): Promise<void>;
  recordAudit(subject: string, audit: SettingsAudit): Promise<void>;
}
