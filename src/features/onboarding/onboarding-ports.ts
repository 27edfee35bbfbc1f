// What onboarding needs from storage; src/store/onboarding-store.ts implements it.
import type { Platform } from '../../core/identity.ts';

/** The first install of a chat platform on an empty database. */
export interface FirstInstall {
  platform: Exclude<Platform, 'local'>;
  /** Slack workspace id / Teams tenant id. */
  platformOrgId: string;
  organisationName: string;
  teamName: string;
  timezone: string;
  language: string;
  installer: { platformUserId: string; name: string; email: string | null };
}

export type InstallResult =
  | { kind: 'installed'; organisationId: string; staffId: string; teamId: string }
  /** The database already has an organisation: nothing was written. */
  | { kind: 'taken' };

export interface OnboardingPorts {
  /**
   * In one transaction, serialised against concurrent first contacts: only when the
   * database holds no organisation at all, create it bound to the workspace, the
   * installer as functional beheerder linked to their chat account, a first team with
   * them as teamleider, and the audit event.
   */
  installFirstOrganisation(install: FirstInstall): Promise<InstallResult>;
}
