// Test database copies used again instead of made anew. Starting a PGlite copy (copying the
// folder, instantiating the WASM, booting PostgreSQL) costs 0.2–0.3 s on a quiet 2-core
// machine and ~1 s on a busy one; CREATE DATABASE … TEMPLATE plus DROP on PostgreSQL ~0.4 s.
// Every copy of a kind has the migrated schema, so any idle copy can be put into any saved
// state of that schema — the migrated template's, or the demo organisation's for a `now` —
// by emptying the tables that have rows, inserting the state's rows and setting the
// sequences: a few tens of ms. A used copy goes back into the pool only if its session is
// cleared in time and its schema is still the template's (a test may add a trigger or drop
// a column to cause a fault); otherwise it is thrown away.
import type { SqlSession } from '../../src/store/sql-session.ts';

/** One copy as the pool sees it. */
export interface Recyclable {
  /** Runs work on a session of its own (PGlite: the instance; PostgreSQL: a new connection, the only one). */
  withSession<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  /** Closes and removes the copy for good. */
  discard(): Promise<void>;
}

interface TableRows { table: string; columns: string; json: string }
/** A database's contents as the pool restores them: the rows of every public table, and the sequences. */
export interface DatabaseState { fingerprint: string; tables: string[]; rows: TableRows[]; sequences: { name: string; value: string | null }[] }

const CLEAR_BUDGET_MS = 10_000;
// An idle PGlite holds 100–200 MB; a worker keeps only a few copies of each kind.
const MAX_IDLE = 3;

// Everything a test could change in the schema: relations, columns, triggers (and whether
// they are enabled), functions, rules, constraints, indexes, policies, schemas.
const FINGERPRINT_SQL = `
SELECT md5(concat_ws('|',
  (SELECT string_agg(c.relname || ':' || c.relkind::text || ':' || c.relnatts, ',' ORDER BY c.relname, c.relkind)
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'),
  (SELECT string_agg(a.attrelid::regclass::text || '.' || a.attname || ':' || a.atttypid::text || ':' || a.attnotnull::text || ':' || a.attisdropped::text, ',' ORDER BY a.attrelid, a.attnum)
     FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND a.attnum > 0),
  (SELECT string_agg(tgname || ':' || tgenabled::text, ',' ORDER BY tgname) FROM pg_trigger),
  (SELECT count(*) FROM pg_proc), (SELECT count(*) FROM pg_rewrite), (SELECT count(*) FROM pg_constraint),
  (SELECT count(*) FROM pg_index), (SELECT count(*) FROM pg_policy),
  (SELECT count(*) FROM pg_namespace WHERE nspname NOT LIKE 'pg_temp%' AND nspname NOT LIKE 'pg_toast_temp%'),
  (SELECT count(*) FROM pg_extension)
)) AS fingerprint`;

const TABLES_SQL = `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`;

// Generated columns are computed again on insert; identity columns keep their values (OVERRIDING SYSTEM VALUE).
const COLUMNS_SQL = `
SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) AS columns FROM pg_attribute
 WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''`;

export function createRecycler<Copy extends Recyclable>() {
  const idle: Copy[] = [];

  return {
    /** The copy used last (its pages are warm), or null when none is idle. */
    take(): Copy | null {
      return idle.pop() ?? null;
    },

    /** Clears a used copy's session and keeps it if its schema is still `fingerprint`'s; discards it when that is not safe. */
    async recycle(copy: Copy, fingerprint: string | undefined): Promise<void> {
      let kept = false;
      if (fingerprint) {
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), CLEAR_BUDGET_MS)));
        kept = await Promise.race([copy.withSession((session) => clearSession(session, fingerprint)).catch(() => false), late]);
        clearTimeout(timer);
      }
      if (!kept) {
        // A copy stuck in a test's transaction may never close; it is dropped either way.
        void copy.discard().catch(() => undefined);
        return;
      }
      idle.push(copy);
      while (idle.length > MAX_IDLE) await idle.shift()!.discard().catch(() => undefined);
    },
  };
}

export type Recycler<Copy extends Recyclable> = ReturnType<typeof createRecycler<Copy>>;

/** What `restoreState` puts back later: read once per state and worker. */
export async function readState(session: SqlSession): Promise<DatabaseState> {
  const [{ fingerprint }] = (await session.query<{ fingerprint: string }>(FINGERPRINT_SQL)) as [{ fingerprint: string }];
  const tables = (await session.query<{ name: string }>(TABLES_SQL)).map((r) => r.name);
  const rows: TableRows[] = [];
  for (const table of tables) {
    const [{ json }] = (await session.query<{ json: string | null }>(`SELECT json_agg(t)::text AS json FROM ${table} t`)) as [{ json: string | null }];
    if (json === null) continue;
    const [{ columns }] = (await session.query<{ columns: string }>(COLUMNS_SQL, [table])) as [{ columns: string }];
    rows.push({ table, columns, json });
  }
  const sequences = await session.query<{ name: string; value: string | null }>(
    `SELECT format('%I.%I', schemaname, sequencename) AS name, last_value::text AS value FROM pg_sequences WHERE schemaname = 'public'`,
  );
  return { fingerprint, tables, rows, sequences };
}

async function clearSession(session: SqlSession, fingerprint: string): Promise<boolean> {
  // Session state first (an open transaction, advisory locks, temp tables, settings), then the schema check.
  await session.exec('ROLLBACK');
  await session.exec('DISCARD ALL');
  const [now] = (await session.query<{ fingerprint: string }>(FINGERPRINT_SQL)) as [{ fingerprint: string }];
  return now.fingerprint === fingerprint;
}

/** Puts `state`'s rows and sequences into a copy with the same schema, whatever it holds now. */
export async function restoreState(session: SqlSession, state: DatabaseState): Promise<void> {
  // Only tables with rows are emptied: a DELETE of a few rows is far cheaper than a TRUNCATE,
  // which makes new files for every table and index.
  const used = state.tables.length
    ? (await session.query<{ name: string }>(state.tables.map((t) => `SELECT ${literal(t)} AS name WHERE EXISTS (SELECT 1 FROM ${t})`).join(' UNION ALL '))).map((r) => r.name)
    : [];
  await session.exec('BEGIN');
  try {
    // Foreign keys held in the template and every table is emptied whole, so they are not checked again.
    await session.exec('SET LOCAL session_replication_role = replica');
    for (const table of used) await session.exec(`DELETE FROM ${table}`);
    for (const { table, columns, json } of state.rows) {
      await session.query(`INSERT INTO ${table} (${columns}) OVERRIDING SYSTEM VALUE SELECT ${columns} FROM json_populate_recordset(NULL::${table}, $1::json)`, [json]);
    }
    for (const { name, value } of state.sequences) {
      if (value === null) await session.query('SELECT setval($1, 1, false)', [name]);
      else await session.query('SELECT setval($1, $2::bigint, true)', [name, value]);
    }
    await session.exec('COMMIT');
  } catch (err) {
    await session.exec('ROLLBACK');
    throw err;
  }
}

function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
