// /dashboard/beheer/toewijzingen: who owns which partner at which level, with a form
// to assign, and per row a reassign (choose a colleague) and an unassign button.
import { ASSIGNMENT_KINDS, LEVELS } from '../../core/register-types.ts';
import { esc, toQuery } from '../html.ts';
import type { BeheerText } from './admin-access.ts';
import { csrfField, errorOf, selectField, textField, type FieldErrors, type FormValues } from './admin-form.ts';
import type { AssignmentRow, StaffChoice } from './register-admin-ports.ts';

export const ASSIGNMENTS_URL = '/dashboard/beheer/toewijzingen';

export interface AssignmentPageView {
  rows: AssignmentRow[]; people: StaffChoice[]; partnerNames: string[];
  filter: { partnerId?: string | undefined; partnerName?: string | undefined; staffId?: string | undefined };
  values: FormValues; errors: FieldErrors;
}

export function renderAssignmentPage(tx: BeheerText, csrf: string, v: AssignmentPageView): string {
  const personOptions: [string, string][] = v.people.map((p) => [p.id, tx('person_option', { name: p.name, count: p.partnerCount })]);
  const back = toQuery({ partner: v.filter.partnerId, persoon: v.filter.staffId });
  const rows = v.rows.map((r, i) => {
    const others = v.people.filter((p) => p.id !== r.staffId);
    return `<tr><td><a href="/dashboard/partners/${r.partnerId}">${esc(r.partnerName)}</a></td><td>${esc(tx(`level_${r.level}`))}</td>` +
      `<td>${esc(r.staffName)}</td><td>${esc(tx(`kind_${r.kind}`))}</td><td>` +
      `<form class="inline" method="post" action="${ASSIGNMENTS_URL}/verplaatsen${esc(back)}">${csrfField(csrf)}` +
      `<input type="hidden" name="partnerId" value="${r.partnerId}"><input type="hidden" name="level" value="${r.level}"><input type="hidden" name="fromStaffId" value="${r.staffId}">` +
      `<label for="to-${i}" class="visually-hidden">${esc(tx('reassign_to_label', { partner: r.partnerName, person: r.staffName }))}</label>` +
      `<select id="to-${i}" name="toStaffId" required><option value="">${esc(tx('choose_colleague'))}</option>` +
      others.map((p) => `<option value="${p.id}">${esc(tx('person_option', { name: p.name, count: p.partnerCount }))}</option>`).join('') + '</select> ' +
      `<button type="submit">${esc(tx('reassign_button'))}</button></form> ` +
      `<form class="inline" method="post" action="${ASSIGNMENTS_URL}/intrekken${esc(back)}">${csrfField(csrf)}` +
      `<input type="hidden" name="partnerId" value="${r.partnerId}"><input type="hidden" name="level" value="${r.level}"><input type="hidden" name="staffId" value="${r.staffId}">` +
      `<button type="submit">${esc(tx('unassign_button', { person: r.staffName }))}</button></form></td></tr>`;
  }).join('');
  const filterPeople = v.people.map((p) => `<option value="${p.id}"${p.id === v.filter.staffId ? ' selected' : ''}>${esc(p.name)}</option>`).join('');
  return `<p><a href="/dashboard/beheer/wachtrij">${esc(tx('nav_queue'))}</a></p>` +
    `<h2 id="assign">${esc(tx('assign_heading'))}</h2>` +
    `<form class="admin-form" method="post" action="${ASSIGNMENTS_URL}${esc(back)}" novalidate>${csrfField(csrf)}` +
    textField({ form: 'assign', name: 'partnerName', label: tx('field_partner'), value: v.values.partnerName ?? v.filter.partnerName ?? '', error: errorOf(tx, v.errors, 'partnerName'), maxlength: 200, list: 'assign-partners', required: true, hint: tx('field_partner_hint') }) +
    `<datalist id="assign-partners">${v.partnerNames.map((n) => `<option value="${esc(n)}">`).join('')}</datalist>` +
    selectField({ form: 'assign', name: 'staffId', label: tx('field_person'), value: v.values.staffId ?? v.filter.staffId ?? '', error: errorOf(tx, v.errors, 'staffId'), options: [['', tx('choose_colleague')], ...personOptions], required: true }) +
    selectField({ form: 'assign', name: 'level', label: tx('field_level'), value: v.values.level ?? 'operationeel', error: errorOf(tx, v.errors, 'level'), options: LEVELS.map((l) => [l, tx(`level_${l}`)]) }) +
    selectField({ form: 'assign', name: 'kind', label: tx('field_kind'), value: v.values.kind ?? 'owner', error: errorOf(tx, v.errors, 'kind'), options: ASSIGNMENT_KINDS.map((k) => [k, tx(`kind_${k}`)]) }) +
    `<button class="primary" type="submit">${esc(tx('assign_button'))}</button></form>` +
    `<h2 id="list">${esc(tx('assignments_heading'))}</h2>` +
    `<form class="filters" method="get" action="${ASSIGNMENTS_URL}">` +
    (v.filter.partnerId ? `<input type="hidden" name="partner" value="${v.filter.partnerId}">` : '') +
    `<label for="filter-person">${esc(tx('filter_person'))}<select id="filter-person" name="persoon"><option value="">${esc(tx('everyone'))}</option>${filterPeople}</select></label>` +
    `<button class="primary" type="submit">${esc(tx('filter_button'))}</button></form>` +
    (v.filter.partnerName ? `<p>${esc(tx('filtered_on_partner', { name: v.filter.partnerName }))} <a href="${ASSIGNMENTS_URL}">${esc(tx('show_all'))}</a></p>` : '') +
    (v.rows.length === 0 ? `<p>${esc(tx('no_assignments'))}</p>` :
      `<table><thead><tr><th scope="col">${esc(tx('col_partner'))}</th><th scope="col">${esc(tx('col_level'))}</th><th scope="col">${esc(tx('col_person'))}</th>` +
      `<th scope="col">${esc(tx('col_kind'))}</th><th scope="col">${esc(tx('col_actions'))}</th></tr></thead><tbody>${rows}</tbody></table>`);
}
