// What the Teams personal tab needs handed in: a check of the SSO token Teams gives the
// tab (main wires adapters/teams/entra-token.ts) and where the Teams JS SDK is loaded from.

/** The person an Entra ID token speaks for, once its signature, issuer and audience are checked. */
export interface TabUser {
  tenantId: string;
  /** Entra object id (oid): what the Teams identity stores as platformUserId. */
  objectId: string;
  email?: string;
}

/** 'keys_unavailable': the tenant's keys could not be fetched (try again); anything else: the token is refused. */
export type TabTokenCheck = { ok: true; user: TabUser } | { ok: false; reason: string };

export interface TeamsTabOptions {
  verifyToken(token: string): Promise<TabTokenCheck>;
  /** The Teams JS SDK (TeamsJS) the tab pages load; its origin is allowed in the tab's script-src. */
  sdkUrl: string;
}

/** Pinned TeamsJS on Microsoft's CDN; TEAMS_TAB_SDK_URL overrides it. */
export const TEAMS_JS_SDK_URL = 'https://res.cdn.office.net/teams-js/2.48.0/js/MicrosoftTeams.min.js';

/** The Teams clients (web, desktop, new Teams) that frame the tab; nobody else may. */
export const TEAMS_FRAME_ANCESTORS = [
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://teams.cloud.microsoft',
  'https://*.teams.cloud.microsoft',
  'https://*.skype.com',
];
