// The medewerkers page: a search box, the list with roles, teams and absence, and
// the form for one person (add or change).
import { ROLES } from '../../core/register-types.ts';
import type { Team } from '../../core/register.ts';
import { esc } from '../html.ts';
import type { BeheerText } from './beheer-access.ts';
import { csrfField, formAlert, inputField, noticeLine, selectField, valuesOf, type FieldState } from './beheer-form.ts';
import type { StaffRow } from './beheer-org-ports.ts';
import { backToBeheer } from './category-admin-page.ts';

export interface StaffFormView {
  state: FieldState; id: string | null; problems?: string[];
  canChangeRole: boolean;
  /** Show the chat-account field (Slack/Teams); the playground links its people itself. */
  platform: string | null;
}

export function renderStaffList(tx: BeheerText, rows: StaffRow[], teams: Team[], query: string): string {
  const teamName = new Map(teams.map((t) => [t.id, t.name]));
  const search = `<form class="filters" method="get" action="/dashboard/beheer/medewerkers" role="search">` +
    `<label>${esc(tx('search_label'))} <input type="search" name="q" value="${esc(query)}" maxlength="100"></label>` +
    `<button class="primary" type="submit">${esc(tx('search_button'))}</button></form>`;
  if (rows.length === 0) return search + `<p>${esc(tx(query ? 'staff_none_found' : 'staff_empty'))}</p>`;
  const body = rows.map((s) => {
    const memberOf = s.memberships.filter((m) => teamName.has(m.teamId))
      .map((m) => `${teamName.get(m.teamId)}${m.isLead ? ` (${tx('lead_mark')})` : ''}`).join(', ');
    return `<tr><th scope="row"><a href="/dashboard/beheer/medewerkers/${s.id}">${esc(s.name)}</a></th><td>${esc(s.email ?? '')}</td>` +
      `<td>${esc(tx(`role_${s.role}`))}</td><td>${esc(memberOf || tx('none'))}</td><td>${esc(s.awayUntil ? tx('away_until', { date: s.awayUntil }) : '')}</td></tr>`;
  }).join('');
  return search + `<table><caption>${esc(tx('staff_caption', { count: rows.length }))}</caption><thead><tr>` +
    ['field_name', 'field_email', 'field_role', 'field_teams', 'field_awayUntil'].map((k) => `<th scope="col">${esc(tx(k))}</th>`).join('') +
    `</tr></thead><tbody>${body}</tbody></table>`;
}

function teamFields(tx: BeheerText, state: FieldState, teams: Team[]): string {
  if (teams.length === 0) return '';
  const member = new Set(valuesOf(state.values, 'team'));
  const lead = new Set(valuesOf(state.values, 'lead'));
  const error = state.errors.team ? `<span class="field-error" id="err-team">${esc(state.errors.team)}</span>` : '';
  const rows = teams.map((t) =>
    `<fieldset class="team-choice"><legend>${esc(t.name)}</legend>` +
    `<label class="check"><input type="checkbox" name="team" value="${t.id}"${member.has(t.id) ? ' checked' : ''}> ${esc(tx('member_of'))}</label>` +
    `<label class="check"><input type="checkbox" name="lead" value="${t.id}"${lead.has(t.id) ? ' checked' : ''}> ${esc(tx('lead_of'))}</label></fieldset>`).join('');
  return `<fieldset${error ? ' aria-invalid="true" aria-describedby="err-team"' : ''}><legend>${esc(tx('field_teams'))}</legend>${error}${rows}</fieldset>`;
}

export function renderStaffForm(tx: BeheerText, csrf: string, view: StaffFormView, teams: Team[]): string {
  const { state } = view;
  const action = view.id ? `/dashboard/beheer/medewerkers/${view.id}` : '/dashboard/beheer/medewerkers';
  return `<h2 id="staff-form">${esc(tx(view.id ? 'staff_edit_heading' : 'staff_add_heading'))}</h2>` + formAlert(tx, state, view.problems) +
    `<form class="beheer" method="post" action="${action}" novalidate>${csrfField(csrf)}` +
    inputField(state, 'name', tx('field_name'), { required: true, maxlength: 200 }) +
    inputField(state, 'email', tx('field_email'), { type: 'email', maxlength: 254 }) +
    (view.canChangeRole ? selectField(state, 'role', tx('field_role'), ROLES.map((r) => [r, tx(`role_${r}`)])) : '') +
    selectField(state, 'language', tx('field_language'), [['', tx('language_default')], ['nl', tx('language_nl')], ['en', tx('language_en')]]) +
    inputField(state, 'awayUntil', tx('field_awayUntil'), { type: 'date', hint: tx('hint_awayUntil') }) +
    (view.platform ? inputField(state, 'platformUserId', tx('field_platformUserId', { platform: view.platform }), { maxlength: 200, hint: tx('hint_platformUserId') }) : '') +
    teamFields(tx, state, teams) +
    `<button class="primary" type="submit">${esc(tx('save'))}</button> <a href="/dashboard/beheer/medewerkers">${esc(tx('cancel'))}</a></form>`;
}

export function renderStaffPage(tx: BeheerText, csrf: string, list: { rows: StaffRow[]; teams: Team[]; query: string }, form: StaffFormView, manageable: Team[], notice?: string): string {
  return noticeLine(notice) + `<p>${esc(tx('staff_intro'))}</p>` + renderStaffList(tx, list.rows, list.teams, list.query) +
    renderStaffForm(tx, csrf, form, manageable) + backToBeheer(tx);
}

