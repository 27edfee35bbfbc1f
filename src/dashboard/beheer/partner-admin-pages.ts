// The beheer pages for partners: the searchable list, the add/edit form (with
// aliases), the partner page with contact persons, owners, archive and merge, and the
// merge confirmation. Every value is escaped; forms carry the CSRF token.
import type { Category, Partner, PartnerContact } from '../../core/register.ts';
import { LEVELS } from '../../core/register-types.ts';
import { esc, toQuery } from '../html.ts';
import type { BeheerText } from './admin-access.ts';
import { csrfField, errorOf, selectField, textArea, textField, type FieldErrors, type FormValues } from './admin-form.ts';
import type { AssignmentRow, PartnerListRow } from './register-admin-ports.ts';

export const PARTNERS_URL = '/dashboard/beheer/partners';
export const PAGE_SIZE = 25;

export interface PartnerListView { rows: PartnerListRow[]; total: number; page: number; q: string; archived: boolean }

export function renderPartnerList(tx: BeheerText, v: PartnerListView): string {
  const pages = Math.max(1, Math.ceil(v.total / PAGE_SIZE));
  const link = (page: number) => PARTNERS_URL + toQuery({ q: v.q, page: page > 1 ? page : undefined, archief: v.archived ? '1' : undefined });
  const rows = v.rows.map((p) =>
    `<tr><td><a href="${PARTNERS_URL}/${p.id}">${esc(p.name)}</a>` +
    (p.aliases.length ? `<br><span class="muted">${esc(tx('also_known_as', { aliases: p.aliases.join(', ') }))}</span>` : '') + '</td>' +
    `<td>${esc(p.categoryName ?? tx('no_category'))}</td><td>${esc(p.region ?? '')}</td>` +
    `<td class="num">${p.ownerCount}</td><td>${esc(p.archivedAt ? tx('state_archived') : tx('state_active'))}</td></tr>`).join('');
  return `<p><a href="${PARTNERS_URL}/nieuw">${esc(tx('add_partner'))}</a> · <a href="/dashboard/beheer/toewijzingen">${esc(tx('nav_assignments'))}</a> · ` +
    `<a href="/dashboard/beheer/wachtrij">${esc(tx('nav_queue'))}</a> · <a href="/dashboard/beheer/import">${esc(tx('nav_import'))}</a></p>` +
    `<form class="filters" method="get" action="${PARTNERS_URL}" role="search">` +
    `<label for="q">${esc(tx('search_label'))}<input id="q" name="q" type="search" value="${esc(v.q)}" maxlength="200"></label>` +
    (v.archived ? '<input type="hidden" name="archief" value="1">' : '') +
    `<button class="primary" type="submit">${esc(tx('search_button'))}</button></form>` +
    `<p>${v.archived
      ? `<a href="${PARTNERS_URL}">${esc(tx('show_active'))}</a>`
      : `<a href="${PARTNERS_URL}?archief=1">${esc(tx('show_archived'))}</a>`}</p>` +
    `<p class="muted" role="status">${esc(tx('list_count', { total: v.total, page: v.page, pages }))}</p>` +
    (v.rows.length === 0 ? `<p>${esc(tx(v.q ? 'no_results' : 'no_partners'))}</p>` :
      `<table><caption class="muted">${esc(tx(v.archived ? 'list_caption_archived' : 'list_caption'))}</caption>` +
      `<thead><tr><th scope="col">${esc(tx('col_name'))}</th><th scope="col">${esc(tx('col_category'))}</th><th scope="col">${esc(tx('col_region'))}</th>` +
      `<th scope="col" class="num">${esc(tx('col_owners'))}</th><th scope="col">${esc(tx('col_state'))}</th></tr></thead><tbody>${rows}</tbody></table>`) +
    (pages > 1 ? `<nav class="pager" aria-label="${esc(tx('pager_label'))}">` +
      (v.page > 1 ? `<a href="${esc(link(v.page - 1))}" rel="prev">${esc(tx('previous'))}</a> ` : '') +
      (v.page < pages ? `<a href="${esc(link(v.page + 1))}" rel="next">${esc(tx('next'))}</a>` : '') + '</nav>' : '');
}

export function partnerFormValues(p: Partner): FormValues {
  return {
    name: p.name, categoryName: p.categoryName ?? '', region: p.region ?? '', sector: p.sector ?? '',
    externalId: p.externalId ?? '', aliases: p.aliases.join('\n'),
  };
}

