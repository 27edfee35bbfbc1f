// Wires every part: config → database (migrated) → demo → HTTP server. The only
// file that knows them all.
import { createServer } from 'node:http';
import { ConfigError, parseEnv } from './config/env.ts';
import { createHttpApp } from './http/http-app.ts';
import { createLogger } from './logger.ts';
import { DatabaseUnavailableError } from './store/database.ts';
import { ensureDemoLoaded } from './store/load-demo.ts';
import { MigrationError } from './store/migrate.ts';
import { openMigratedDatabase } from './store/open-store.ts';

async function main(): Promise<void> {
  let config;
  try {
    config = parseEnv(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const logger = createLogger(config.LOG_LEVEL);
  let opened;
  try {
    opened = await openMigratedDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
  } catch (err) {
    if (err instanceof DatabaseUnavailableError || err instanceof MigrationError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const { db, migration } = opened;
  logger.info({ database: db.kind, applied: migration.applied }, 'database klaar');
  for (const name of migration.checksumMismatches) {
    logger.warn({ migration: name }, 'migration.sql is gewijzigd nadat hij is toegepast');
  }

  if (config.DEMO ?? db.kind === 'pglite') {
    const demo = await ensureDemoLoaded(db, new Date());
    if (demo.loaded) logger.info({ counts: demo.counts }, 'demo-organisatie geladen (lege database)');
  }

  const app = createHttpApp({ db, logger });
  const server = createServer(app);
  server.listen(config.PORT, config.HOST, () => {
    const addr = server.address();
    const port = typeof addr === 'object' && addr ? addr.port : config.PORT;
    logger.info({ url: `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}` }, 'RRO-bot luistert');
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'afsluiten');
    server.close();
    server.closeAllConnections();
    await db.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

await main();
