// A comparable snapshot of a database's schema: tables, columns, indexes,
// constraints and enum values (used by the drift test).
import type { SqlSession } from '../../src/store/sql-session.ts';

export async function readCatalog(session: SqlSession): Promise<string[]> {
  const cols = await session.query<{ line: string }>(`
    SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '') AS line
    FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name <> '_prisma_migrations'`);
  const idx = await session.query<{ line: string }>(`
    SELECT indexdef AS line FROM pg_indexes
    WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`);
  const cons = await session.query<{ line: string }>(`
    SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS line
    FROM pg_constraint WHERE connamespace = current_schema()::regnamespace
      AND conrelid::regclass::text <> '"_prisma_migrations"' AND conrelid::regclass::text <> '_prisma_migrations'`);
  const enums = await session.query<{ line: string }>(`
    SELECT t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS line
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
    WHERE t.typnamespace = current_schema()::regnamespace GROUP BY t.typname`);
  return [...cols, ...idx, ...cons, ...enums].map((r) => r.line).sort();
}
