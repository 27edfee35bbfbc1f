// Databases for store/use-case tests: always PGlite (in memory, cloned from one
// migrated template per worker), and a real PostgreSQL when TEST_DATABASE_URL is
// set — a fresh database per call, dropped on close.
import { PGlite } from '@electric-sql/pglite';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createPglite, databaseOnPglite, openDatabase, type Database } from '../../src/store/database.ts';
import { migrate, readLocalMigrations } from '../../src/store/migrate.ts';
import { MIGRATIONS_DIR } from '../../src/store/open-store.ts';
import { sqlSessionFromPglite } from '../../src/store/sql-session.ts';

export type TestDbKind = 'pglite' | 'postgres';

/** The kinds to run store tests on: `describe.each(testDbKinds())`. */
export function testDbKinds(): TestDbKind[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

let template: Promise<PGlite> | undefined;

async function migratedTemplate(): Promise<PGlite> {
  template ??= (async () => {
    const lite = await createPglite();
    await migrate(sqlSessionFromPglite(lite), readLocalMigrations(MIGRATIONS_DIR));
    return lite;
  })();
  return template;
}

export async function openTestDatabase(kind: TestDbKind = 'pglite'): Promise<Database> {
  if (kind === 'pglite') {
    return databaseOnPglite((await (await migratedTemplate()).clone()) as PGlite);
  }
  const empty = await createEmptyPostgresDatabase();
  const db = await openDatabase({ url: empty.url, poolSize: 4 });
  await migrate(db.session, readLocalMigrations(MIGRATIONS_DIR));
  return {
    ...db,
    async close() {
      await db.close();
      await empty.drop();
    },
  };
}

/** A fresh, empty (unmigrated) real PostgreSQL database URL and its dropper. */
export async function createEmptyPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is niet gezet');
  const name = `rro_test_${randomBytes(6).toString('hex')}`;
  await runAdmin(url, `CREATE DATABASE ${name}`);
  return { url: withDatabase(url, name), drop: () => runAdmin(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function runAdmin(url: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
