// Databases for store/use-case tests: always PGlite (a data folder in the run folder), and a real PostgreSQL
// when TEST_DATABASE_URL is set — each call its own copy of the run's migrated template
// (test/support/test-templates.ts), used again by later tests once it is closed (database-recycler.ts).
// openDemoDatabase adds the demo organisation for a given `now`: loaded once per run, `now`
// and kind into a copy, whose rows are saved in the run folder; later copies get those rows.
import { PGlite } from '@electric-sql/pglite';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../src/store/database.ts';
import { databaseOnPglite, PGLITE_OPTIONS } from '../../src/store/pglite-database.ts';
import { sqlSessionFromPg, sqlSessionFromPglite } from '../../src/store/sql-session.ts';
import pg from 'pg';
import { loadDemoOrganisation, type LoadDemoResult } from '../../src/store/load-demo.ts';
import { createRecycler, readState, restoreState, type DatabaseState, type Recyclable, type Recycler } from './database-recycler.ts';
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
  return openCopy(kind, null);
}

/** A copy of the migrated database with the demo organisation loaded for `now`. */
export async function openDemoDatabase(kind: TestDbKind, now: Date): Promise<{ db: Database; demo: LoadDemoResult }> {
  const key = `demo-${kind}-${now.getTime()}`;
  const saved = demoStates.get(key) ?? savedState(key);
  let db: Database;
  if (saved) db = await openCopy(kind, saved);
  else {
    // The first file to ask loads the demo and saves the rows for the rest of the run.
    db = await openCopy(kind, null);
    try {
      await loadDemoOrganisation(db, now);
      const state = readState(db.session);
      demoStates.set(key, state);
      saveState(key, await state);
    } catch (err) {
      demoStates.delete(key);
      await db.close();
      throw err;
    }
  }
  // The demo's own audit event names its organisation and counts.
  const loaded = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: 'demo.loaded' } });
  return { db, demo: { organisationId: loaded.organisationId!, counts: loaded.details as LoadDemoResult['counts'] } };
}

// The migrated template's rows per kind, read once per worker from its first fresh copy, and the
// demo's per kind and `now` (this worker's, or read from the file another worker saved).
const migratedStates = new Map<TestDbKind, Promise<DatabaseState>>();
const demoStates = new Map<string, Promise<DatabaseState>>();

const stateFile = (key: string) => join(templates().dir, `${key}.state.json`);

function savedState(key: string): Promise<DatabaseState> | undefined {
  if (!existsSync(stateFile(key))) return undefined;
  const state = Promise.resolve(JSON.parse(readFileSync(stateFile(key), 'utf8')) as DatabaseState);
  demoStates.set(key, state);
  return state;
}

/** A rename makes the file appear whole; if two workers saved the same key, either is as good. */
function saveState(key: string, state: DatabaseState): void {
  const writing = `${stateFile(key)}-${randomBytes(4).toString('hex')}`;
  writeFileSync(writing, JSON.stringify(state));
  renameSync(writing, stateFile(key));
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

async function openCopy(kind: TestDbKind, state: Promise<DatabaseState> | null): Promise<Database> {
  if (kind === 'pglite') {
    const copy = await copyIn(kind, pgliteCopies, freshPgliteCopy, state);
    const lease = leaseOf(copy.lite);
    const db = databaseOnPglite(lease.lite);
    return {
      ...db,
      close: once(async () => {
        await db.prisma.$disconnect();
        lease.end();
        await pgliteCopies.recycle(copy, await fingerprintOf(kind));
      }),
    };
  }
  const copy = await copyIn(kind, postgresCopies, freshPostgresCopy, state);
  const db = await openDatabase({ url: withDatabase(adminUrl(), copy.name), poolSize: 4 });
  return {
    ...db,
    close: once(async () => {
      await db.close();
      await postgresCopies.recycle(copy, await fingerprintOf(kind));
    }),
  };
}

/** An idle copy put into `state` (the migrated one when null), else a fresh copy of the migrated template. */
async function copyIn<C extends Recyclable>(kind: TestDbKind, pool: Recycler<C>, fresh: () => Promise<C>, state: Promise<DatabaseState> | null): Promise<C> {
  const idle = pool.take();
  if (idle) {
    try {
      await idle.withSession(async (session) => restoreState(session, await (state ?? migratedStates.get(kind)!)));
      return idle;
    } catch {
      void idle.discard().catch(() => undefined);
    }
  }
  const copy = await fresh();
  if (!migratedStates.has(kind)) {
    const read = copy.withSession(readState);
    migratedStates.set(kind, read);
    read.catch(() => migratedStates.delete(kind));
  }
  try {
    await migratedStates.get(kind);
    if (state) await copy.withSession(async (session) => restoreState(session, await state));
  } catch (err) {
    await copy.discard().catch(() => undefined);
    throw err;
  }
  return copy;
}

async function fingerprintOf(kind: TestDbKind): Promise<string | undefined> {
  return (await migratedStates.get(kind)?.catch(() => undefined))?.fingerprint;
}

/** A test may close its database twice; the copy goes back into the pool once. */
function once(close: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => (done ??= close());
}

interface PgliteCopy extends Recyclable {
  lite: PGlite;
}

/** A new folder copy of the migrated PGlite template; the folder is removed when the copy is thrown away. */
async function freshPgliteCopy(): Promise<PgliteCopy> {
  const dir = join(templates().dir, `${MIGRATED_DIR}-copy-${randomBytes(6).toString('hex')}`);
  cpSync(join(templates().dir, MIGRATED_DIR), dir, { recursive: true });
  const lite = await pgliteAt(dir);
  return {
    lite,
    withSession: (work) => (lite.closed ? Promise.reject(new Error('PGlite gesloten')) : work(sqlSessionFromPglite(lite))),
    discard: async () => {
      await lite.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
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

interface PostgresCopy extends Recyclable {
  name: string;
}

/** CREATE DATABASE … TEMPLATE the run's migrated one, named after it so the run's teardown drops whatever is left. */
async function freshPostgresCopy(): Promise<PostgresCopy> {
  const { pgTemplate } = templates();
  if (!pgTemplate) throw new Error('Geen PostgreSQL-sjabloon: TEST_DATABASE_URL was niet gezet bij de start van de testrun.');
  const url = adminUrl();
  const name = `${pgTemplate}_c${randomBytes(6).toString('hex')}`;
  await runAdmin(url, (admin) => admin.query(`CREATE DATABASE ${name} TEMPLATE ${pgTemplate}`));
  const own = withDatabase(url, name);
  return {
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
