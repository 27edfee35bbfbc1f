// The beheer page for privacy (admin only): inzage, verwijderen with a confirmation
// step, and the retention periods. Forms post with the session's CSRF token.
import type { RetentionPeriods } from '../privacy/retention-policy.ts';
import { csrfField, esc } from './html.ts';

export type AvgText = (key: string, values?: Record<string, string | number>) => string;

const emailField = (tx: AvgText, name = 'email', label = tx('email_label')) =>
  `<label>${esc(label)} <input type="email" name="${name}" required autocomplete="off" maxlength="254"></label>`;
export const alertLines = (lines: string[]) => lines.map((l) => `<p role="alert"><strong>${esc(l)}</strong></p>`).join('');

export function renderPrivacyPage(tx: AvgText, csrf: string, periods: RetentionPeriods, notes: string[] = []): string {
  const number = (name: keyof RetentionPeriods, label: string) =>
    `<label>${esc(label)} <input type="number" name="${name}" value="${periods[name]}" min="1" required></label>`;
  return alertLines(notes) +
    `<p>${esc(tx('page_intro'))}</p>` +
    `<h2>${esc(tx('export_heading'))}</h2>` +
    `<form class="filters" method="post" action="/dashboard/beheer/privacy/inzage">${csrfField(csrf)}${emailField(tx)}` +
    `<label>${esc(tx('format_label'))} <select name="format"><option value="html">${esc(tx('export_html'))}</option>` +
    `<option value="json">${esc(tx('export_json'))}</option><option value="csv">${esc(tx('export_csv'))}</option></select></label>` +
    `<button class="primary" type="submit">${esc(tx('export_button'))}</button></form>` +
    `<h2>${esc(tx('erase_heading'))}</h2><p>${esc(tx('erase_explain'))}</p>` +
    `<form class="filters" method="post" action="/dashboard/beheer/privacy/verwijderen">${csrfField(csrf)}${emailField(tx)}` +
    `<button class="primary" type="submit">${esc(tx('erase_button'))}</button></form>` +
    `<h2>${esc(tx('retention_heading'))}</h2>` +
    `<form class="filters" method="post" action="/dashboard/beheer/privacy/bewaartermijnen">${csrfField(csrf)}` +
    number('answerTextMonths', tx('retention_answers')) + number('sentOutboxDays', tx('retention_outbox')) + number('auditMonths', tx('retention_audit')) +
    `<button class="primary" type="submit">${esc(tx('retention_save'))}</button></form>` +
    `<p class="muted">${esc(tx('retention_sessions'))}</p>`;
}

export function renderEraseConfirmation(tx: AvgText, csrf: string, email: string, found: { staff: number; contacts: number }): string {
  return `<p>${esc(tx('confirm_body', { email, ...found }))}</p>` +
    `<form class="filters" method="post" action="/dashboard/beheer/privacy/verwijderen/bevestig">${csrfField(csrf)}` +
    `<input type="hidden" name="email" value="${esc(email)}">${emailField(tx, 'confirm', tx('confirm_label'))}` +
    `<button class="primary" type="submit">${esc(tx('confirm_button'))}</button></form>` +
    backLink(tx);
}

export const backLink = (tx: AvgText) => `<p><a href="/dashboard/beheer/privacy">${esc(tx('back'))}</a></p>`;
