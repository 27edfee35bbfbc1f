// The import wizard's four pages as HTML: file, columns, check (with rubrieken to
// resolve and the per-row report), done. Plain forms: no client JavaScript needed.
import { REGISTER_COLUMNS, REGISTER_KINDS, type RegisterKind } from '../../csv/register-columns.ts';
import type { CsvTable } from '../../csv/read-register-csv.ts';
import type { ImportPlan, RowReport } from '../../register/import-plan.ts';
import { esc, type PageText } from '../html.ts';

export const MAX_UPLOAD_MB = 5;
const BASE = '/dashboard/beheer/import';

function steps(tx: PageText, step: 1 | 2 | 3 | 4): string {
  const names = ['step_file', 'step_columns', 'step_check', 'step_done'];
  return `<p class="muted"><strong>${esc(tx('steps', { step, name: tx(names[step - 1]!) }))}</strong></p>`;
}

function alerts(lines: string[]): string {
  if (lines.length === 0) return '';
  return `<div role="alert" class="notice">${lines.map((l) => `<p>${esc(l)}</p>`).join('')}</div>`;
}

export function renderUploadPage(tx: PageText, csrf: string, problems: string[] = [], kind?: RegisterKind): string {
  const options = REGISTER_KINDS.map((k) => `<option value="${k}"${k === kind ? ' selected' : ''}>${esc(tx(`kind_${k}`))}</option>`).join('');
  return `${steps(tx, 1)}
<p>${esc(tx('intro'))}</p>${alerts(problems)}
<form method="post" action="${BASE}" enctype="multipart/form-data">
<input type="hidden" name="csrf" value="${esc(csrf)}">
<p><label for="import-kind">${esc(tx('kind_label'))}</label><br><select id="import-kind" name="kind">${options}</select></p>
<p><label for="import-file">${esc(tx('file_label'))}</label><br><input id="import-file" type="file" name="file" accept=".csv,.txt,text/csv" aria-describedby="import-file-hint"><br>
<small id="import-file-hint">${esc(tx('file_hint', { mb: MAX_UPLOAD_MB }))}</small></p>
<p><button type="submit">${esc(tx('upload'))}</button></p>
</form>`;
}

function fileFacts(tx: PageText, fileName: string, table: CsvTable): string {
  const separator = table.separator === '\t' ? 'tab' : `“${table.separator}”`;
  const encoding = table.encoding === 'utf-8-bom' ? 'UTF-8 (BOM)' : table.encoding === 'utf-8' ? 'UTF-8' : 'Windows-1252';
  return `<p>${esc(tx('file_facts', { file: fileName, rows: table.records.length, separator, encoding }))}</p>`;
}

export function renderColumnsPage(tx: PageText, csrf: string, draft: { id: string; kind: RegisterKind; fileName: string; table: CsvTable }, mapping: (string | null)[], problems: string[] = []): string {
  const columns = REGISTER_COLUMNS[draft.kind];
  const rows = draft.table.header
    .map((header, i) => {
      const examples = draft.table.records.map((r) => r.values[i]?.trim() ?? '').filter(Boolean).slice(0, 2).join(' · ');
      const id = `col-${i}`;
      const options = [`<option value="">${esc(tx('ignore'))}</option>`, ...columns.map((c) => `<option value="${c.field}"${mapping[i] === c.field ? ' selected' : ''}>${esc(c.header)}${c.required ? ` ${esc(tx('required'))}` : ''}</option>`)].join('');
      return `<tr><th scope="row"><label for="${id}">${esc(header || '—')}</label></th><td>${esc(examples)}</td><td><select id="${id}" name="col${i}">${options}</select></td></tr>`;
    })
    .join('');
  return `${steps(tx, 2)}${fileFacts(tx, draft.fileName, draft.table)}
<p>${esc(tx('columns_intro'))}</p>${alerts(problems)}
<form method="post" action="${BASE}/${draft.id}/kolommen">
<input type="hidden" name="csrf" value="${esc(csrf)}">
<table><thead><tr><th scope="col">${esc(tx('column_in_file'))}</th><th scope="col">${esc(tx('column_example'))}</th><th scope="col">${esc(tx('column_field'))}</th></tr></thead><tbody>${rows}</tbody></table>
<p><button type="submit">${esc(tx('columns_save'))}</button> <a href="${BASE}">${esc(tx('other_file'))}</a></p>
</form>`;
}

const STATUS_KEY: Record<RowReport['status'], string> = { new: 'status_new', changed: 'status_changed', unchanged: 'status_unchanged', error: 'status_error' };

function rowTable(tx: PageText, rows: RowReport[]): string {
  const body = rows
    .map((r) => {
      const notes = [
        ...r.problems.map((p) => (p.column ? `${p.column}: ${p.message}` : p.message)),
        ...(r.status === 'changed' && r.changes.length > 0 ? [tx('changes', { fields: r.changes.join(', ') })] : []),
        ...r.warnings.map((w) => `${tx('warning_prefix')}${w}`),
      ];
      return `<tr class="import-${r.status}"><td>${r.row}</td><td>${esc(tx(STATUS_KEY[r.status]))}</td><td>${esc(r.label)}</td><td>${notes.map((n) => `<div>${esc(n)}</div>`).join('')}</td></tr>`;
    })
    .join('');
  return `<table><caption>${esc(tx('rows_title'))}</caption><thead><tr><th scope="col">${esc(tx('col_row'))}</th><th scope="col">${esc(tx('col_status'))}</th><th scope="col">${esc(tx('col_what'))}</th><th scope="col">${esc(tx('col_notes'))}</th></tr></thead><tbody>${body}</tbody></table>`;
}

