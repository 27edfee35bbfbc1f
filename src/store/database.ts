// Opens the one PostgreSQL the store talks to: a real server when a URL is given,
// otherwise PGlite (WASM Postgres in-process) persisted in a data folder or in memory.
// Only src/store/ imports the Prisma client.
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { PrismaPg } from '@prisma/adapter-pg';
import { mkdirSync } from 'node:fs';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import pg from 'pg';
import { PrismaClient } from './generated/client.ts';
import { sqlSessionFromPglite, sqlSessionFromPool, type SqlSession } from './sql-session.ts';

export type Db = PrismaClient;

export interface Database {
  kind: 'pglite' | 'postgres';
  prisma: PrismaClient;
  /** A raw session for migrations, bulk work and hand-written SQL. */
  session: SqlSession;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** postgresql://… — when absent the embedded PGlite is used. */
  url?: string | undefined;
  /** PGlite data folder; absent or 'memory://' keeps it in memory. */
  dataDir?: string | undefined;
  /**
   * How Prisma reaches PGlite: 'adapter' = pglite-prisma-adapter in-process (default),
   * 'socket' = @electric-sql/pglite-socket + @prisma/adapter-pg over loopback.
   * See docs/benchmarks.md for why the default was chosen.
   */
  pgliteDriver?: 'adapter' | 'socket';
  poolSize?: number;
}

export class DatabaseUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseUnavailableError';
  }
}

export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  return options.url ? openPostgres(options.url, options.poolSize ?? 10) : openPglite(options);
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
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
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

async function openPglite(options: OpenDatabaseOptions): Promise<Database> {
  const dir = options.dataDir && options.dataDir !== 'memory://' ? options.dataDir : undefined;
  if (dir) mkdirSync(dir, { recursive: true });
  const lite = await createPglite(dir);
  if ((options.pgliteDriver ?? 'adapter') === 'adapter') return databaseOnPglite(lite);
  // PGlite has a single session: one socket connection, one pool slot, so a
  // transaction can never interleave with another connection's statements.
  const server = new PGLiteSocketServer({ db: lite, host: '127.0.0.1', port: 0, maxConnections: 1 });
  await server.start();
  const pool = new pg.Pool({ connectionString: `postgresql://postgres@${server.getServerConn()}/postgres`, max: 1 });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    kind: 'pglite',
    prisma,
    // Raw work goes straight to PGlite; its own mutex orders it with the socket's queries.
    session: sqlSessionFromPglite(lite),
    async close() {
      await prisma.$disconnect();
      await pool.end();
      await server.stop();
      await lite.close();
    },
  };
}

/**
 * A PGlite with the contrib extensions our migrations create (the directory search
 * needs unaccent and pg_trgm, migration network_directory); in memory without a folder.
 */
export function createPglite(dataDir?: string): Promise<PGlite> {
  const extensions = { pg_trgm, unaccent };
  return dataDir ? PGlite.create(dataDir, { extensions }) : PGlite.create({ extensions });
}

/** A Database over an open PGlite instance, through pglite-prisma-adapter. */
export function databaseOnPglite(lite: PGlite): Database {
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(lite) });
  return {
    kind: 'pglite',
    prisma,
    session: sqlSessionFromPglite(lite),
    async close() {
      await prisma.$disconnect();
      await lite.close();
    },
  };
}

export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
