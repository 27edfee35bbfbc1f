// Form plumbing for the beheer pages: zod issues become one prompt key per field
// (shown beside the field, with aria-invalid and aria-describedby), a DomainError
// from a register use-case becomes a Dutch-first text, and fields keep what was typed.
import type { z } from 'zod';
import { isDomainError } from '../../core/domain-error.ts';
import { domainErrorText as translateDomainError } from '../../core/i18n/domain-error-text.ts';
import { containsBsn } from '../../domain/bsn.ts';
import type { DashboardContext } from '../dashboard-context.ts';
import { esc } from '../html.ts';
import type { Language } from '../../core/i18n/translator.ts';
import type { BeheerText } from './admin-access.ts';

export type FieldErrors = Record<string, string>;
export type FormValues = Record<string, string>;

/** The submitted body as plain strings (first value wins; anything else is dropped). */
export function formValues(body: unknown, fields: readonly string[]): FormValues {
  const raw = (body ?? {}) as Record<string, unknown>;
  return Object.fromEntries(fields.map((f) => [f, typeof raw[f] === 'string' ? raw[f] : ''])) as FormValues;
}

/** First issue per field, as a prompt key of beheer-partners.json (the schemas use keys as messages). */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '_form');
    out[field] ??= /^err_[a-z_]+$/.test(issue.message) ? issue.message : 'err_invalid';
  }
  return out;
}

export const noBsn = (s: string) => !containsBsn(s);

/** A register use-case's refusal in the viewer's language, or null when it is no DomainError. */
export function domainErrorText(ctx: DashboardContext, lang: Language, err: unknown): string | null {
  return isDomainError(err) ? translateDomainError(ctx.t, lang, err) : null;
}

export { csrfField } from '../html.ts';

export function alerts(lines: string[], kind: 'error' | 'ok' = 'error'): string {
  return lines.map((l) => `<p class="note-${kind}" role="${kind === 'error' ? 'alert' : 'status'}"><strong>${esc(l)}</strong></p>`).join('');
}

interface FieldSpec {
  form: string; name: string; label: string; value: string; error?: string | undefined;
  type?: 'text' | 'email' | 'tel' | undefined; maxlength?: number | undefined; required?: boolean | undefined; list?: string | undefined; hint?: string | undefined;
}

function describedBy(id: string, error: string | undefined, hint: string | undefined): string {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids ? ` aria-describedby="${ids}"` : '';
}

function around(id: string, label: string, control: string, error: string | undefined, hint: string | undefined): string {
  return `<div class="field${error ? ' field-invalid' : ''}"><label for="${id}">${esc(label)}</label>` +
    (hint ? `<span class="hint" id="${id}-hint">${esc(hint)}</span>` : '') + control +
    (error ? `<span class="field-error" id="${id}-error">⚠ ${esc(error)}</span>` : '') + '</div>';
}

export function textField(f: FieldSpec): string {
  const id = `${f.form}-${f.name}`;
  const control = `<input id="${id}" name="${f.name}" type="${f.type ?? 'text'}" value="${esc(f.value)}"` +
    (f.maxlength ? ` maxlength="${f.maxlength}"` : '') + (f.required ? ' required' : '') + (f.list ? ` list="${f.list}"` : '') +
    (f.error ? ' aria-invalid="true"' : '') + describedBy(id, f.error, f.hint) + ' autocomplete="off">';
  return around(id, f.label, control, f.error, f.hint);
}

export function textArea(f: FieldSpec): string {
  const id = `${f.form}-${f.name}`;
  const control = `<textarea id="${id}" name="${f.name}" rows="3"${f.maxlength ? ` maxlength="${f.maxlength}"` : ''}` +
    (f.error ? ' aria-invalid="true"' : '') + describedBy(id, f.error, f.hint) + `>${esc(f.value)}</textarea>`;
  return around(id, f.label, control, f.error, f.hint);
}

export function selectField(f: Omit<FieldSpec, 'type' | 'maxlength' | 'list'> & { options: [string, string][] }): string {
  const id = `${f.form}-${f.name}`;
  const options = f.options.map(([v, l]) => `<option value="${esc(v)}"${v === f.value ? ' selected' : ''}>${esc(l)}</option>`).join('');
  const control = `<select id="${id}" name="${f.name}"${f.required ? ' required' : ''}${f.error ? ' aria-invalid="true"' : ''}${describedBy(id, f.error, f.hint)}>${options}</select>`;
  return around(id, f.label, control, f.error, f.hint);
}

/** A field's error: a prompt key (err_…) is translated, a use-case's text is shown as it is. */
export function errorOf(tx: BeheerText, errors: FieldErrors, name: string): string | undefined {
  const e = errors[name];
  if (!e) return undefined;
  return /^err_[a-z_]+$/.test(e) ? tx(e) : e;
}