export function renderPartnerForm(tx: BeheerText, csrf: string, categories: Category[], values: FormValues, errors: FieldErrors, action: string, submit: string): string {
  const f = (name: string, label: string, extra: { required?: boolean; hint?: string } = {}) =>
    textField({ form: 'partner', name, label, value: values[name] ?? '', error: errorOf(tx, errors, name), maxlength: 200, ...extra });
  const categoryOptions: [string, string][] = [['', tx('no_category')], ...categories.map((c): [string, string] => [c.name, c.name])];
  // A rubriek that no longer exists still shows what was there, so the error beside it makes sense.
  if (values.categoryName && !categories.some((c) => c.name === values.categoryName)) categoryOptions.push([values.categoryName, values.categoryName]);
  return `<form class="admin-form" method="post" action="${esc(action)}" novalidate>${csrfField(csrf)}` +
    f('name', tx('field_name'), { required: true }) +
    selectField({ form: 'partner', name: 'categoryName', label: tx('field_category'), value: values.categoryName ?? '', error: errorOf(tx, errors, 'categoryName'), options: categoryOptions, hint: tx('field_category_hint') }) +
    f('region', tx('field_region')) + f('sector', tx('field_sector')) + f('externalId', tx('field_external_id')) +
    textArea({ form: 'partner', name: 'aliases', label: tx('field_aliases'), value: values.aliases ?? '', error: errorOf(tx, errors, 'aliases'), maxlength: 5000, hint: tx('field_aliases_hint') }) +
    `<button class="primary" type="submit">${esc(submit)}</button></form>`;
}

export interface PartnerDetailView {
  partner: Partner; categories: Category[]; contacts: PartnerContact[]; owners: AssignmentRow[];
  partnerValues: FormValues; partnerErrors: FieldErrors;
  /** The contact form that failed (id '' = the add form), with what was typed. */
  contactForm?: { values: FormValues; errors: FieldErrors } | undefined;
  mergeForm?: { value: string; error?: string | undefined } | undefined;
  partnerNames: string[];
}

export function renderPartnerDetail(tx: BeheerText, csrf: string, v: PartnerDetailView): string {
  const p = v.partner;
  const base = `${PARTNERS_URL}/${p.id}`;
  const archived = p.archivedAt !== null;
  return `<p><a href="${PARTNERS_URL}">${esc(tx('back_to_list'))}</a> · <a href="/dashboard/partners/${p.id}">${esc(tx('open_partner_page'))}</a></p>` +
    `<p>${esc(tx('state_label'))}: <strong>${esc(archived ? tx('state_archived') : tx('state_active'))}</strong></p>` +
    `<h2 id="edit">${esc(tx('edit_heading'))}</h2>` +
    renderPartnerForm(tx, csrf, v.categories, v.partnerValues, v.partnerErrors, base, tx('save')) +
    `<h2 id="contacts">${esc(tx('contacts_heading'))}</h2>` + renderContacts(tx, csrf, base, v) +
    `<h2 id="owners">${esc(tx('owners_heading'))}</h2>` +
    (v.owners.length === 0 ? `<p>${esc(tx('no_owners'))}</p>` :
      `<ul>${v.owners.map((o) => `<li>${esc(o.staffName)} · ${esc(tx(`level_${o.level}`))} · ${esc(tx(`kind_${o.kind}`))}</li>`).join('')}</ul>`) +
    `<p><a href="/dashboard/beheer/toewijzingen?partner=${p.id}">${esc(tx('manage_owners'))}</a></p>` +
    `<h2 id="merge">${esc(tx('merge_heading'))}</h2><p>${esc(tx('merge_explain', { name: p.name }))}</p>` +
    `<form class="admin-form" method="post" action="${base}/samenvoegen">${csrfField(csrf)}` +
    textField({ form: 'merge', name: 'otherName', label: tx('merge_field'), value: v.mergeForm?.value ?? '', error: v.mergeForm?.error, maxlength: 200, list: 'partner-names', required: true }) +
    `<datalist id="partner-names">${v.partnerNames.filter((n) => n !== p.name).map((n) => `<option value="${esc(n)}">`).join('')}</datalist>` +
    `<button class="primary" type="submit">${esc(tx('merge_next'))}</button></form>` +
    `<h2 id="archive">${esc(tx(archived ? 'unarchive_heading' : 'archive_heading'))}</h2><p>${esc(tx(archived ? 'unarchive_explain' : 'archive_explain'))}</p>` +
    `<form method="post" action="${base}/archiveren">${csrfField(csrf)}<input type="hidden" name="archived" value="${archived ? '0' : '1'}">` +
    `<button class="primary" type="submit">${esc(tx(archived ? 'unarchive_button' : 'archive_button'))}</button></form>`;
}

