// Wires every part: config → database (migrated) → demo → runtime (bot, outbox,
// scheduler) → adapters on the one HTTP server. The only file that knows them all.
import { createServer } from 'node:http';
import { join } from 'node:path';
import { createLocalAdapter } from '../adapters/local/index.ts';
import { createRuntime } from './app/create-runtime.ts';
import { ConfigError, parseEnv, type Config } from './config/env.ts';
import { createShiftableClock } from './core/clock.ts';
import { createLogger, type Logger } from './logger.ts';
import { DatabaseUnavailableError } from './store/database.ts';
import { ensureDemoLoaded } from './store/load-demo.ts';
import { createLocalDirectory } from './store/local-directory-store.ts';
import { MigrationError } from './store/migrate.ts';
import { openMigratedDatabase } from './store/open-store.ts';
import { createOutboxStore } from './store/outbox-store.ts';

function readConfig(): Config {
  try {
    return parseEnv(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
}

async function openDatabaseOrExit(config: Config, logger: Logger) {
  try {
    return await openMigratedDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
  } catch (err) {
    if (err instanceof DatabaseUnavailableError || err instanceof MigrationError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const { db, migration } = await openDatabaseOrExit(config, logger);
  logger.info({ database: db.kind, applied: migration.applied }, 'database klaar');
  for (const name of migration.checksumMismatches) {
    logger.warn({ migration: name }, 'migration.sql is gewijzigd nadat hij is toegepast');
  }
  if (config.DEMO ?? db.kind === 'pglite') {
    const demo = await ensureDemoLoaded(db, new Date());
    if (demo.loaded) logger.info({ counts: demo.counts }, 'demo-organisatie geladen (lege database)');
  }

  // Without a chat platform the playground is the platform, and its clock can be moved forward.
  const clock = createShiftableClock();
  const runtime = createRuntime({ db, clock, logger });
  const outbox = createOutboxStore(db.prisma);
  const playground = createLocalAdapter({
    handle: runtime.bot.handle,
    history: () => outbox.listSent('local'),
    directory: createLocalDirectory(db.prisma),
    clock,
    tick: runtime.tick,
    flush: async () => void (await runtime.worker.drain()),
    t: runtime.deps.t,
    stateFile: join(config.DATA_DIR, 'playground-messages.json'),
    timeZone: config.DEFAULT_TIMEZONE,
  });
  runtime.app.use('/playground', playground.router);
  runtime.app.get('/', (_req, res) => res.redirect('/playground'));
  runtime.addSender(playground.sender);
  // The playground's clock may jump ahead, so jobs run by catch-up ticks rather than node-cron.
  await runtime.tick();
  runtime.worker.start();
  const ticker = setInterval(() => void runtime.tick().catch((err: unknown) => logger.error({ err }, 'tick mislukt')), 30_000);
  ticker.unref();

  const server = createServer(runtime.app);
  server.listen(config.PORT, config.HOST, () => {
    const addr = server.address();
    const port = typeof addr === 'object' && addr ? addr.port : config.PORT;
    const host = config.HOST === '0.0.0.0' ? 'localhost' : config.HOST;
    logger.info({ url: `http://${host}:${port}/playground` }, 'RRO-bot luistert; open de playground in je browser');
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'afsluiten');
    clearInterval(ticker);
    server.close();
    server.closeAllConnections();
    await runtime.stop();
    await db.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

await main();
