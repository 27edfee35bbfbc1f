// Databases for store/use-case tests: always PGlite (in memory, cloned from one
// migrated template per worker), and a real PostgreSQL when TEST_DATABASE_URL is
// set — a fresh database per call, dropped on close.
import { PGlite } from '@electric-sql/pglite';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { openDatabase, type Database } from '../../src/store/database.ts';
import { PrismaClient } from '../../src/store/generated/client.ts';
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
    const lite = await PGlite.create();
    await migrate(sqlSessionFromPglite(lite), readLocalMigrations(MIGRATIONS_DIR));
    return lite;
  })();
  return template;
}

export async function openTestDatabase(kind: TestDbKind = 'pglite'): Promise<Database> {
  if (kind === 'pglite') {
    const lite = (await (await migratedTemplate()).clone()) as PGlite;
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
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is niet gezet');
  const name = `rro_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const dbUrl = withDatabase(url, name);
  const db = await openDatabase({ url: dbUrl, poolSize: 4 });
  await migrate(db.session, readLocalMigrations(MIGRATIONS_DIR));
  return {
    ...db,
    async close() {
      await db.close();
      const a = new pg.Client({ connectionString: url });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

/** A fresh, empty (unmigrated) real PostgreSQL database URL and its dropper. */
export async function createEmptyPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is niet gezet');
  const name = `rro_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    url: withDatabase(url, name),
    async drop() {
      const a = new pg.Client({ connectionString: url });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
