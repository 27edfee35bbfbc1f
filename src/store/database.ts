// Opens the one PostgreSQL the store talks to: a real server when a URL is given,
// otherwise PGlite (WASM Postgres in-process) persisted in a data folder or in memory.
// Only src/store/ imports the Prisma client. PGlite (WASM, ~100 MB once running) is
// imported only when it is the database (pglite-database.ts).
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from './generated/client.ts';
import { guardStoredText } from './guard-stored-text.ts';
import type { Database, OpenDatabaseOptions } from './database-types.ts';
import { sqlSessionFromPool } from './sql-session.ts';

export type Db = PrismaClient;

// The shapes live apart so pglite-database.ts (loaded on demand) needs nothing from here.
export type { Database, OpenDatabaseOptions } from './database-types.ts';

export class DatabaseUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseUnavailableError';
  }
}

export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  if (options.url) return openPostgres(options.url, options.poolSize ?? 10);
  const { openPglite } = await import('./pglite-database.ts');
  return openPglite(options);
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5_000 });
  // An idle connection the server closed (restart, failover) must not crash the process;
  // the pool drops it and opens a new one on the next query.
  pool.on('error', () => undefined);
  try {
    // Fail fast with a clear message when the server is unreachable or refuses us.
    (await pool.connect()).release();
  } catch (err) {
    await pool.end().catch(() => undefined);
    const reason = err instanceof Error ? err.message : String(err);
    throw new DatabaseUnavailableError(
      `Kan de database in DATABASE_URL niet bereiken (${redactUrl(url)}): ${reason}. ` +
        `Controleer host, poort, gebruiker en databasenaam, of laat DATABASE_URL leeg voor de ingebouwde database.`,
      { cause: err },
    );
  }
  const prisma = guardStoredText(new PrismaClient({ adapter: new PrismaPg(pool) }));
  return {
    kind: 'postgres',
    prisma,
    session: sqlSessionFromPool(pool),
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
