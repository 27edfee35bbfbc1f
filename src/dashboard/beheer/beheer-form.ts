// Form pieces for the beheer pages: every field has a label, keeps the value that
// was typed, and shows its Dutch error beside it (aria-invalid + aria-describedby),
// so a wrong field never wipes the others.
import { esc } from '../html.ts';
import type { BeheerText } from './beheer-access.ts';

export type FormValues = Record<string, string | string[] | undefined>;
export type FieldErrors = Record<string, string>;

export interface FieldState { values: FormValues; errors: FieldErrors }

export { csrfField } from '../html.ts';

export const valueOf = (values: FormValues, name: string): string => {
  const v = values[name];
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
};
export const valuesOf = (values: FormValues, name: string): string[] => [values[name] ?? []].flat();

function errorAttrs(state: FieldState, name: string): { attrs: string; after: string } {
  const error = state.errors[name];
  if (!error) return { attrs: '', after: '' };
  return { attrs: ` aria-invalid="true" aria-describedby="err-${name}"`, after: `<span class="field-error" id="err-${name}">${esc(error)}</span>` };
}

export function inputField(state: FieldState, name: string, label: string, opts: { type?: string; required?: boolean; maxlength?: number; min?: number; max?: number; hint?: string; list?: string } = {}): string {
  const e = errorAttrs(state, name);
  const extra = [
    opts.required ? ' required' : '',
    opts.maxlength ? ` maxlength="${opts.maxlength}"` : '',
    opts.min !== undefined ? ` min="${opts.min}"` : '',
    opts.max !== undefined ? ` max="${opts.max}"` : '',
    opts.list ? ` list="${esc(opts.list)}"` : '',
  ].join('');
  const hint = opts.hint ? `<span class="muted">${esc(opts.hint)}</span>` : '';
  return `<label>${esc(label)} <input type="${opts.type ?? 'text'}" name="${name}" id="f-${name}" value="${esc(valueOf(state.values, name))}"${extra}${e.attrs}>${hint}${e.after}</label>`;
}

export function selectField(state: FieldState, name: string, label: string, options: [string, string][]): string {
  const e = errorAttrs(state, name);
  const current = valueOf(state.values, name);
  const opts = options.map(([value, text]) => `<option value="${esc(value)}"${value === current ? ' selected' : ''}>${esc(text)}</option>`).join('');
  return `<label>${esc(label)} <select name="${name}" id="f-${name}"${e.attrs}>${opts}</select>${e.after}</label>`;
}

/** A group of checkboxes in a fieldset with a legend; the error sits under the legend. */
export function checkboxGroup(state: FieldState, name: string, legend: string, options: [string, string][]): string {
  const e = errorAttrs(state, name);
  const chosen = new Set(valuesOf(state.values, name));
  const boxes = options.map(([value, text]) =>
    `<label class="check"><input type="checkbox" name="${name}" value="${esc(value)}"${chosen.has(value) ? ' checked' : ''}> ${esc(text)}</label>`).join('');
  return `<fieldset${e.attrs}><legend>${esc(legend)}</legend>${e.after}${boxes}</fieldset>`;
}

/** The alert above a form: the page-level problems, or how many fields need attention. */
export function formAlert(tx: BeheerText, state: FieldState, extra: string[] = []): string {
  const lines = [...extra];
  if (Object.keys(state.errors).length > 0) lines.unshift(tx('form_has_errors', { count: Object.keys(state.errors).length }));
  return lines.length > 0 ? `<div role="alert" class="form-alert">${lines.map((l) => `<p><strong>${esc(l)}</strong></p>`).join('')}</div>` : '';
}

export const noticeLine = (text: string | undefined) => (text ? `<p role="status" class="notice">✓ ${esc(text)}</p>` : '');

/** zod issues → one translated message per field (the first issue wins). */
export function fieldErrorsOf(tx: BeheerText, issues: { path: PropertyKey[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) errors[String(issue.path[0] ?? 'form')] ??= tx(`error_${issue.message}`);
  return errors;
}
