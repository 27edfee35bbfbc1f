// What the store hands out for one database, PGlite or PostgreSQL alike.
import type { LockPurpose } from './data-dir-lock.ts';
import type { PrismaClient } from './generated/client.ts';
import type { SqlSession } from './sql-session.ts';

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
