// CSV downloads: `;`-separated (what Dutch Excel expects) with a UTF-8 BOM so
// accents survive; the rows come from the same role-filtered queries as the page.
import { stringify } from 'csv-stringify/sync';
import type { Response } from 'express';

export function sendCsv(res: Response, filename: string, header: string[], rows: (string | number | null)[][]): void {
  const body = stringify([header, ...rows.map((r) => r.map(toCell))], { delimiter: ';' });
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${filename.replace(/[^a-z0-9._-]/gi, '_')}"`);
  res.setHeader('Cache-Control', 'no-store');
  res.send(`\uFEFF${body}`);
}

// A cell starting with = + - @ would run as a formula in a spreadsheet (CSV injection).
function toCell(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  return typeof v === 'string' && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}
