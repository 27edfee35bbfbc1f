// Searches every table of the schema for a piece of text (an e-mail, a name) as a
// whole word in any of its text, json or array columns, case-insensitive. Used by erase as its final check (anything
// left stops the erase) and by the tests. Tables come from the catalog, so a table
// added later is searched too.
import type { Prisma } from './generated/client.ts';

export interface SearchHit {
  table: string;
  rows: number;
}

/** Per table, its columns that can hold text (text, json, arrays); ids, dates, numbers and enums cannot hold a name. */
export async function listTextColumns(tx: Prisma.TransactionClient): Promise<Map<string, string[]>> {
  const rows = await tx.$queryRawUnsafe<{ t: string; c: string }[]>(
    `SELECT c.table_name AS t, c.column_name AS c FROM information_schema.columns c
     JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
     WHERE c.table_schema = current_schema() AND c.table_name <> '_prisma_migrations'
       AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')
     ORDER BY c.table_name, c.ordinal_position`,
  );
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.t, [...(out.get(r.t) ?? []), r.c]);
  return out;
}

/**
 * A PostgreSQL regex for the text as a whole word (so erasing "Anna" leaves "Annabel"),
 * any run of spaces matching any run; used case-insensitively (~*).
 */
export function textPattern(text: string): string {
  const escaped = text.trim().replace(/[\\^$.|?*+()[\]{}]/g, (c) => `\\${c}`).replace(/\s+/g, '\\s+');
  return `(?<![[:alnum:]_])${escaped}(?![[:alnum:]_])`;
}

/**
 * A cheap substring test ahead of the regex, so only candidate rows pay for the
 * word-boundary match: $first… are the needles' longest space-free parts (every
 * match of the whole needle contains it), lower case.
 */
export function containsAny(expr: string, count: number, first = 2): string {
  return `(${Array.from({ length: count }, (_, i) => `strpos(lower(${expr}), $${first + i}) > 0`).join(' OR ')})`;
}

export const longestPart = (needle: string) =>
  needle.trim().toLowerCase().split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), '');

/** Tables (one scan each) whose rows still hold any of the needles. */
export async function searchEverywhere(tx: Prisma.TransactionClient, needles: string[]): Promise<SearchHit[]> {
  const hits: SearchHit[] = [];
  const wanted = [...new Set(needles.map((n) => n.trim().toLowerCase()).filter((n) => n.length >= 3))];
  if (wanted.length === 0) return hits;
  const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
  for (const [table, columns] of await listTextColumns(tx)) {
    const text = `concat_ws(' | ', ${columns.map((c) => `${quote(c)}::text`).join(', ')})`;
    const [row] = await tx.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM ${quote(table)} WHERE ${containsAny(text, wanted.length)} AND ${text} ~* ANY($1::text[])`,
      wanted.map(textPattern), ...wanted.map(longestPart));
    if (row && row.n > 0) hits.push({ table, rows: row.n });
  }
  return hits;
}
