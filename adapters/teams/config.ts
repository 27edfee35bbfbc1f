// TEAMS_* environment → the adapter's mode. Pure: main hands in process.env.
// Partial credentials are an error, never a silent fallback to "off".
import { z } from 'zod';

export type TeamsConfig =
  | { mode: 'off' }
  | { mode: 'dev-unauthenticated'; appId?: string; botDomain?: string }
  | { mode: 'authenticated'; clientId: string; clientSecret: string; tenantId: string; appId?: string; botDomain?: string; sso?: TeamsSsoConfig };

/** The personal tab's single sign-on: where the tenant's keys and TeamsJS come from (defaults: Microsoft's). */
export interface TeamsSsoConfig { jwksUrl?: string; sdkUrl?: string }

const ZHttpsUrl = (name: string, example: string) =>
  z.string().trim().url({ error: `${name} moet een volledige URL zijn, bv. ${example} (${name} must be a full URL).` }).optional().or(z.literal(''));

const CREDENTIALS = ['TEAMS_CLIENT_ID', 'TEAMS_CLIENT_SECRET', 'TEAMS_TENANT_ID'] as const;

const ZTeamsEnv = z.object({
  TEAMS_CLIENT_ID: z.string().trim().optional(),
  TEAMS_CLIENT_SECRET: z.string().trim().optional(),
  TEAMS_TENANT_ID: z.string().trim().optional(),
  TEAMS_DEV_UNAUTHENTICATED: z
    .enum(['true', 'false', ''], { error: 'TEAMS_DEV_UNAUTHENTICATED moet "true" of "false" zijn (TEAMS_DEV_UNAUTHENTICATED must be "true" or "false").' })
    .optional(),
  TEAMS_APP_ID: z
    .guid({ error: 'TEAMS_APP_ID moet een GUID zijn, bv. 0f8b6c2e-…; laat hem leeg voor een vaste standaard-id (TEAMS_APP_ID must be a GUID).' })
    .optional()
    .or(z.literal('')),
  TEAMS_BOT_DOMAIN: z
    .string()
    .trim()
    .regex(/^[a-z0-9.-]+$/i, 'TEAMS_BOT_DOMAIN is alleen de hostnaam, zonder https:// of pad, bv. rro.zorg.example (TEAMS_BOT_DOMAIN is the host name only).')
    .optional()
    .or(z.literal('')),
  // Tests and air-gapped setups point these elsewhere; `{tid}` stands for the tenant id.
  TEAMS_SSO_JWKS_URL: ZHttpsUrl('TEAMS_SSO_JWKS_URL', 'https://login.microsoftonline.com/{tid}/discovery/v2.0/keys'),
  TEAMS_TAB_SDK_URL: ZHttpsUrl('TEAMS_TAB_SDK_URL', 'https://res.cdn.office.net/teams-js/2.48.0/js/MicrosoftTeams.min.js'),
});

export function parseTeamsEnv(env: Record<string, string | undefined>): TeamsConfig {
  const parsed = ZTeamsEnv.safeParse(env);
  if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? 'Ongeldige TEAMS_* instelling.');
  const e = parsed.data;
  const extras = {
    ...(e.TEAMS_APP_ID ? { appId: e.TEAMS_APP_ID } : {}),
    ...(e.TEAMS_BOT_DOMAIN ? { botDomain: e.TEAMS_BOT_DOMAIN } : {}),
  };
  const present = CREDENTIALS.filter((name) => (e[name] ?? '') !== '');
  if (present.length === CREDENTIALS.length) {
    const sso = { ...(e.TEAMS_SSO_JWKS_URL ? { jwksUrl: e.TEAMS_SSO_JWKS_URL } : {}), ...(e.TEAMS_TAB_SDK_URL ? { sdkUrl: e.TEAMS_TAB_SDK_URL } : {}) };
    return { mode: 'authenticated', clientId: e.TEAMS_CLIENT_ID!, clientSecret: e.TEAMS_CLIENT_SECRET!, tenantId: e.TEAMS_TENANT_ID!, ...extras, ...(sso.jwksUrl || sso.sdkUrl ? { sso } : {}) };
  }
  if (present.length > 0) {
    const missing = CREDENTIALS.filter((name) => !present.includes(name));
    throw new Error(
      `Teams is half ingesteld: ${missing.join(' en ')} ontbreekt. Zet ook ${missing.join(' en ')} (uit de Entra-appregistratie) of haal ${present.join(', ')} weg om Teams uit te zetten. ` +
        `(Teams is partly configured: set ${missing.join(' and ')} too, or remove ${present.join(', ')}.)`,
    );
  }
  if (e.TEAMS_DEV_UNAUTHENTICATED === 'true') return { mode: 'dev-unauthenticated', ...extras };
  return { mode: 'off' };
}
