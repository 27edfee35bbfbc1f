// Validates every row of a parsed register CSV with zod and finds rows that describe
// the same thing twice. Problems name the row and the column as headed in the file.
import { toCompareKey } from './compare-key.ts';
import { BSN_CELL_MESSAGE, findBsnCells } from './find-bsn-cells.ts';
import type { ImportIssue } from './import-issue.ts';
import { REGISTER_COLUMNS, type RegisterKind } from './register-columns.ts';
import { REGISTER_RECORD_SCHEMAS, type RegisterRecords } from './register-records.ts';
import type { RegisterCsv } from './read-register-csv.ts';

export type { ImportRow as RegisterRow, ImportBatch as RegisterBatch } from '../register/import-records.ts';
import type { ImportRow as RegisterRow } from '../register/import-records.ts';

export interface ValidatedRegister<K extends RegisterKind> {
  /** Rows that passed, without the repeats of an earlier row. */
  rows: RegisterRow<RegisterRecords[K]>[];
  issues: ImportIssue[];
}

export function validateRegisterRows<K extends RegisterKind>(csv: RegisterCsv, kind: K): ValidatedRegister<K> {
  const schema = REGISTER_RECORD_SCHEMAS[kind];
  const headerOf = (field: string) => csv.headerOf[field] ?? REGISTER_COLUMNS[kind].find((c) => c.field === field)?.header ?? field;
  const rows: RegisterRow<RegisterRecords[K]>[] = [];
  const issues: ImportIssue[] = [];
  for (const { row, cells } of csv.rows) {
    const withBsn = findBsnCells(cells);
    if (withBsn.length > 0) {
      issues.push(...withBsn.map((field) => ({ row, column: headerOf(field), message: BSN_CELL_MESSAGE })));
      continue;
    }
    const parsed = schema.safeParse(cells);
    if (parsed.success) rows.push({ row, record: parsed.data as RegisterRecords[K] });
    else
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        issues.push(typeof field === 'string' ? { row, column: headerOf(field), message: issue.message } : { row, message: issue.message });
      }
  }
  const duplicates = findDuplicateRows(kind, rows, headerOf);
  issues.push(...duplicates);
  // A repeated row is not checked against the database too: that would only echo the duplicate.
  const repeated = new Set(duplicates.map((d) => d.row));
  return { rows: rows.filter((r) => !repeated.has(r.row)), issues };
}

/** Keys that must be unique within one file, with the field to name in the message. */
function keysOf(kind: RegisterKind, record: RegisterRecords[RegisterKind]): { field: string; key: string; label: string }[] {
  const keys: { field: string; key: string; label: string }[] = [];
  const add = (field: string, key: string | null | undefined, label: string) => {
    if (key) keys.push({ field, key: `${field}:${key}`, label });
  };
  if (kind === 'partners') {
    const r = record as RegisterRecords['partners'];
    add('name', toCompareKey(r.name), `partner '${r.name}'`);
    add('externalId', r.externalId, `extern id '${r.externalId}'`);
  } else if (kind === 'contacts') {
    const r = record as RegisterRecords['contacts'];
    add('name', `${toCompareKey(r.partner)}\u0000${toCompareKey(r.name)}`, `contactpersoon '${r.name}' bij '${r.partner}'`);
  } else if (kind === 'staff') {
    const r = record as RegisterRecords['staff'];
    add('email', r.email, `e-mailadres '${r.email}'`);
    add('externalId', r.externalId, `personeelsnummer '${r.externalId}'`);
  } else {
    const r = record as RegisterRecords['assignments'];
    add('partner', `${r.staff.toLowerCase()}\u0000${toCompareKey(r.partner)}\u0000${r.level}`, `${r.staff} – ${r.partner} (${r.level})`);
  }
  return keys;
}

function findDuplicateRows<T>(kind: RegisterKind, rows: RegisterRow<T>[], headerOf: (field: string) => string): ImportIssue[] {
  const firstRow = new Map<string, number>();
  const issues: ImportIssue[] = [];
  for (const { row, record } of rows) {
    for (const { field, key, label } of keysOf(kind, record as RegisterRecords[RegisterKind])) {
      const first = firstRow.get(key);
      if (first === undefined) firstRow.set(key, row);
      else
        issues.push({
          row,
          column: headerOf(field),
          message: `dubbel: ${label} staat ook in rij ${first}. Voeg de rijen samen of verwijder er één.`,
        });
    }
  }
  return issues;
}
