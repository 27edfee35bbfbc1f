// The migrated template databases of one test run, made once by the vitest globalSetup
// (test/support/global-setup.ts): a PGlite data folder in a run folder, and — when
// TEST_DATABASE_URL is set — a migrated PostgreSQL database to CREATE DATABASE … TEMPLATE
// from. Copying a template takes well under a second; creating and migrating took 5–30 s.
import { PGlite } from '@electric-sql/pglite';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { migrate, readLocalMigrations } from '../../src/store/migrate.ts';
import { MIGRATIONS_DIR } from '../../src/store/open-store.ts';
import { PGLITE_OPTIONS, readEmptyCluster } from '../../src/store/pglite-database.ts';
import { sqlSessionFromPg, sqlSessionFromPglite } from '../../src/store/sql-session.ts';

export interface TestTemplates {
  /** Run folder: the PGlite templates `empty/` (a bare cluster) and `migrated/`, their copies, and the demo rows per kind and `now` (saved on first use). */
  dir: string;
  /** Name of the migrated PostgreSQL template database, when TEST_DATABASE_URL is set. */
  pgTemplate: string | null;
}

declare module 'vitest' {
  export interface ProvidedContext {
    testTemplates: TestTemplates;
  }
}

export const EMPTY_DIR = 'empty';
export const MIGRATED_DIR = 'migrated';
const PREFIX = 'rro_tpl_';
// A run killed halfway leaves its templates on the shared server; later runs drop them.
const LEFTOVER_AFTER_S = 6 * 3600;

export async function prepareTestTemplates(): Promise<{ templates: TestTemplates; dispose(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'rro-test-'));
  const url = process.env.TEST_DATABASE_URL;
  const [pgTemplate] = await Promise.all([url ? createPostgresTemplate(url) : null, writePgliteTemplate(dir)]).catch((err: unknown) => {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  });
  return {
    templates: { dir, pgTemplate },
    async dispose() {
      rmSync(dir, { recursive: true, force: true });
      if (url && pgTemplate) await dropDatabases(url, (name) => name.startsWith(pgTemplate));
    },
  };
}

async function writePgliteTemplate(dir: string): Promise<void> {
  // The empty cluster saved by `npm run build` skips initdb when it is there.
  const emptyCluster = readEmptyCluster();
  await (await PGlite.create({ dataDir: join(dir, EMPTY_DIR), ...PGLITE_OPTIONS, ...(emptyCluster ? { loadDataDir: emptyCluster } : {}) })).close();
  cpSync(join(dir, EMPTY_DIR), join(dir, MIGRATED_DIR), { recursive: true });
  const lite = await PGlite.create({ dataDir: join(dir, MIGRATED_DIR), ...PGLITE_OPTIONS });
  try {
    await migrate(sqlSessionFromPglite(lite), readLocalMigrations(MIGRATIONS_DIR));
  } finally {
    await lite.close();
  }
}

async function createPostgresTemplate(url: string): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  await dropDatabases(url, (name) => Number(name.slice(PREFIX.length).split('_')[0]) < now - LEFTOVER_AFTER_S);
  const name = `${PREFIX}${now}_${randomBytes(4).toString('hex')}`;
  await runAdmin(url, async (admin) => void (await admin.query(`CREATE DATABASE ${name}`)));
  try {
    await migratePostgres(withDatabase(url, name));
  } catch (err) {
    await dropDatabases(url, (db) => db === name);
    throw err;
  }
  return name;
}

async function migratePostgres(url: string): Promise<void> {
  // A plain client without the server's 5 s connect timeout: a busy machine may need longer.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await migrate(sqlSessionFromPg(client), readLocalMigrations(MIGRATIONS_DIR));
  } finally {
    await client.end();
  }
}

async function dropDatabases(url: string, which: (name: string) => boolean): Promise<void> {
  await runAdmin(url, async (admin) => {
    const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE '${PREFIX}%'`);
    for (const { datname } of rows.filter((r) => which(r.datname))) {
      await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    }
  });
}

export async function runAdmin<T>(url: string, work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
