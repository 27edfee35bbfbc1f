// The Slack adapter: Bolt on the service's one express app (/slack/events) or on
// Socket Mode when an app token is set, with the same listeners either way. It
// speaks only the neutral vocabulary and the functions handed to it; main wires
// `handle`, `linkPeople` and gives `sender` to the outbox worker.
import { App, ExpressReceiver } from '@slack/bolt';
import { WebClient, type RetryOptions } from '@slack/web-api';
import express, { type Express } from 'express';
import type { Inbound } from '../../src/core/inbound.ts';
import type { Reply } from '../../src/core/outbound.ts';
import type { PlatformSender } from '../../src/core/platform-sender.ts';
import type { PlatformPerson } from '../../src/core/platform-person.ts';
import type { SlackConfig } from './config.ts';
import { createSlackPayloadGate } from './payload-gate.ts';
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
  /** Tests on a busy machine give forms more time than Slack's 3 s (see slack-handlers.ts). */
  formBudgetMs?: number;
  /** Default: no client retries, so the outbox alone decides when to try again; calls time out after 10 s. */
  clientOptions?: { retryConfig?: RetryOptions; timeoutMs?: number };
}

export function createSlackAdapter(opts: SlackAdapterOptions): { sender: PlatformSender; start(): Promise<void>; stop(): Promise<void>; idle(): Promise<void> } {
  const { config, log } = opts;
  const logger = toBoltLogger(log);
  const clientOptions = {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    retryConfig: opts.clientOptions?.retryConfig ?? { retries: 0 },
    rejectRateLimitedCalls: true,
    // A Web API call that never answers must not hold a send lane or a reply forever.
    timeout: opts.clientOptions?.timeoutMs ?? 10_000,
    logger,
  };
  const client = new WebClient(config.botToken, clientOptions);
  const people = createSlackPeople(client, log);
  const identify = createIdentify(client, config);
  const socketMode = config.appToken !== undefined;
  const authorize = async () => ({ botToken: config.botToken, ...(await identify()) });

  const router = express.Router();
  // Before Bolt's own route (registered when the receiver is made): what we refuse never reaches Bolt.
  if (!socketMode) router.post('/slack/events', ...createSlackPayloadGate({ signingSecret: config.signingSecret, commandName: config.commandName, bodyLimit: BODY_LIMIT, log }));
  const app = socketMode
    ? new App({ socketMode: true, appToken: config.appToken!, authorize, clientOptions, logger })
    : new App({
        authorize, clientOptions, logger,
        receiver: new ExpressReceiver({
          signingSecret: config.signingSecret, app: opts.app, router, endpoints: '/slack/events', bodyLimit: BODY_LIMIT, logger,
        }),
      });
  app.error(async (err) => log.error({ err: describeError(err) }, 'fout in Slack-verwerking'));
  const inFlight = trackWorkAfterAck(app);

  const lastSync = new Map<string, number>();
  registerSlackHandlers(app, {
    client, people, handle: opts.handle, commandName: config.commandName, log,
    ...(opts.formBudgetMs ? { formBudgetMs: opts.formBudgetMs } : {}),
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
      await inFlight.idle();
    },
    /** Resolves when every request taken so far is fully handled (its work after the ack too). */
    idle: () => inFlight.idle(),
  };
}

// Bolt answers Slack at ack() and keeps working; each request's processEvent lasts until
// its listeners are done, so counting those tells when the work is really finished.
function trackWorkAfterAck(app: App): { idle(): Promise<void> } {
  const inFlight = new Set<Promise<void>>();
  const processEvent = app.processEvent.bind(app);
  app.processEvent = (event) => {
    const work: Promise<void> = processEvent(event).finally(() => inFlight.delete(work));
    inFlight.add(work);
    return work;
  };
  return {
    async idle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
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
