// Wires every part: config → database (migrated) → demo → runtime (bot, outbox,
// scheduler) → adapters on the one HTTP server. The only file that knows them all.
import { createServer } from 'node:http';
import { join } from 'node:path';
import { createLocalAdapter } from '../adapters/local/index.ts';
import { createMailSender } from '../adapters/mail/mail-sender.ts';
// The Slack and Teams SDKs load only when configured (start time, memory): their adapters are imported below.
import { parseSlackEnv, type SlackConfig } from '../adapters/slack/config.ts';
import { parseTeamsEnv, type TeamsConfig } from '../adapters/teams/config.ts';
import { createFeatures } from './app/create-features.ts';
import { createRuntime, type Runtime } from './app/create-runtime.ts';
import { routeRuntimeTurns } from './app/runtime-turns.ts';
import { createDashboardStores } from './app/create-dashboard-stores.ts';
import { createDashboardRouter } from './dashboard/create-dashboard-router.ts';
import { TEAMS_JS_SDK_URL, type TeamsTabOptions } from './dashboard/teams-tab-ports.ts';
import { createEntraTokenVerifier } from '../adapters/teams/entra-token.ts';
import { ssoResourceOf } from '../adapters/teams/sso-resource.ts';
import { linkPeopleFor } from './app/link-people-for.ts';
import { sentFormsOf } from './app/sent-forms-of.ts';
import { ConfigError, parseEnv, type Config } from './config/env.ts';
import { loadEnvFile } from './config/load-env-file.ts';
import { createShiftableClock, systemClock } from './core/clock.ts';
import { assertPortFree, describeListenError, ListenError } from './http/listen.ts';
import { addFinalHandlers } from './http/request-errors.ts';
import { announceStart, chooseLogFormat, createLogger, type Logger } from './logger.ts';
import { DataDirLockedError } from './store/data-dir-lock.ts';
import { DatabaseUnavailableError } from './store/database.ts';
import { ensureDemoLoaded } from './store/load-demo.ts';
import { createLocalDirectory } from './store/local-directory-store.ts';
import { MigrationError } from './store/migrate.ts';
import { openMigratedDatabase } from './store/open-store.ts';
import { createOutboxStore } from './store/outbox-store.ts';

interface Platforms {
  slack: SlackConfig | null;
  teams: TeamsConfig;
}

/** Every setting, or exit 2 with one Dutch-first message (no stack trace). */
function readConfig(): { config: Config; platforms: Platforms } {
  try {
    loadEnvFile(); // ./.env when present; the real environment wins
    return { config: parseEnv(process.env), platforms: { slack: parseSlackEnv(process.env), teams: parseTeamsEnv(process.env) } };
  } catch (err) {
    console.error(err instanceof ConfigError ? err.message : `Ongeldige configuratie / invalid configuration:\n  ${(err as Error).message}`);
    process.exit(2);
  }
}

/** Slack and/or Teams on the runtime's one express app; returns whether any is on. */
async function attachPlatforms(runtime: Runtime, platforms: Platforms, logger: Logger, handle: Runtime['bot']['handle']): Promise<boolean> {
  if (platforms.slack) {
    const { createSlackAdapter } = await import('../adapters/slack/index.ts');
    const slack = createSlackAdapter({
      config: platforms.slack,
      app: runtime.app,
      handle,
      linkPeople: linkPeopleFor(runtime, 'slack'),
      log: logger.child({ part: 'slack' }),
    });
    runtime.addSender(slack.sender);
    await slack.start();
    logger.info({ socketMode: platforms.slack.appToken !== undefined }, 'Slack-adapter aan (/slack/events)');
  }
  if (platforms.teams.mode !== 'off') {
    const { createTeamsAdapter } = await import('../adapters/teams/index.ts');
    const teams = createTeamsAdapter({
      config: platforms.teams,
      app: runtime.app,
      handle,
      saveConversationRef: (key, ref) => runtime.conversationRefs.save('teams', key, ref),
      forms: sentFormsOf(runtime),
      t: runtime.deps.t,
      linkPeople: linkPeopleFor(runtime, 'teams'),
      log: logger.child({ part: 'teams' }),
    });
    runtime.addSender(teams.sender);
    await teams.start();
    logger.info({ mode: platforms.teams.mode }, 'Teams-adapter aan (/api/messages)');
  }
  return platforms.slack !== null || platforms.teams.mode !== 'off';
}

