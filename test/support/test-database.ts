// Databases for store/use-case tests: always PGlite (a data folder in the run folder), and a real PostgreSQL
// when TEST_DATABASE_URL is set — each call its own copy of the run's migrated template
// (test/support/test-templates.ts), a PostgreSQL copy dropped on close.
// openDemoDatabase adds the demo organisation for a given `now`: loaded once per run
// and `now` into a template of its own, then copied like the migrated one.
import { PGlite } from '@electric-sql/pglite';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../src/store/database.ts';
import { databaseOnPglite, PGLITE_OPTIONS } from '../../src/store/pglite-database.ts';
import { sqlSessionFromPg, sqlSessionFromPglite } from '../../src/store/sql-session.ts';
import pg from 'pg';
import { loadDemoOrganisation, type LoadDemoResult } from '../../src/store/load-demo.ts';
import { createRecycler, type Recyclable } from './database-recycler.ts';
import { EMPTY_DIR, MIGRATED_DIR, runAdmin, withDatabase, type TestTemplates } from './test-templates.ts';

export type TestDbKind = 'pglite' | 'postgres';

/** The kinds to run store tests on: `describe.each(testDbKinds())`. */
export function testDbKinds(): TestDbKind[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

function templates(): TestTemplates {
  const given = inject('testTemplates');
  if (!given) throw new Error('Geen testsjablonen: draai tests via vitest.config.ts (globalSetup test/support/global-setup.ts).');
  return given;
}

function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is niet gezet');
  return url;
}

export async function openTestDatabase(kind: TestDbKind = 'pglite'): Promise<Database> {
  const { dir, pgTemplate } = templates();
  if (kind === 'pglite') return openPgliteCopy(join(dir, MIGRATED_DIR));
  if (!pgTemplate) throw new Error('Geen PostgreSQL-sjabloon: TEST_DATABASE_URL was niet gezet bij de start van de testrun.');
  return openPostgresCopy(pgTemplate);
}

/** A copy of the migrated database with the demo organisation loaded for `now`. */
export async function openDemoDatabase(kind: TestDbKind, now: Date): Promise<{ db: Database; demo: LoadDemoResult }> {
  const { dir, pgTemplate } = templates();
  const db =
    kind === 'pglite'
      ? await openPgliteCopy(await demoPgliteTemplate(dir, now))
      : await openPostgresCopy(await demoPostgresTemplate(pgTemplate, now));
  // The demo's own audit event names its organisation and counts.
  const loaded = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: 'demo.loaded' } });
  return { db, demo: { organisationId: loaded.organisationId!, counts: loaded.details as LoadDemoResult['counts'] } };
}

// Compiled once per worker process and handed to every PGlite it opens.
let wasm: Promise<{ pgliteWasmModule: WebAssembly.Module; fsBundle: Blob }> | undefined;

function pgliteAssets() {
  const dist = dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  wasm ??= WebAssembly.compile(readFileSync(join(dist, 'pglite.wasm'))).then((pgliteWasmModule) => ({
    pgliteWasmModule,
    fsBundle: new Blob([readFileSync(join(dist, 'pglite.data'))]),
  }));
  return wasm;
}

/** PGlite on a data folder, with the worker's compiled WASM and the product's options. */
async function pgliteAt(dataDir: string): Promise<PGlite> {
  return PGlite.create({ dataDir, ...(await pgliteAssets()), ...PGLITE_OPTIONS });
}

/** A bare PGlite cluster (no migrations), from the run's `empty/` template instead of initdb. */
export async function openEmptyPglite(): Promise<PGlite> {
  const copy = join(templates().dir, `${EMPTY_DIR}-copy-${randomBytes(6).toString('hex')}`);
  cpSync(join(templates().dir, EMPTY_DIR), copy, { recursive: true });
  return pgliteAt(copy);
}

// One pool per worker process for each kind (database-recycler.ts).
const pgliteCopies = createRecycler<PgliteCopy>();
const postgresCopies = createRecycler<PostgresCopy>();

/**
 * PGlite on a copy of a template folder: a used copy put back into the template's state
 * when one is idle, else a fresh copy of the folder; the folder is removed when it is thrown away.
 */
async function openPgliteCopy(template: string): Promise<Database> {
  let copy = pgliteCopies.take(template);
  if (!copy) {
    const dir = `${template}-copy-${randomBytes(6).toString('hex')}`;
    cpSync(template, dir, { recursive: true });
    const lite = await pgliteAt(dir);
    copy = {
      lite,
      withSession: (work) => (lite.closed ? Promise.reject(new Error('PGlite gesloten')) : work(sqlSessionFromPglite(lite))),
      discard: async () => {
        await lite.close().catch(() => undefined);
        rmSync(dir, { recursive: true, force: true });
      },
    };
    await pgliteCopies.remember(template, copy);
  }
  const taken = copy;
  const lease = leaseOf(taken.lite);
  const db = databaseOnPglite(lease.lite);
  return {
    ...db,
    close: once(async () => {
      await db.prisma.$disconnect();
      lease.end();
      await pgliteCopies.recycle(template, taken);
    }),
  };
}

