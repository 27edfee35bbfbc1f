// The embedded database: PGlite (WASM PostgreSQL in this process) in a data folder or
// in memory, reached by Prisma in-process or over a loopback socket. Loaded by
// database.ts only when no DATABASE_URL is given.
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { PrismaPg } from '@prisma/adapter-pg';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import pg from 'pg';
import { acquireDataDirLock } from './data-dir-lock.ts';
import type { Database, OpenDatabaseOptions } from './database-types.ts';
import { PrismaClient } from './generated/client.ts';
import { guardStoredText } from './guard-stored-text.ts';
import { sqlSessionFromPglite } from './sql-session.ts';

/**
 * What every PGlite we open is given. The contrib extensions our migrations create (the
 * directory search needs unaccent and pg_trgm, migration network_directory). And 16 MB of
 * shared buffers instead of PostgreSQL's 128 MB: booting zeroes them inside the WASM memory
 * (~0.35 s of every open on a 2-core machine) and they stay resident, while one
 * organisation's register is a few MB and the folder's pages stay in the OS cache anyway.
 */
export const PGLITE_OPTIONS = {
  extensions: { pg_trgm, unaccent },
  startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'],
};

export async function openPglite(options: OpenDatabaseOptions): Promise<Database> {
  const dir = options.dataDir && options.dataDir !== 'memory://' ? options.dataDir : undefined;
  if (!dir) return openPgliteIn(undefined, options);
  mkdirSync(dir, { recursive: true });
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
  const template = dir && !existsSync(join(dir, 'PG_VERSION')) ? readEmptyCluster() : undefined;
  const lite = dir ? await PGlite.create({ dataDir: dir, ...PGLITE_OPTIONS, ...(template ? { loadDataDir: template } : {}) }) : await PGlite.create(PGLITE_OPTIONS);
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

// A new data folder starts from the empty cluster `npm run build` saved for this PGlite
// version (scripts/build.mjs), which skips initdb; without it PGlite runs initdb itself.
export function readEmptyCluster(): Blob | undefined {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const { version } = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version: string };
  const path = fileURLToPath(new URL(`../../dist/pglite/empty-${version}.tar`, import.meta.url));
  return existsSync(path) ? new Blob([readFileSync(path)]) : undefined;
}
