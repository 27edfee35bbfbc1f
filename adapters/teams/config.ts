// TEAMS_* environment → the adapter's mode. Pure: main hands in process.env.
// Partial credentials are an error, never a silent fallback to "off".
import { z } from 'zod';

export type TeamsConfig =
  | { mode: 'off' }
  | { mode: 'dev-unauthenticated'; appId?: string; botDomain?: string }
  | { mode: 'authenticated'; clientId: string; clientSecret: string; tenantId: string; appId?: string; botDomain?: string };

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
    return { mode: 'authenticated', clientId: e.TEAMS_CLIENT_ID!, clientSecret: e.TEAMS_CLIENT_SECRET!, tenantId: e.TEAMS_TENANT_ID!, ...extras };
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