/** The tab's SSO check: Entra ID tokens of the configured tenant for this app registration. */
function teamsTabOf(teams: Extract<TeamsConfig, { mode: 'authenticated' }>): TeamsTabOptions {
  return {
    verifyToken: createEntraTokenVerifier({
      clientId: teams.clientId,
      resource: teams.botDomain ? ssoResourceOf(teams.botDomain, teams.clientId) : undefined,
      tenantIds: [teams.tenantId],
      jwksUrl: teams.sso?.jwksUrl,
    }),
    sdkUrl: teams.sso?.sdkUrl ?? TEAMS_JS_SDK_URL,
  };
}

async function openDatabaseOrExit(config: Config, logger: Logger) {
  try {
    return await openMigratedDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR, purpose: 'bot' });
  } catch (err) {
    // Another process has the embedded database: refused before PGlite opened the folder.
    if (err instanceof DataDirLockedError) {
      console.error(err.message);
      process.exit(2);
    }
    if (err instanceof DatabaseUnavailableError || err instanceof MigrationError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
}

async function main(): Promise<void> {
  const { config, platforms } = readConfig();
  const logFormat = chooseLogFormat(config.LOG_FORMAT, process.stdout.isTTY === true);
  const logger = createLogger(config.LOG_LEVEL, logFormat);
  // A taken port is found before the database opens (one line, exit 2, no stack).
  await assertPortFree(config.PORT, config.HOST).catch(exitOnListenError);
  const { db, migration } = await openDatabaseOrExit(config, logger);
  logger.info({ database: db.kind, applied: migration.applied }, 'database klaar');
  for (const name of migration.checksumMismatches) {
    logger.warn({ migration: name }, 'migration.sql is gewijzigd nadat hij is toegepast');
  }
  const onPlatform = platforms.slack !== null || platforms.teams.mode !== 'off';
  // The demo hospital is for trying things out: never loaded into a real workspace unless asked.
  if (config.DEMO ?? (db.kind === 'pglite' && !onPlatform)) {
    const demo = await ensureDemoLoaded(db, new Date());
    if (demo.loaded) logger.info({ counts: demo.counts }, 'demo-organisatie geladen (lege database)');
  }

  // Without a chat platform the playground is the platform, and its clock can be moved forward.
  const clock = onPlatform ? systemClock : createShiftableClock();
  const publicUrl = config.PUBLIC_URL ?? `http://localhost:${config.PORT}`;
  const smtp = config.SMTP_URL && config.DIGEST_MAIL_FROM ? { smtpUrl: config.SMTP_URL, from: config.DIGEST_MAIL_FROM } : null;
  const runtime = createRuntime({ db, clock, logger, features: (deps, hooks) => createFeatures(db, deps, { ...hooks, publicUrl, digestMail: smtp !== null }) });
  // The digest by e-mail: its own outbox lane, so a mail server that is down never holds up a chat message.
  const mail = smtp ? createMailSender({ ...smtp, emailOf: async (staffId) => (await runtime.deps.ports.staff.findStaff(staffId))?.email ?? null }) : null;
  if (mail) runtime.addSender(mail);
  // Without a chat platform nobody can receive a magic link: the dashboard opens as a chosen person.
  const stores = createDashboardStores(db, clock);
  // Imported teams get their check-in jobs at once, as after a settings save (the playground reloads every tick).
  const dashboardStores = {
    ...stores,
    imports: {
      ...stores.imports,
      async runImport(input: Parameters<typeof stores.imports.runImport>[0]) {
        const outcome = await stores.imports.runImport(input);
        if (outcome.written && onPlatform) runtime.onSettingsSaved();
        return outcome;
      },
    },
  };
  // Teams with credentials: the personal tab "Mijn RRO", signed in by Teams SSO (mounted first).
  if (platforms.teams.mode === 'authenticated') {
    runtime.app.use('/dashboard/tab', createDashboardRouter({
      ...dashboardStores,
      mode: 'magic-link',
      t: runtime.deps.t,
      clock,
      secureCookies: publicUrl.startsWith('https://'),
      log: logger.child({ part: 'teams-tab' }),
      tab: teamsTabOf(platforms.teams),
    }));
  }
  runtime.app.use(
    '/dashboard',
    createDashboardRouter({
      ...dashboardStores,
      mode: onPlatform ? 'magic-link' : 'embedded',
      t: runtime.deps.t,
      clock,
      secureCookies: publicUrl.startsWith('https://'),
      onTeamSaved: runtime.onSettingsSaved,
      log: logger.child({ part: 'dashboard' }),
    }),
  );
  let ticker: NodeJS.Timeout | undefined;
  // On a chat platform with PostgreSQL the core's turns move to a thread of their own while
  // traffic is heavy, so the HTTP thread only acks (TURN_THREAD=false: always on this thread).
  const databaseUrl = config.DATABASE_URL;
  const turns = onPlatform && db.kind === 'postgres' && databaseUrl && config.TURN_THREAD !== false
    ? routeRuntimeTurns(runtime, { databaseUrl, logLevel: config.LOG_LEVEL, logFormat, publicUrl, digestMail: smtp !== null, logger })
    : null;
  if (await attachPlatforms(runtime, platforms, logger, turns?.handle ?? runtime.bot.handle)) {
    await runtime.start();
  } else {
    const outbox = createOutboxStore(db.prisma);
    const playground = createLocalAdapter({
      handle: runtime.bot.handle,
      history: () => outbox.listSent('local'),
      directory: createLocalDirectory(db.prisma),
      clock: clock as ReturnType<typeof createShiftableClock>,
      tick: runtime.tick,
      flush: async () => void (await runtime.worker.drain()),
      t: runtime.deps.t,
      stateFile: join(config.DATA_DIR, 'playground-messages.json'),
      clockFile: join(config.DATA_DIR, 'playground-clock.json'),
      timeZone: config.DEFAULT_TIMEZONE,
      dashboardUrl: (staffId) => `/dashboard/as?staff=${encodeURIComponent(staffId)}`,
    });
    runtime.app.use('/playground', playground.router);
    runtime.app.get('/', (_req, res) => res.redirect('/playground'));
    runtime.addSender(playground.sender);
    // The playground's clock may jump ahead, so jobs run by catch-up ticks rather than node-cron.
    await playground.prepare();
    await runtime.tick();
    runtime.worker.start();
    ticker = setInterval(() => void runtime.tick().catch((err: unknown) => logger.error({ err }, 'tick mislukt')), 30_000);
    ticker.unref();
  }

  addFinalHandlers(runtime.app, { t: runtime.deps.t, log: logger.child({ part: 'http' }) });
  const server = createServer(runtime.app);
  // The port was free a moment ago; if it was taken meanwhile, the same one line and exit 2.
  server.once('error', (err: NodeJS.ErrnoException) => {
    console.error(describeListenError(err, config.PORT, config.HOST));
    void stop('listen', 2);
  });
  server.listen(config.PORT, config.HOST, () => {
    const addr = server.address();
    const port = typeof addr === 'object' && addr ? addr.port : config.PORT;
    const host = config.HOST === '0.0.0.0' ? 'localhost' : config.HOST;
    announceStart(logger, logFormat, `http://${host}:${port}/${onPlatform ? 'dashboard' : 'playground'}`);
    // A fresh install without the demo: say where the first admin sets up the organisation.
    if (!onPlatform) {
      void dashboardStores.setup.hasAdmin().then((has) => {
        if (!has) logger.info(`Nog geen beheerder: open http://${host}:${port}/dashboard/opzetten om je organisatie op te zetten en te importeren`);
      });
    }
  });

  let stopping = false;
  const stop = async (signal: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'afsluiten');
    // However stuck a part is (a hung platform call, an unreachable database), the process ends.
    setTimeout(() => process.exit(1), 15_000).unref();
    if (ticker) clearInterval(ticker);
    server.close();
    server.closeAllConnections();
    await runtime.stop();
    await turns?.stop();
    mail?.close();
    await db.close();
    process.exit(code);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

function exitOnListenError(err: unknown): never {
  if (!(err instanceof ListenError)) throw err;
  console.error(err.message);
  process.exit(2);
}

await main();
