// The rubrieken page: the list with their frequencies, levels and use, an edit link
// and a delete button per rubriek, and the form to add (or change) one.
import { LEVELS } from '../../core/register-types.ts';
import type { Category } from '../../core/register.ts';
import { esc } from '../html.ts';
import type { BeheerText } from './beheer-access.ts';
import { checkboxGroup, csrfField, formAlert, inputField, noticeLine, type FieldState } from './beheer-form.ts';

export type CategoryRow = Category & { partners: number };

export function categoryValues(c: Category): FieldState['values'] {
  return { name: c.name, idealIntervalDays: String(c.idealIntervalDays), maxIntervalDays: String(c.maxIntervalDays), requiredLevels: c.requiredLevels };
}

export function renderCategoryList(tx: BeheerText, csrf: string, rows: CategoryRow[]): string {
  if (rows.length === 0) return `<p>${esc(tx('categories_empty'))}</p>`;
  const body = rows.map((c) =>
    `<tr><th scope="row">${esc(c.name)}</th><td>${c.idealIntervalDays}</td><td>${c.maxIntervalDays}</td>` +
    `<td>${esc(c.requiredLevels.map((l) => tx(`level_${l}`)).join(', '))}</td><td>${c.partners}</td>` +
    `<td><a href="/dashboard/beheer/rubrieken/${c.id}">${esc(tx('edit'))}<span class="visually-hidden"> ${esc(c.name)}</span></a> ` +
    `<form class="inline" method="post" action="/dashboard/beheer/rubrieken/${c.id}/verwijderen">${csrfField(csrf)}` +
    `<button type="submit">${esc(tx('delete'))}<span class="visually-hidden"> ${esc(c.name)}</span></button></form></td></tr>`).join('');
  return `<table><caption>${esc(tx('categories_caption'))}</caption><thead><tr><th scope="col">${esc(tx('field_name'))}</th>` +
    `<th scope="col">${esc(tx('field_ideal'))}</th><th scope="col">${esc(tx('field_max'))}</th><th scope="col">${esc(tx('field_levels'))}</th>` +
    `<th scope="col">${esc(tx('col_partners'))}</th><th scope="col">${esc(tx('col_actions'))}</th></tr></thead><tbody>${body}</tbody></table>`;
}

export function renderCategoryForm(tx: BeheerText, csrf: string, state: FieldState, id: string | null, problems: string[] = []): string {
  const action = id ? `/dashboard/beheer/rubrieken/${id}` : '/dashboard/beheer/rubrieken';
  return `<h2 id="category-form">${esc(tx(id ? 'category_edit_heading' : 'category_add_heading'))}</h2>` + formAlert(tx, state, problems) +
    `<form class="beheer" method="post" action="${action}" novalidate>${csrfField(csrf)}` +
    inputField(state, 'name', tx('field_name'), { required: true, maxlength: 200 }) +
    inputField(state, 'idealIntervalDays', tx('field_ideal'), { type: 'number', required: true, min: 1, max: 3650, hint: tx('hint_ideal') }) +
    inputField(state, 'maxIntervalDays', tx('field_max'), { type: 'number', required: true, min: 1, max: 3650, hint: tx('hint_max') }) +
    checkboxGroup(state, 'requiredLevels', tx('field_levels'), LEVELS.map((l) => [l, tx(`level_${l}`)])) +
    `<button class="primary" type="submit">${esc(tx('save'))}</button>` +
    (id ? ` <a href="/dashboard/beheer/rubrieken">${esc(tx('cancel'))}</a>` : '') + `</form>`;
}

export function renderCategoriesPage(tx: BeheerText, csrf: string, rows: CategoryRow[], form: { state: FieldState; id: string | null; problems?: string[] }, notice?: string): string {
  return noticeLine(notice) + `<p>${esc(tx('categories_intro'))}</p>` + renderCategoryList(tx, csrf, rows) +
    renderCategoryForm(tx, csrf, form.state, form.id, form.problems) + backToBeheer(tx);
}

export const backToBeheer = (tx: BeheerText) => `<p><a href="/dashboard/beheer">${esc(tx('back_to_beheer'))}</a></p>`;