function renderContacts(tx: BeheerText, csrf: string, base: string, v: PartnerDetailView): string {
  const levelOptions: [string, string][] = LEVELS.map((l) => [l, tx(`level_${l}`)]);
  const form = (c: PartnerContact | null) => {
    const failed = v.contactForm && (v.contactForm.values.id ?? '') === (c?.id ?? '') ? v.contactForm : undefined;
    const values: FormValues = failed?.values ?? (c
      ? { id: c.id, name: c.name, level: c.level, jobTitle: c.jobTitle ?? '', email: c.email ?? '', phone: c.phone ?? '', expertise: c.expertise.join(', ') }
      : { id: '', name: '', level: 'operationeel', jobTitle: '', email: '', phone: '', expertise: '' });
    const errors = failed?.errors ?? {};
    const key = c ? `contact-${c.id.slice(0, 8)}` : 'contact-new';
    const f = (name: string, label: string, type: 'text' | 'email' | 'tel' = 'text', max = 200) =>
      textField({ form: key, name, label, value: values[name] ?? '', error: errorOf(tx, errors, name), maxlength: max, type, required: name === 'name' });
    return `<form class="admin-form" method="post" action="${base}/contactpersonen" novalidate>${csrfField(csrf)}` +
      `<input type="hidden" name="id" value="${esc(c?.id ?? '')}">` +
      (errors._form ? `<p class="field-error" role="alert">${esc(errorOf(tx, errors, '_form'))}</p>` : '') +
      f('name', tx('contact_name')) +
      selectField({ form: key, name: 'level', label: tx('contact_level'), value: values.level ?? '', error: errorOf(tx, errors, 'level'), options: levelOptions }) +
      f('jobTitle', tx('contact_job')) + f('email', tx('contact_email'), 'email', 254) + f('phone', tx('contact_phone'), 'tel', 40) +
      f('expertise', tx('contact_expertise'), 'text', 1000) +
      `<button class="primary" type="submit">${esc(tx(c ? 'save' : 'contact_add'))}</button></form>`;
  };
  const list = v.contacts.map((c) => {
    const open = v.contactForm?.values.id === c.id ? ' open' : '';
    return `<details${open}><summary>${esc(c.name)} · ${esc(tx(`level_${c.level}`))}${c.jobTitle ? ` · ${esc(c.jobTitle)}` : ''}</summary>` + form(c) +
      `<form method="post" action="${base}/contactpersonen/${c.id}/verwijderen">${csrfField(csrf)}` +
      `<button type="submit">${esc(tx('contact_remove', { name: c.name }))}</button></form></details>`;
  }).join('');
  return (v.contacts.length === 0 ? `<p>${esc(tx('no_contacts'))}</p>` : list) +
    `<h3>${esc(tx('contact_add_heading'))}</h3>` + form(null);
}

export function renderMergeConfirm(tx: BeheerText, csrf: string, keep: Partner, drop: Partner, counts: { owners: number; contacts: number }): string {
  return `<p>${esc(tx('merge_confirm_body', { keep: keep.name, drop: drop.name }))}</p>` +
    `<ul><li>${esc(tx('merge_confirm_alias', { drop: drop.name }))}</li><li>${esc(tx('merge_confirm_history'))}</li>` +
    `<li>${esc(tx('merge_confirm_counts', { owners: counts.owners, contacts: counts.contacts }))}</li></ul>` +
    `<form method="post" action="${PARTNERS_URL}/${keep.id}/samenvoegen/bevestig">${csrfField(csrf)}<input type="hidden" name="dropId" value="${drop.id}">` +
    `<button class="primary" type="submit">${esc(tx('merge_confirm_button', { keep: keep.name }))}</button></form>` +
    `<p><a href="${PARTNERS_URL}/${drop.id}/samenvoegen?met=${keep.id}">${esc(tx('merge_swap', { drop: drop.name }))}</a> · ` +
    `<a href="${PARTNERS_URL}/${keep.id}">${esc(tx('cancel'))}</a></p>`;
}
