// What onboarding needs from the store: setting the organisation up from the very
// first install, in one transaction, only while the database has no organisation.
export interface FirstInstall {
  platform: string;
  /** The workspace / tenant that installed the app. */
  platformOrgId: string;
  organisationName: string;
  language: string;
  /** The person who installed the app; they become the functional admin. */
  admin: { name: string; email?: string; platformUserId: string };
}

export interface OnboardingStore {
  /** Creates the organisation and its first admin; null when an organisation exists already (nothing written). */
  claimFirstOrganisation(install: FirstInstall): Promise<{ organisationId: string; staffId: string } | null>;
}
