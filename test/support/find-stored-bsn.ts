// Reads every row of every table and reports each string that holds a BSN-like number
// or the digits of one of the given BSNs (however written): what "nothing stored" means.
import { containsBsn } from '../../src/domain/bsn.ts';
import { normaliseForBsn } from '../../src/domain/bsn-normalise.ts';
import type { Database } from '../../src/store/database.ts';

export async function findStoredBsn(db: Database, bsns: string[]): Promise<string[]> {
  const tables = await db.prisma.$queryRawUnsafe<{ table_name: string }[]>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
  );
  const found: string[] = [];
  for (const { table_name: table } of tables) {
    const rows = await db.prisma.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${table}"`);
    for (const row of rows) walk(row, table, (where, text) => {
      const digits = normaliseForBsn(text).text.replace(/\D/g, '');
      if (containsBsn(text) || bsns.some((bsn) => digits.includes(bsn))) found.push(`${where}: ${JSON.stringify(text)}`);
    });
  }
  return found;
}

/** Every string in a value that holds one of the BSNs, or a BSN-like number. */
export function stringsWithBsn(value: unknown, bsns: string[]): string[] {
  const found: string[] = [];
  walk(value, '', (where, text) => {
    const digits = normaliseForBsn(text).text.replace(/\D/g, '');
    if (containsBsn(text) || bsns.some((bsn) => digits.includes(bsn))) found.push(`${where}: ${JSON.stringify(text)}`);
  });
  return found;
}

function walk(value: unknown, where: string, visit: (where: string, text: string) => void): void {
  if (typeof value === 'string') visit(where, value);
  else if (Array.isArray(value)) value.forEach((item) => walk(item, where, visit));
  else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) walk(item, `${where}.${key}`, visit);
  }
}