/** A test may close its database twice; the copy goes back into the pool once. */
function once(close: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => (done ??= close());
}

interface PgliteCopy extends Recyclable {
  lite: PGlite;
}

/**
 * The PGlite a test sees: it works until the test closes its database, then refuses, so
 * work a test left running can never reach the next test's database in the same copy.
 */
function leaseOf(lite: PGlite): { lite: PGlite; end(): void } {
  let active = true;
  const refused = () => Promise.reject(new Error('Deze testdatabase is al gesloten.'));
  const proxy = new Proxy(lite, {
    get(target, prop) {
      if (prop === 'closed') return !active || target.closed;
      if (prop === 'close') return async () => void (active = false);
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => (active ? (value as (...a: unknown[]) => unknown).apply(target, args) : refused());
    },
  });
  return { lite: proxy, end: () => void (active = false) };
}

/** The demo for `now` as a PGlite template folder; the first file to ask makes it (a rename makes it appear whole). */
async function demoPgliteTemplate(dir: string, now: Date): Promise<string> {
  const path = join(dir, `demo-${now.getTime()}`);
  if (existsSync(path)) return path;
  const building = `${path}-building-${randomBytes(4).toString('hex')}`;
  cpSync(join(dir, MIGRATED_DIR), building, { recursive: true });
  const lite = await pgliteAt(building);
  const db = databaseOnPglite(lite);
  try {
    await loadDemoOrganisation(db, now);
  } finally {
    await db.close();
  }
  try {
    renameSync(building, path);
  } catch {
    // Another worker made it first: theirs is as good as ours.
    rmSync(building, { recursive: true, force: true });
  }
  return path;
}

/** A PostgreSQL copy of a template: a used one put back into the template's state when one is idle, else CREATE DATABASE … TEMPLATE. */
async function openPostgresCopy(template: string): Promise<Database> {
  const url = adminUrl();
  let copy = postgresCopies.take(template);
  if (!copy) {
    // Named after the run's template, so the run's teardown drops whatever is left.
    const name = `${template}_c${randomBytes(6).toString('hex')}`;
    await runAdmin(url, (admin) => admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
    const own = withDatabase(url, name);
    copy = {
      name,
      withSession: async (work) => {
        const client = new pg.Client({ connectionString: own });
        await client.connect();
        try {
          // Connections a test left open must not reach the next test.
          await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
          return await work(sqlSessionFromPg(client));
        } finally {
          await client.end();
        }
      },
      discard: () => dropPostgresDatabase(url, name),
    };
    await postgresCopies.remember(template, copy);
  }
  const taken = copy;
  const db = await openDatabase({ url: withDatabase(url, taken.name), poolSize: 4 });
  return {
    ...db,
    close: once(async () => {
      await db.close();
      await postgresCopies.recycle(template, taken);
    }),
  };
}

interface PostgresCopy extends Recyclable {
  name: string;
}

/** The demo for `now` as a PostgreSQL template; made once, under a lock, by the first file to ask. */
async function demoPostgresTemplate(pgTemplate: string | null, now: Date): Promise<string> {
  if (!pgTemplate) throw new Error('Geen PostgreSQL-sjabloon: TEST_DATABASE_URL was niet gezet bij de start van de testrun.');
  const url = adminUrl();
  const name = `${pgTemplate}_d${now.getTime()}`;
  await runAdmin(url, async (admin) => {
    await admin.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) return;
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${pgTemplate}`);
    try {
      const db = await openDatabase({ url: withDatabase(url, name), poolSize: 1 });
      await loadDemoOrganisation(db, now).finally(() => db.close());
    } catch (err) {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      throw err;
    }
  });
  return name;
}

/** A fresh, empty (unmigrated) real PostgreSQL database URL and its dropper. */
export async function createEmptyPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const url = adminUrl();
  const name = `rro_test_${randomBytes(6).toString('hex')}`;
  await runAdmin(url, (admin) => admin.query(`CREATE DATABASE ${name}`));
  return { url: withDatabase(url, name), drop: () => dropPostgresDatabase(url, name) };
}

async function dropPostgresDatabase(url: string, name: string): Promise<void> {
  await runAdmin(url, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}
