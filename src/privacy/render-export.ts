// Readable renderings of the inzage bundle: an HTML fragment (the dashboard puts it
// in its layout; the command line in a bare page) and a long-format CSV
// (section; part; nr; field; value) that opens in Dutch Excel.
import { stringify } from 'csv-stringify/sync';
import { esc } from '../dashboard/html.ts';
import type { Language, Translate } from '../core/i18n/translator.ts';
import { cellText, columnsOf, flattenExport } from './flatten-export.ts';
import type { PersonExport } from './person-export.ts';

export function renderExportHtmlBody(bundle: PersonExport, t: Translate, lang: Language): string {
  const tx = (key: string, values?: Record<string, string | number>) => t(lang, `avg.${key}`, values);
  let html = `<p>${esc(tx('export_generated', { organisation: bundle.organisation, at: bundle.generatedAt }))}</p>`;
  let section = '';
  for (const table of flattenExport(bundle)) {
    if (table.section !== section) {
      section = table.section;
      html += `<h2>${esc(tx(`section_${section}`))}</h2>`;
    }
    // Staff and mention parts are our own keys (translated); a contact's part is the partner's name.
    html += `<h3>${esc(table.section === 'contacts' ? table.part : tx(`part_${table.part}`))}</h3>`;
    if (table.rows.length === 0) {
      html += `<p>${esc(tx('export_empty'))}</p>`;
      continue;
    }
    const cols = columnsOf(table.rows);
    html += `<div class="table-wrap"><table><thead><tr>${cols.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr></thead><tbody>` +
      table.rows.map((r) => `<tr>${cols.map((c) => `<td>${esc(cellText(r[c]))}</td>`).join('')}</tr>`).join('') +
      '</tbody></table></div>';
  }
  return html;
}

export function renderExportHtmlPage(bundle: PersonExport, t: Translate, lang: Language): string {
  const title = t(lang, 'avg.export_title', { email: bundle.email });
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title>` +
    '<style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}</style>' +
    `</head><body><h1>${esc(title)}</h1>${renderExportHtmlBody(bundle, t, lang)}</body></html>`;
}

export const EXPORT_CSV_HEADER = ['sectie', 'onderdeel', 'nr', 'veld', 'waarde'];

/** One row per field: section; part; nr; field; value. */
export function exportCsvRows(bundle: PersonExport): string[][] {
  const rows: string[][] = [];
  for (const table of flattenExport(bundle)) {
    table.rows.forEach((r, i) => {
      for (const [field, value] of Object.entries(r)) rows.push([table.section, table.part, String(i + 1), field, cellText(value)]);
    });
  }
  return rows;
}

export function renderExportCsv(bundle: PersonExport): string {
  // A cell starting with = + - @ would run as a formula in a spreadsheet (CSV injection).
  const safe = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
  const rows = [EXPORT_CSV_HEADER, ...exportCsvRows(bundle).map((r) => r.map(safe))];
  return `\uFEFF${stringify(rows, { delimiter: ';', record_delimiter: '\r\n' })}`;
}
