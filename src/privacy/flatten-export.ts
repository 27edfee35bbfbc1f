// Turns the inzage bundle into labelled tables (section → part → rows), the one
// shape the HTML and CSV renderings share, so both always show the same facts.
import type { PersonExport, Row } from './person-export.ts';

export interface ExportTable {
  section: 'staff' | 'contacts' | 'mentions';
  part: string;
  rows: Row[];
}

export function flattenExport(bundle: PersonExport): ExportTable[] {
  const tables: ExportTable[] = [];
  for (const s of bundle.staff) {
    for (const [part, value] of Object.entries(s)) tables.push({ section: 'staff', part, rows: Array.isArray(value) ? value : [value as Row] });
  }
  for (const c of bundle.partnerContacts) tables.push({ section: 'contacts', part: c.partner, rows: [c.contact] });
  for (const [part, rows] of Object.entries(bundle.mentions)) tables.push({ section: 'mentions', part, rows });
  return tables;
}

/** One cell as text: dates as ISO, lists and objects as JSON. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function columnsOf(rows: Row[]): string[] {
  return [...new Set(rows.flatMap((r) => Object.keys(r)))];
}
