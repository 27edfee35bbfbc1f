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

export function readRegisterCsv(input: string | Uint8Array, kind: RegisterKind): RegisterCsv {
  const empty: RegisterCsv = { separator: ';', rows: [], headerOf: {}, ignoredColumns: [], issues: [] };
  const text = decodeUtf8(input);
  if (text === undefined) {
    return { ...empty, issues: [{ row: 0, message: "het bestand is geen UTF-8. Sla het in Excel op als 'CSV UTF-8 (door lijstscheidingsteken gescheiden)' en probeer opnieuw." }] };
  }
  const body = text.replace(/^\uFEFF/, '');
  const separator = detectSeparator(body);
  let records: string[][];
  try {
    records = parse(body, { delimiter: separator, relax_column_count: true, bom: true });
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    const row = Number((err as CsvError & { records?: number }).records ?? 0) + 1;
    return { ...empty, separator, issues: [{ row, message: describeCsvError(err) }] };
  }
  const [header, ...data] = records;
  if (!header || header.every((h) => h.trim() === '')) {
    return { ...empty, separator, issues: [{ row: 1, message: 'het bestand is leeg of heeft geen kopregel met kolomnamen.' }] };
  }
  const columns = REGISTER_COLUMNS[kind];
  const fieldAt: (string | undefined)[] = [];
  const headerOf: Record<string, string> = {};
  const ignoredColumns: string[] = [];
  for (const raw of header) {
    const key = toHeaderKey(raw);
    const column = columns.find((c) => [c.header, c.field, ...c.aliases].some((a) => toHeaderKey(a) === key));
    // The first matching column wins; a second 'organisatie' next to 'naam' is ignored, not merged.
    if (column && !(column.field in headerOf)) {
      headerOf[column.field] = raw.trim();
      fieldAt.push(column.field);
    } else {
      if (raw.trim() !== '') ignoredColumns.push(raw.trim());
      fieldAt.push(undefined);
    }
  }
  const issues: ImportIssue[] = columns
    .filter((c) => c.required && !(c.field in headerOf))
    .map((c) => ({
      row: 1,
      message: `verplichte kolom '${c.header}' ontbreekt (ook goed: ${c.aliases.slice(0, 3).join(', ')}). Gevonden kolommen: ${header.join(', ')}.`,
    }));
  const rows: CsvRow[] = [];
  data.forEach((values, i) => {
    const row = i + 2;
    if (values.every((v) => v.trim() === '')) return;
    if (values.length > header.length && values.slice(header.length).some((v) => v.trim() !== '')) {
      issues.push({ row, message: `${values.length} waarden maar ${header.length} kolommen; staat er een '${separator}' in een waarde zonder aanhalingstekens?` });
      return;
    }
    const cells: Record<string, string> = {};
    fieldAt.forEach((field, c) => {
      if (field) cells[field] = values[c] ?? '';
    });
    rows.push({ row, cells });
  });
  return { separator, rows, headerOf, ignoredColumns, issues };
}

function decodeUtf8(input: string | Uint8Array): string | undefined {
  if (typeof input === 'string') return input;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    return undefined;
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