function countsOf(rows: RowReport[]) {
  const n = (s: RowReport['status']) => rows.filter((r) => r.status === s).length;
  return { created: n('new'), updated: n('changed'), unchanged: n('unchanged'), errors: n('error') };
}

function resolveForm(tx: PageText, csrf: string, id: string, unknown: string[], categories: { id: string; name: string }[]): string {
  if (unknown.length === 0) return '';
  const sets = unknown
    .map((name, i) => {
      const existing = categories.map((c) => `<option value="${esc(c.id)}">${esc(c.name)}</option>`).join('');
      return `<fieldset><legend>${esc(tx('unknown_legend', { name }))}</legend>
<input type="hidden" name="name${i}" value="${esc(name)}">
<p><input type="radio" id="cat${i}-create" name="action${i}" value="create" checked> <label for="cat${i}-create">${esc(tx('create'))}</label>:
<label for="cat${i}-ideal">${esc(tx('ideal_days'))}</label> <input id="cat${i}-ideal" name="ideal${i}" type="number" min="1" max="730" value="30" size="4">
<label for="cat${i}-max">${esc(tx('max_days'))}</label> <input id="cat${i}-max" name="max${i}" type="number" min="1" max="730" value="90" size="4"></p>
${categories.length > 0 ? `<p><input type="radio" id="cat${i}-map" name="action${i}" value="map"> <label for="cat${i}-map">${esc(tx('map_to'))}</label> <select name="category${i}" aria-label="${esc(tx('map_to'))}">${existing}</select></p>` : ''}
</fieldset>`;
    })
    .join('');
  return `<h2>${esc(tx('unknown_title'))}</h2><p>${esc(tx('unknown_intro'))}</p>
<form method="post" action="${BASE}/${id}/rubrieken"><input type="hidden" name="csrf" value="${esc(csrf)}"><input type="hidden" name="count" value="${unknown.length}">${sets}
<p><button type="submit">${esc(tx('resolve_save'))}</button></p></form>`;
}

export interface CheckPageInput {
  id: string;
  fileName: string;
  table: CsvTable;
  plan: ImportPlan | null;
  rows: RowReport[];
  fileProblems: string[];
  categories: { id: string; name: string }[];
  notes?: string[];
}

export function renderCheckPage(tx: PageText, csrf: string, input: CheckPageInput): string {
  const counts = countsOf(input.rows);
  const warned = input.rows.filter((r) => r.warnings.length > 0);
  const warnings = warned.length === 0 ? '' : `<h2>${esc(tx('warnings_title'))}</h2><p>${esc(tx('warnings_intro'))}</p><ul>${warned.flatMap((r) => r.warnings.map((w) => `<li>${esc(tx('col_row'))} ${r.row}, ${esc(r.label)}: ${esc(w)}</li>`)).join('')}</ul>`;
  const blocked = counts.errors > 0 || input.fileProblems.length > 0 || input.rows.length === 0;
  const apply = blocked
    ? `<p role="status"><strong>${esc(tx('apply_blocked'))}</strong></p>`
    : `<form method="post" action="${BASE}/${input.id}/importeren"><input type="hidden" name="csrf" value="${esc(csrf)}"><p><button type="submit">${esc(tx('apply', { rows: input.rows.length }))}</button></p></form>`;
  return `${steps(tx, 3)}${fileFacts(tx, input.fileName, input.table)}
${alerts([...(input.notes ?? []), ...(input.fileProblems.length > 0 ? [tx('file_problem'), ...input.fileProblems] : [])])}
<p>${esc(tx('check_intro'))}</p>
<p role="status"><strong>${esc(tx('summary', counts))}</strong></p>
${resolveForm(tx, csrf, input.id, input.plan?.unknownCategories ?? [], input.categories)}
${warnings}
${apply}
<p><a href="${BASE}/${input.id}/kolommen">${esc(tx('back_columns'))}</a> · <a href="${BASE}">${esc(tx('other_file'))}</a></p>
${input.rows.length > 0 ? rowTable(tx, input.rows) : ''}`;
}

export function renderDonePage(tx: PageText, kind: RegisterKind, result: { counts: { created: number; updated: number; unchanged: number }; teamsCreated: number; categoriesCreated: number; rows: RowReport[] }, playground: boolean): string {
  const next = kind === 'partners' ? 'next_staff' : kind === 'staff' ? 'next_assignments' : 'next_more';
  const nextKind = kind === 'partners' ? 'staff' : kind === 'staff' ? 'assignments' : undefined;
  return `${steps(tx, 4)}
<p role="status"><strong>${esc(tx('done_intro', result.counts))}</strong></p>
${result.teamsCreated > 0 ? `<p>${esc(tx('done_teams', { count: result.teamsCreated }))}</p>` : ''}
${result.categoriesCreated > 0 ? `<p>${esc(tx('done_categories', { count: result.categoriesCreated }))}</p>` : ''}
<ul><li><a href="${BASE}${nextKind ? `?soort=${nextKind}` : ''}">${esc(tx(next))}</a></li>${playground ? `<li><a href="/playground">${esc(tx('next_playground'))}</a></li>` : ''}</ul>
${rowTable(tx, result.rows)}`;
}
