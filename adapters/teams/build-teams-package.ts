// The Teams app package (manifest + two icons, zipped) for upload to Teams.
// Icons are drawn here with pngjs, so the package needs no binary assets.
// scripts/teams-package.ts checks the manifest against the published schema first.
import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { SHARE_AS_SUCCESS_COMMAND } from './message-actions.ts';
import { ssoResourceOf } from './sso-resource.ts';

export const TEAMS_COMMANDS = [
  { title: 'help', description: 'Wat kan RRO-bot? Alle opdrachten.' },
  { title: 'mijn partners', description: 'Je partners en hoe het contact ervoor staat.' },
  { title: 'log', description: 'Leg een contactmoment met een partner vast.' },
  { title: 'antwoord', description: 'Beantwoord de check-in van deze week via een formulier.' },
  { title: 'succes', description: 'Deel een succes met je team.' },
  { title: 'overleg', description: 'De agenda voor het RRO-overleg (teamleiders).' },
  { title: 'afwezig', description: 'Meld je afwezig tot een datum.' },
  { title: 'terug', description: 'Meld je weer aanwezig.' },
];

export interface TeamsPackageInput {
  clientId: string;
  appId?: string | undefined;
  /** Host name the bot, the tab and the SSO resource (api://<host>/<client-id>) live on. */
  botDomain: string;
  version?: string;
}

/** Where Teams opens the personal tab (it signs in with SSO there). */
export const TAB_START_PATH = '/dashboard/tab/start';
/** The message action's command id; the adapter's composeExtension handler answers it. */
export const SHARE_SUCCESS_COMMAND = SHARE_AS_SUCCESS_COMMAND;
/** Kept in step with scripts/teams-manifest/MicrosoftTeams.schema.json (its README says how). */
export const MANIFEST_VERSION = '1.24';
const BOT_SCOPES = ['personal', 'team', 'groupChat'];


/** A stable GUID from the bot id when TEAMS_APP_ID is not set (same input, same app). */
function stableAppId(clientId: string): string {
  const h = createHash('sha256').update(`rro-teams:${clientId}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function buildManifest(input: TeamsPackageInput): Record<string, unknown> {
  return {
    $schema: `https://developer.microsoft.com/en-us/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`,
    manifestVersion: MANIFEST_VERSION,
    version: input.version ?? '1.0.0',
    id: input.appId ?? stableAppId(input.clientId),
    developer: { name: 'RRO-bot (open source)', websiteUrl: 'https://github.com/rro-bot/rro-bot', privacyUrl: 'https://github.com/rro-bot/rro-bot/blob/main/PRIVACY.md', termsOfUseUrl: 'https://github.com/rro-bot/rro-bot/blob/main/LICENSE' },
    name: { short: 'RRO-bot', full: 'RRO-bot — relatiebeheer-ritme voor zorgteams' },
    description: {
      short: 'Het wekelijkse RRO-overleg en contact met netwerkpartners, in Teams.',
      full: 'RRO-bot houdt het ritme van relatiebeheer bij: elke week een check-in in het teamkanaal, persoonlijke overzichten van je netwerkpartners, herinneringen als contact te lang geleden is, de agenda voor het RRO-overleg en een kanaal voor successen.',
    },
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: '#2E7D6B',
    bots: [{ botId: input.clientId, scopes: BOT_SCOPES, supportsFiles: false, isNotificationOnly: false, commandLists: [{ scopes: BOT_SCOPES, commands: TEAMS_COMMANDS }] }],
    staticTabs: [{ entityId: 'mijn-rro', name: 'Mijn RRO', contentUrl: `https://${input.botDomain}${TAB_START_PATH}`, scopes: ['personal'] }],
    composeExtensions: [{
      botId: input.clientId,
      commands: [{
        id: SHARE_SUCCESS_COMMAND, type: 'action', title: 'Deel als succes', description: 'Deel dit bericht als succes met je team.',
        context: ['message'], fetchTask: true,
      }],
    }],
    permissions: ['identity', 'messageTeamMembers'],
    // Receive replies in the round's thread without an @mention.
    authorization: { permissions: { resourceSpecific: [{ name: 'ChannelMessage.Read.Group', type: 'Application' }] } },
    validDomains: [input.botDomain],
    // Single sign-on for the personal tab: the app registration and the API it exposes.
    webApplicationInfo: { id: input.clientId, resource: ssoResourceOf(input.botDomain, input.clientId) },
  };
}

function drawIcon(size: number, paint: (x: number, y: number) => [number, number, number, number]): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (size * y + x) << 2;
      const [r, g, b, a] = paint(x, y);
      png.data[i] = r; png.data[i + 1] = g; png.data[i + 2] = b; png.data[i + 3] = a;
    }
  }
  return PNG.sync.write(png);
}

/** A ring: the weekly rhythm. Colour icon on the accent colour; outline white on transparent. */
function ring(size: number, x: number, y: number): boolean {
  const d = Math.hypot(x - size / 2 + 0.5, y - size / 2 + 0.5) / (size / 2);
  return d > 0.45 && d < 0.75;
}

export async function buildTeamsPackage(input: TeamsPackageInput): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('manifest.json', JSON.stringify(buildManifest(input), null, 2));
  zip.file('color.png', drawIcon(192, (x, y) => (ring(192, x, y) ? [255, 255, 255, 255] : [46, 125, 107, 255])));
  zip.file('outline.png', drawIcon(32, (x, y) => (ring(32, x, y) ? [255, 255, 255, 255] : [0, 0, 0, 0])));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
