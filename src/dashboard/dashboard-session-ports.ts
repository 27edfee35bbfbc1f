// Login and session storage the dashboard router needs; src/store/dashboard-session-store.ts implements it.
import type { TabUser } from './teams-tab-ports.ts';
import type { Viewer } from './viewer.ts';

export type TeamsStaffMatch = { ok: true; staffId: string } | { ok: false; reason: 'tenant_not_bound' | 'unknown_person' };

export type RedeemResult = { ok: true; staffId: string } | { ok: false; reason: 'unknown' | 'used' | 'expired' };

export interface DashboardSessionPorts {
  /** Marks the link used (once, atomically) when it exists, is unused and not expired. */
  redeemMagicLink(tokenHash: string, now: Date): Promise<RedeemResult>;
  createSession(staffId: string, tokenHash: string, expiresAt: Date): Promise<void>;
  /** The viewer behind a live session, or null (unknown or expired). */
  findViewer(tokenHash: string, now: Date): Promise<Viewer | null>;
  endSession(tokenHash: string): Promise<void>;
  /** People to open the embedded dashboard as (playground). */
  listPeople(): Promise<{ id: string; name: string; role: string; teamNames: string[] }[]>;
  staffExists(staffId: string): Promise<boolean>;
  /**
   * The staff member behind a Teams SSO user, inside the organisation bound to their tenant:
   * by Teams identity (tenant + Entra object id), else by e-mail in that organisation.
   */
  findTeamsStaff(user: TabUser): Promise<TeamsStaffMatch>;
}
