// PGlite copies of a template, used again instead of started anew. Starting a PGlite
// (instantiating the WASM and booting PostgreSQL) costs 150–300 ms on a quiet 2-core
// machine and ~1 s on a busy one; putting a used copy back into its template's state —
// empty every table, copy the template's rows back in — costs a few tens of ms.
// A copy goes back into the pool only if its schema is still the template's (a test may
// add a trigger or drop a column to cause a fault) and the reset finishes in time;
// otherwise it is closed and thrown away, as before.
import type { PGlite } from '@electric-sql/pglite';

interface TableRows { table: string; blob: Blob }
interface TemplateState { fingerprint: string; tables: string[]; rows: TableRows[]; sequences: { name: string; value: string | null }[] }
interface Idle { lite: PGlite; dispose(): void }

const RESET_BUDGET_MS = 10_000;
// Each idle PGlite holds 100–200 MB; a worker keeps only a few.
const MAX_IDLE = 3;

const states = new Map<string, Promise<TemplateState>>();
const idle: { template: string; entry: Idle }[] = [];

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
  (SELECT count(*) FROM pg_index), (SELECT count(*) FROM pg_policy), (SELECT count(*) FROM pg_namespace WHERE nspname NOT LIKE 'pg_temp%' AND nspname NOT LIKE 'pg_toast_temp%'),
  (SELECT count(*) FROM pg_roles), (SELECT count(*) FROM pg_extension)
)) AS fingerprint`;

const TABLES_SQL = `
SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables
 WHERE schemaname = 'public' ORDER BY tablename`;

/** A pooled copy of `template`, or null when none is idle. */
export function takeIdle(template: string): Idle | null {
  const at = idle.findIndex((i) => i.template === template);
  return at < 0 ? null : idle.splice(at, 1)[0]!.entry;
}

/** Reads a fresh copy's state once per template: the rows to put back and the schema to compare with. */
export function rememberTemplate(template: string, lite: PGlite): Promise<TemplateState> {
  let state = states.get(template);
  if (!state) {
    state = readState(lite);
    states.set(template, state);
    state.catch(() => states.delete(template));
  }
  return state;
}

/** Puts a used copy back into its template's state and into the pool; closes it when that is not safe. */
export async function recycle(template: string, entry: Idle): Promise<void> {
  const { lite } = entry;
  const state = states.get(template);
  let reset = false;
  if (state && !lite.closed) {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), RESET_BUDGET_MS)));
    reset = await Promise.race([resetTo(lite, await state).catch(() => false), late]);
    clearTimeout(timer);
  }
  if (!reset) {
    // A copy stuck in a test's transaction may never close; it is dropped either way.
    void lite.close().catch(() => undefined).finally(() => entry.dispose());
    return;
  }
  idle.push({ template, entry });
  while (idle.length > MAX_IDLE) {
    const old = idle.shift()!.entry;
    await old.lite.close().catch(() => undefined);
    old.dispose();
  }
}

async function readState(lite: PGlite): Promise<TemplateState> {
  const fingerprint = (await lite.query<{ fingerprint: string }>(FINGERPRINT_SQL)).rows[0]!.fingerprint;
  const tables = (await lite.query<{ name: string }>(TABLES_SQL)).rows.map((r) => r.name);
  const rows: TableRows[] = [];
  for (const table of tables) {
    const { rows: [count] } = await lite.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    if (!count?.n) continue;
    const { blob } = await lite.query(`COPY ${table} TO '/dev/blob'`);
    if (!blob) throw new Error(`COPY ${table} gaf geen blob`);
    rows.push({ table, blob });
  }
  const sequences = (
    await lite.query<{ name: string; value: string | null }>(
      `SELECT format('%I.%I', schemaname, sequencename) AS name, last_value::text AS value FROM pg_sequences WHERE schemaname = 'public'`,
    )
  ).rows;
  return { fingerprint, tables, rows, sequences };
}

async function resetTo(lite: PGlite, state: TemplateState): Promise<boolean> {
  // Session state first (an open transaction, advisory locks, temp tables, settings), then the schema check.
  await lite.exec('ROLLBACK');
  await lite.exec('DISCARD ALL');
  const now = (await lite.query<{ fingerprint: string }>(FINGERPRINT_SQL)).rows[0]!.fingerprint;
  if (now !== state.fingerprint) return false;
  // Only tables with rows are emptied: a DELETE of a few rows is far cheaper in PGlite than a
  // TRUNCATE, which makes new files for every table and index.
  const used = state.tables.length
    ? (await lite.query<{ name: string }>(state.tables.map((t) => `SELECT ${literal(t)} AS name WHERE EXISTS (SELECT 1 FROM ${t})`).join(' UNION ALL '))).rows.map((r) => r.name)
    : [];
  await lite.transaction(async (tx) => {
    // Foreign keys held in the template and every table is emptied whole, so they are not checked again.
    await tx.exec('SET LOCAL session_replication_role = replica');
    for (const table of used) await tx.exec(`DELETE FROM ${table}`);
    for (const { table, blob } of state.rows) await tx.query(`COPY ${table} FROM '/dev/blob'`, [], { blob });
    for (const { name, value } of state.sequences) {
      await tx.query(value === null ? 'SELECT setval($1, 1, false)' : 'SELECT setval($1, $2::bigint, true)', value === null ? [name] : [name, value]);
    }
  });
  return true;
}

function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
