// `npm run teams:package`: writes dist/rro-teams.zip from TEAMS_CLIENT_ID,
// TEAMS_APP_ID and TEAMS_BOT_DOMAIN, for upload in Teams (admin center or "Upload an app").
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseTeamsEnv } from '../adapters/teams/config.ts';
import { buildTeamsPackage } from '../adapters/teams/build-teams-package.ts';

const config = parseTeamsEnv(process.env);
const clientId = config.mode === 'authenticated' ? config.clientId : process.env.TEAMS_CLIENT_ID;
if (!clientId) {
  console.error('TEAMS_CLIENT_ID ontbreekt: zet de Application (client) ID van je Entra-appregistratie in .env (zie docs/teams-setup.md).');
  process.exit(1);
}
if (config.mode !== 'off' && !config.botDomain) console.warn('Let op: TEAMS_BOT_DOMAIN is leeg; validDomains blijft leeg. Zet de hostnaam van de bot, bv. rro.zorg.example.');
const zip = await buildTeamsPackage({ clientId, appId: config.mode === 'off' ? undefined : config.appId, botDomain: config.mode === 'off' ? undefined : config.botDomain });
mkdirSync('dist', { recursive: true });
writeFileSync('dist/rro-teams.zip', zip);
console.log(`dist/rro-teams.zip geschreven (${zip.length} bytes). Upload hem in Teams: Apps → Apps beheren → Een app uploaden.`);
