// Opens the one PostgreSQL the store talks to: a real server when a URL is given,
// otherwise PGlite (WASM Postgres in-process) persisted in a data folder or in memory.
// Only src/store/ imports the Prisma client.
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import pg from 'pg';
import { acquireDataDirLock, type LockPurpose } from './data-dir-lock.ts';
import { PrismaClient } from './generated/client.ts';
import { guardStoredText } from './guard-stored-text.ts';
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
  /** Who opens a PGlite data folder, named in its lock file (see data-dir-lock.ts). */
  purpose?: LockPurpose;
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

async function openPglite(options: OpenDatabaseOptions): Promise<Database> {
  const dir = options.dataDir && options.dataDir !== 'memory://' ? options.dataDir : undefined;
  if (!dir) return openPgliteIn(undefined, options);
  // Taken before PGlite touches the folder; released when the database is closed.
  const lock = acquireDataDirLock(dir, options.purpose ?? 'other');
  try {
    const db = await openPgliteIn(dir, options);
    return { ...db, close: () => db.close().finally(() => lock.release()) };
  } catch (err) {
    lock.release();
    throw err;
  }
}

async function openPgliteIn(dir: string | undefined, options: OpenDatabaseOptions): Promise<Database> {
  const lite = dir ? await PGlite.create(dir) : await PGlite.create();
  if ((options.pgliteDriver ?? 'adapter') === 'adapter') return databaseOnPglite(lite);
  // PGlite has a single session: one socket connection, one pool slot, so a
  // transaction can never interleave with another connection's statements.
  const server = new PGLiteSocketServer({ db: lite, host: '127.0.0.1', port: 0, maxConnections: 1 });
  await server.start();
  const pool = new pg.Pool({ connectionString: `postgresql://postgres@${server.getServerConn()}/postgres`, max: 1 });
  const prisma = guardStoredText(new PrismaClient({ adapter: new PrismaPg(pool) }));
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

/** A Database over an open PGlite instance, through pglite-prisma-adapter. */
export function databaseOnPglite(lite: PGlite): Database {
  const prisma = guardStoredText(new PrismaClient({ adapter: new PrismaPGlite(lite) }));
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
