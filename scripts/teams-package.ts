// `npm run teams:package`: writes dist/rro-teams.zip from TEAMS_CLIENT_ID,
// TEAMS_APP_ID and TEAMS_BOT_DOMAIN, for upload in Teams (admin center or "Upload an app").
// Packaging needs only the app registration's client id, not the secret. The manifest
// is validated against the published schema (offline); an invalid one writes nothing, exit 1.
import { mkdirSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { MANIFEST_VERSION, buildManifest, buildTeamsPackage } from '../adapters/teams/build-teams-package.ts';
import { listManifestProblems } from './teams-manifest/validate-teams-manifest.ts';

const ZPackageEnv = z.object({
  TEAMS_CLIENT_ID: z.guid({
    error: 'TEAMS_CLIENT_ID ontbreekt of is geen GUID: zet de Application (client) ID van je Entra-appregistratie in .env (zie docs/teams-setup.md).',
  }),
  TEAMS_APP_ID: z.guid({ error: 'TEAMS_APP_ID moet een GUID zijn (of laat hem leeg).' }).optional(),
  TEAMS_BOT_DOMAIN: z
    .string({ error: 'TEAMS_BOT_DOMAIN ontbreekt: de hostnaam van de bot, bv. rro.zorg.example (nodig voor het tabblad en single sign-on).' })
    .regex(/^[a-z0-9.-]+$/i, 'TEAMS_BOT_DOMAIN is alleen de hostnaam, zonder https:// of pad, bv. rro.zorg.example.'),
});

const env = Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== ''));
const parsed = ZPackageEnv.safeParse(env);
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(issue.message);
  process.exit(2);
}
const { TEAMS_CLIENT_ID: clientId, TEAMS_APP_ID: appId, TEAMS_BOT_DOMAIN: botDomain } = parsed.data;
const input = { clientId, appId, botDomain };
const problems = listManifestProblems(buildManifest(input));
if (problems.length > 0) {
  console.error(`Het Teams-manifest klopt niet met het schema v${MANIFEST_VERSION}; er is geen pakket geschreven. (The manifest does not match the schema; nothing was written.)`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
const zip = await buildTeamsPackage(input);
mkdirSync('dist', { recursive: true });
writeFileSync('dist/rro-teams.zip', zip);
console.log(`dist/rro-teams.zip geschreven (${zip.length} bytes). Upload hem in Teams: Apps → Apps beheren → Een app uploaden.`);
