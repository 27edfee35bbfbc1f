// Turns the bytes of an uploaded CSV into rows of named cells: strips a BOM, detects
// the separator from the header line, maps tolerant Dutch/English headers to fields.
import { CsvError, parse } from 'csv-parse/sync';
import { toHeaderKey } from './compare-key.ts';
import type { ImportIssue } from './import-issue.ts';
import { REGISTER_COLUMNS, type RegisterKind } from './register-columns.ts';

export type CsvSeparator = ';' | ',' | '\t';

export interface CsvRow {
  /** Spreadsheet row number (header = 1). */
  row: number;
  /** Cell text per field; a field is absent when its column is not in the file. */
  cells: Record<string, string>;
}

export interface RegisterCsv {
  separator: CsvSeparator;
  rows: CsvRow[];
  /** The header as written in the file, per field (for messages). */
  headerOf: Record<string, string>;
  ignoredColumns: string[];
  /** File-level and parse problems; when non-empty, rows may be incomplete. */
  issues: ImportIssue[];
}

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

/** A CSV file as a table, before its columns are given meaning. */
export interface CsvTable {
  separator: CsvSeparator;
  encoding: CsvEncoding;
  header: string[];
  /** Data rows with their spreadsheet row number (header = 1); blank rows left out. */
  records: { row: number; values: string[] }[];
  issues: ImportIssue[];
}

/** Bytes → table: encoding (UTF-8 with or without BOM, else Windows-1252) and separator detected. */
export function readCsvTable(input: string | Uint8Array): CsvTable {
  const { text, encoding } = decode(input);
  const body = text.replace(/^\uFEFF/, '');
  const separator = detectSeparator(body);
  const empty: CsvTable = { separator, encoding, header: [], records: [], issues: [] };
  let parsed: string[][];
  try {
    parsed = parse(body, { delimiter: separator, relax_column_count: true, bom: true });
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    const row = Number((err as CsvError & { records?: number }).records ?? 0) + 1;
    return { ...empty, issues: [{ row, message: describeCsvError(err) }] };
  }
  const [header, ...data] = parsed;
  if (!header || header.every((h) => h.trim() === '')) {
    return { ...empty, issues: [{ row: 1, message: 'het bestand is leeg of heeft geen kopregel met kolomnamen.' }] };
  }
  const issues: ImportIssue[] = [];
  const records: CsvTable['records'] = [];
  data.forEach((values, i) => {
    const row = i + 2;
    if (values.every((v) => v.trim() === '')) return;
    if (values.length > header.length && values.slice(header.length).some((v) => v.trim() !== '')) {
      issues.push({ row, message: `${values.length} waarden maar ${header.length} kolommen; staat er een '${separator}' in een waarde zonder aanhalingstekens?` });
      return;
    }
    records.push({ row, values });
  });
  return { separator, encoding, header: header.map((h) => h.trim()), records, issues };
}

/** Per column of the file: the field it fills, or null (ignored). Remembered choices (by header key) win over the guess. */
export function guessMapping(kind: RegisterKind, header: string[], remembered: Record<string, string> = {}): (string | null)[] {
  const columns = REGISTER_COLUMNS[kind];
  const taken = new Set<string>();
  return header.map((raw) => {
    const key = toHeaderKey(raw);
    const memory = remembered[key];
    const field =
      memory !== undefined
        ? columns.find((c) => c.field === memory)?.field
        : columns.find((c) => [c.header, c.field, ...c.aliases].some((a) => toHeaderKey(a) === key))?.field;
    // The first matching column wins; a second 'organisatie' next to 'naam' is ignored, not merged.
    if (!field || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/** The table's rows as named cells, by the chosen mapping. */
export function mapCsvTable(table: CsvTable, kind: RegisterKind, mapping: (string | null)[]): RegisterCsv {
  const columns = REGISTER_COLUMNS[kind];
  const headerOf: Record<string, string> = {};
  const ignoredColumns: string[] = [];
  table.header.forEach((raw, i) => {
    const field = mapping[i];
    if (field && !(field in headerOf)) headerOf[field] = raw;
    else if (raw !== '') ignoredColumns.push(raw);
  });
  const issues: ImportIssue[] = [
    ...table.issues,
    ...columns
      .filter((c) => c.required && !(c.field in headerOf) && table.header.length > 0)
      .map((c) => ({
        row: 1,
        message: `verplichte kolom '${c.header}' ontbreekt (ook goed: ${c.aliases.slice(0, 3).join(', ')}). Gevonden kolommen: ${table.header.join(', ')}.`,
      })),
  ];
  const rows: CsvRow[] = table.records.map(({ row, values }) => {
    const cells: Record<string, string> = {};
    mapping.forEach((field, c) => {
      if (field && headerOf[field] === table.header[c]) cells[field] = values[c] ?? '';
    });
    return { row, cells };
  });
  return { separator: table.separator, rows, headerOf, ignoredColumns, issues };
}

export function readRegisterCsv(input: string | Uint8Array, kind: RegisterKind): RegisterCsv {
  const table = readCsvTable(input);
  return mapCsvTable(table, kind, guessMapping(kind, table.header));
}

function decode(input: string | Uint8Array): { text: string; encoding: CsvEncoding } {
  if (typeof input === 'string') return { text: input, encoding: input.startsWith('\uFEFF') ? 'utf-8-bom' : 'utf-8' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(input);
    return { text, encoding: text.startsWith('\uFEFF') ? 'utf-8-bom' : 'utf-8' };
  } catch {
    // Excel's "CSV (gescheiden door lijstscheidingsteken)" on Dutch Windows writes Windows-1252.
    return { text: new TextDecoder('windows-1252').decode(input), encoding: 'windows-1252' };
  }
}

/** The separator that occurs most often, outside quotes, in the header line. */
export function detectSeparator(text: string): CsvSeparator {
  const counts: Record<CsvSeparator, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch as CsvSeparator] += 1;
  }
  const best = (Object.keys(counts) as CsvSeparator[]).sort((a, b) => counts[b] - counts[a])[0] ?? ',';
  return counts[best] > 0 ? best : ',';
}

function describeCsvError(err: CsvError): string {
  switch (err.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'een aanhalingsteken (") wordt geopend maar niet gesloten. Sluit de waarde af met " of verwijder het teken.';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'na een afsluitend aanhalingsteken (") staat nog tekst. Schrijf een " binnen een waarde als "".';
    default:
      return `het bestand is geen geldige CSV (${err.message}).`;
  }
}
