// The Teams adapter: /api/messages on the service's one express app through the
// Teams SDK (ExpressAdapter + initialize, never a second server). With
// credentials the SDK validates every request's JWT; in dev mode it does not.
// Activities are validated here, translated by to-core, answered by the core.
import { App, ExpressAdapter } from '@microsoft/teams.apps';
import express, { type Express } from 'express';
import type { Translate } from '../../src/core/i18n/translator.ts';
import type { Inbound } from '../../src/core/inbound.ts';
import type { Reply } from '../../src/core/outbound.ts';
import { loopbackOnly } from '../../src/http/loopback.ts';
import type { PlatformSender } from '../../src/core/platform-sender.ts';
import type { TeamsConfig } from './config.ts';
import { createConnector } from './teams-connector.ts';
import { createSdkLogger, type AdapterLog } from './sdk-logger.ts';
import { createTeamsSender } from './teams-sender.ts';
import { createTeamsTurn } from './teams-turn.ts';
import { ZTeamsActivity } from './teams-activity.ts';
import type { RosterPerson } from './teams-roster.ts';
import type { TeamsConversationRef } from './teams-refs.ts';
import type { SentForms } from './teams-dialogs.ts';

export { parseTeamsEnv, type TeamsConfig } from './config.ts';
export { SHARE_AS_SUCCESS_COMMAND, type SentForms } from './teams-dialogs.ts';

const DEV_LOOPBACK_ONLY =
  'Teams zonder afzendercontrole (TEAMS_DEV_UNAUTHENTICATED=true) neemt alleen verzoeken van deze computer aan (127.0.0.1 / localhost). ' +
  'Zet TEAMS_CLIENT_ID, TEAMS_CLIENT_SECRET en TEAMS_TENANT_ID om Teams van buiten te bereiken. / Unauthenticated Teams mode only accepts requests from this machine.';

export interface TeamsAdapterOptions {
  config: Exclude<TeamsConfig, { mode: 'off' }>;
  app: Express;
  handle(inbound: Inbound): Promise<Reply[]>;
  saveConversationRef(key: string, ref: TeamsConversationRef): Promise<void>;
  /** Links roster people to imported staff by e-mail (install / first contact). */
  linkPeople?(people: RosterPerson[], tenantId: string): Promise<unknown>;
  /** Forms sent as dialogs, kept in the database (runtime.sentForms for platform 'teams'). */
  forms: SentForms;
  /** Prompts, for the few notes the adapter answers itself (an expired dialog). */
  t: Translate;
  log: AdapterLog;
  /** Bot token source (tests inject one; default: the SDK gets it with the client secret). */
  token?: (scope: string | string[], tenantId?: string) => string | Promise<string>;
  messagingEndpoint?: `/${string}`;
  /** Connector calls time out after this long (default 10 s), so a hung call holds nothing forever. */
  timeoutMs?: number;
}

export function createTeamsAdapter(opts: TeamsAdapterOptions): { sender: PlatformSender; start(): Promise<void> } {
  const endpoint = opts.messagingEndpoint ?? '/api/messages';
  const { config } = opts;
  const authenticated = config.mode === 'authenticated';
  const teamsApp = new App({
    httpServerAdapter: new ExpressAdapter(opts.app, { logger: createSdkLogger(opts.log) }),
    logger: createSdkLogger(opts.log),
    messagingEndpoint: endpoint,
    client: { timeout: opts.timeoutMs ?? 10_000 },
    // The SDK prefers a client secret over a token function, so an injected token replaces the secret.
    ...(authenticated ? { clientId: config.clientId, tenantId: config.tenantId, ...(opts.token ? { token: opts.token } : { clientSecret: config.clientSecret }) } : {}),
    dangerouslyAllowUnauthenticatedRequests: !authenticated,
  });
  const connector = createConnector(teamsApp);
  const botId = `28:${authenticated ? config.clientId : 'rro-dev-bot'}`;
  const turn = createTeamsTurn({ ...opts, connector });
  let started = false;

  return {
    sender: createTeamsSender({ connector, botId, saveConversationRef: opts.saveConversationRef }),
    async start() {
      if (started) return;
      started = true;
      if (!authenticated) {
        opts.log.warn(
          `LET OP: Teams draait ZONDER controle van afzenders (TEAMS_DEV_UNAUTHENTICATED=true). Iedereen die ${endpoint} kan bereiken kan zich als Teams voordoen. ` +
            'Alleen voor lokaal testen; zet TEAMS_CLIENT_ID, TEAMS_CLIENT_SECRET en TEAMS_TENANT_ID voor productie.',
        );
      }
      // Unsigned requests are only believable from this machine: socket and Host must both be loopback, whatever HOST binds.
      if (!authenticated) opts.app.post(endpoint, loopbackOnly(DEV_LOOPBACK_ONLY, 'json'));
      // Registered before the SDK's route: garbage is answered 400 before anything is read or written.
      opts.app.post(endpoint, express.json({ limit: '1mb' }), (req, res, next) => {
        const parsed = ZTeamsActivity.safeParse(req.body);
        if (parsed.success) return next();
        const issue = parsed.error.issues[0];
        res.status(400).json({ error: `Ongeldige Teams-activiteit: ${issue?.message ?? 'onbekende fout'}${issue?.path.length ? ` (veld: ${issue.path.join('.')})` : ''}.` });
      });
      // The catch-all route is typed void, but the SDK sends any returned { status, body } as the HTTP answer (invoke responses, 400).
      teamsApp.on('activity', (ctx) => turn(ctx.activity) as unknown as Promise<void>);
      await teamsApp.initialize();
    },
  };
}
