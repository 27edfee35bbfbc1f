// Searches every table of the schema for a piece of text (an e-mail, a name) as a
// whole word, whole rows cast to text, case-insensitive. Used by erase as its final check (anything
// left stops the erase) and by the tests. Tables come from the catalog, so a table
// added later is searched too.
import type { Prisma } from './generated/client.ts';

export interface SearchHit {
  table: string;
  rows: number;
}

export async function listTables(tx: Prisma.TransactionClient): Promise<string[]> {
  const rows = await tx.$queryRawUnsafe<{ table_name: string }[]>(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
     ORDER BY table_name`,
  );
  return rows.map((r) => r.table_name);
}

/**
 * A PostgreSQL regex for the text as a whole word (so erasing "Anna" leaves "Annabel"),
 * any run of spaces matching any run; used case-insensitively (~*).
 */
export function textPattern(text: string): string {
  const escaped = text.trim().replace(/[\\^$.|?*+()[\]{}]/g, (c) => `\\${c}`).replace(/\s+/g, '\\s+');
  return `(?<![[:alnum:]_])${escaped}(?![[:alnum:]_])`;
}

/** Tables (one scan each) whose rows still hold any of the needles. */
export async function searchEverywhere(tx: Prisma.TransactionClient, needles: string[]): Promise<SearchHit[]> {
  const hits: SearchHit[] = [];
  const patterns = [...new Set(needles.map((n) => n.trim().toLowerCase()).filter((n) => n.length >= 3))].map(textPattern);
  if (patterns.length === 0) return hits;
  for (const table of await listTables(tx)) {
    const ident = `"${table.replace(/"/g, '""')}"`;
    const [row] = await tx.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${ident} t WHERE t::text ~* ANY($1::text[])`, patterns);
    if (row && row.n > 0) hits.push({ table, rows: row.n });
  }
  return hits;
}
