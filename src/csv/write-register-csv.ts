// Writes register records as CSV with the Dutch headers that readRegisterCsv reads
// back, so export → import is a no-op. ';' and a BOM by default: Dutch Excel opens it as is.
import { stringify } from 'csv-stringify/sync';
import type { RegisterKind } from './register-columns.ts';
import { REGISTER_COLUMNS } from './register-columns.ts';
import type { RegisterRecords } from './register-records.ts';
import type { CsvSeparator } from './read-register-csv.ts';
import { KIND_WORD, LIST_SEPARATOR, ROLE_WORD } from './register-words.ts';

export interface WriteCsvOptions {
  separator?: CsvSeparator;
  bom?: boolean;
}

export function writeRegisterCsv<K extends RegisterKind>(kind: K, records: RegisterRecords[K][], options: WriteCsvOptions = {}): string {
  const columns = REGISTER_COLUMNS[kind].filter((c) => !c.importOnly);
  const rows = records.map((record) => columns.map((c) => toCell((record as unknown as Record<string, unknown>)[c.field], c.field)));
  const csv = stringify([columns.map((c) => c.header), ...rows], {
    delimiter: options.separator ?? ';',
    record_delimiter: '\r\n',
  });
  return (options.bom ?? true ? '\uFEFF' : '') + csv;
}

function toCell(value: unknown, field: string): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join(LIST_SEPARATOR);
  if (field === 'role') return ROLE_WORD[value as keyof typeof ROLE_WORD] ?? String(value);
  if (field === 'kind') return KIND_WORD[value as keyof typeof KIND_WORD] ?? String(value);
  return String(value);
}
