// The Slack adapter: Bolt on the service's one express app (/slack/events) or on
// Socket Mode when an app token is set, with the same listeners either way. It
// speaks only the neutral vocabulary and the functions handed to it; main wires
// `handle`, `linkPeople` and gives `sender` to the outbox worker.
import { App, ExpressReceiver } from '@slack/bolt';
import { WebClient, type RetryOptions } from '@slack/web-api';
import express, { type ErrorRequestHandler, type Express } from 'express';
import type { Inbound } from '../../src/core/inbound.ts';
import type { Reply } from '../../src/core/outbound.ts';
import type { PlatformSender } from '../../src/core/platform-sender.ts';
import type { PlatformPerson } from '../../src/core/platform-person.ts';
import { assertSlackPayload, SlackPayloadError } from './check-payload.ts';
import type { SlackConfig } from './config.ts';
import { registerSlackHandlers } from './slack-handlers.ts';
import { toBoltLogger, type SlackLog } from './slack-log.ts';
import { createSlackPeople, describeError } from './slack-people.ts';
import { createSlackSender } from './slack-sender.ts';

export { parseSlackEnv, type SlackConfig } from './config.ts';

const BODY_LIMIT = 1024 * 1024;
const SYNC_EVERY_MS = 10 * 60_000;

export interface SlackAdapterOptions {
  config: SlackConfig;
  /** The service's one express app; /slack/events is mounted on it (HTTP mode). */
  app: Express;
  handle(inbound: Inbound): Promise<Reply[]>;
  linkPeople?(people: PlatformPerson[], platformOrgId: string): Promise<unknown>;
  log: SlackLog;
  /** Default: no client retries, so the outbox alone decides when to try again. */
  clientOptions?: { retryConfig?: RetryOptions };
}

export function createSlackAdapter(opts: SlackAdapterOptions): { sender: PlatformSender; start(): Promise<void>; stop(): Promise<void> } {
  const { config, log } = opts;
  const logger = toBoltLogger(log);
  const clientOptions = {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    retryConfig: opts.clientOptions?.retryConfig ?? { retries: 0 },
    rejectRateLimitedCalls: true,
    logger,
  };
  const client = new WebClient(config.botToken, clientOptions);
  const people = createSlackPeople(client, log);
  const identify = createIdentify(client, config);
  const socketMode = config.appToken !== undefined;
  const authorize = async () => ({ botToken: config.botToken, ...(await identify()) });

  const router = express.Router();
  const app = socketMode
    ? new App({ socketMode: true, appToken: config.appToken!, authorize, clientOptions, logger })
    : new App({
        authorize, clientOptions, logger,
        receiver: new ExpressReceiver({
          signingSecret: config.signingSecret, app: opts.app, router, endpoints: '/slack/events', bodyLimit: BODY_LIMIT, logger,
          // Runs after the signature check, before any listener: garbage gets 400 and touches nothing.
          customPropertiesExtractor: (req) => {
            assertSlackPayload(req.body, config.commandName);
            return {};
          },
        }),
      });
  router.use(((err, _req, res, next) => {
    if (!(err instanceof SlackPayloadError)) return next(err);
    log.warn({ reason: err.message }, 'Slack-verzoek geweigerd');
    res.status(400).type('text/plain; charset=utf-8').send(err.message);
  }) as ErrorRequestHandler);
  app.error(async (err) => log.error({ err: describeError(err) }, 'fout in Slack-verwerking'));

  const lastSync = new Map<string, number>();
  registerSlackHandlers(app, {
    client, people, handle: opts.handle, commandName: config.commandName, log,
    async syncChannel(channel, teamId) {
      if (!opts.linkPeople || Date.now() - (lastSync.get(channel) ?? 0) < SYNC_EVERY_MS) return;
      lastSync.set(channel, Date.now());
      try {
        await opts.linkPeople(await people.listChannelPeople(channel), teamId);
      } catch (err) {
        lastSync.delete(channel);
        log.warn({ err: describeError(err), channel }, 'leden van het kanaal koppelen mislukt');
      }
    },
  });

  return {
    sender: createSlackSender(client),
    async start() {
      // Checks the token now (unless the bot ids were given), so a wrong one stops the start.
      await identify();
      if (socketMode) await app.start();
    },
    async stop() {
      if (socketMode) await app.stop();
    },
  };
}

function createIdentify(client: WebClient, config: SlackConfig): () => Promise<{ botId: string; botUserId: string }> {
  let ids: Promise<{ botId: string; botUserId: string }> | undefined;
  return () =>
    (ids ??= config.botId && config.botUserId
      ? Promise.resolve({ botId: config.botId, botUserId: config.botUserId })
      : client.auth.test().then(
          (r) => ({ botId: String(r.bot_id ?? ''), botUserId: String(r.user_id ?? '') }),
          (err: unknown) => {
            ids = undefined;
            throw new Error(`SLACK_BOT_TOKEN werkt niet (auth.test: ${describeError(err)}). Kopieer het Bot User OAuth Token opnieuw onder OAuth & Permissions, of installeer de app opnieuw in de workspace.`);
          },
        ));
}
