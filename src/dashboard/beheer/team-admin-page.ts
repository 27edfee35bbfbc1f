// The teams page: the teams this person may manage, and the form for one team
// (admins also add teams and rename them). Channels are chosen from what the
// organisation knows, with a free field for an id the list does not have.
import type { Team } from '../../core/register.ts';
import { esc } from '../html.ts';
import type { BeheerText } from './beheer-access.ts';
import { csrfField, formAlert, inputField, noticeLine, selectField, valueOf, type FieldState } from './beheer-form.ts';
import type { ChannelOption } from './beheer-org-ports.ts';
import { backToBeheer } from './category-admin-page.ts';

export interface TeamFormView { state: FieldState; id: string | null; problems?: string[]; canRename: boolean }

export function renderTeamList(tx: BeheerText, teams: Team[]): string {
  if (teams.length === 0) return `<p>${esc(tx('teams_empty'))}</p>`;
  const rows = teams.map((t) =>
    `<tr><th scope="row"><a href="/dashboard/beheer/teams/${t.id}">${esc(t.name)}</a></th><td>${esc(t.channelRef ?? tx('none'))}</td>` +
    `<td>${esc(tx(`weekday_${t.checkinWeekday}`))} ${esc(t.checkinTime)}</td><td>${esc(t.timezone)}</td></tr>`).join('');
  return `<table><caption>${esc(tx('teams_caption'))}</caption><thead><tr><th scope="col">${esc(tx('field_team_name'))}</th>` +
    `<th scope="col">${esc(tx('field_channel'))}</th><th scope="col">${esc(tx('col_checkin'))}</th><th scope="col">${esc(tx('field_timezone'))}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function channelFields(tx: BeheerText, state: FieldState, name: 'channelRef' | 'celebrationChannelRef', options: ChannelOption[]): string {
  const current = valueOf(state.values, name);
  const known = options.some((o) => o.ref === current) || current === '' ? options : [{ ref: current, label: current }, ...options];
  return `<fieldset><legend>${esc(tx(name === 'channelRef' ? 'field_channel' : 'field_celebration'))}</legend>` +
    selectField(state, name, tx('field_channel_known'), [['', tx('none')], ...known.map((o): [string, string] => [o.ref, o.label])]) +
    inputField(state, `${name}Other`, tx('field_channel_other'), { maxlength: 500, hint: tx('hint_channel_other') }) + `</fieldset>`;
}

export function renderTeamForm(tx: BeheerText, csrf: string, view: TeamFormView, channels: ChannelOption[]): string {
  const { state } = view;
  const days: [string, string][] = [1, 2, 3, 4, 5, 6, 7].map((d) => [String(d), tx(`weekday_${d}`)]);
  const action = view.id ? `/dashboard/beheer/teams/${view.id}` : '/dashboard/beheer/teams';
  return `<h2 id="team-form">${esc(tx(view.id ? 'team_edit_heading' : 'team_add_heading'))}</h2>` + formAlert(tx, state, view.problems) +
    `<form class="beheer" method="post" action="${action}" novalidate>${csrfField(csrf)}` +
    (view.canRename ? inputField(state, 'name', tx('field_team_name'), { required: true, maxlength: 200 }) : `<p><strong>${esc(valueOf(state.values, 'name'))}</strong></p>`) +
    channelFields(tx, state, 'channelRef', channels) + channelFields(tx, state, 'celebrationChannelRef', channels) +
    `<fieldset><legend>${esc(tx('field_schedule'))}</legend>` +
    selectField(state, 'checkinWeekday', tx('field_checkinWeekday'), days) + inputField(state, 'checkinTime', tx('field_checkinTime'), { maxlength: 5, hint: tx('hint_time') }) +
    inputField(state, 'reminderTime', tx('field_reminderTime'), { maxlength: 5 }) +
    selectField(state, 'agendaWeekday', tx('field_agendaWeekday'), days) + inputField(state, 'agendaTime', tx('field_agendaTime'), { maxlength: 5 }) +
    inputField(state, 'nudgeTime', tx('field_nudgeTime'), { maxlength: 5 }) +
    selectField(state, 'nudgesEnabled', tx('field_nudgesEnabled'), [['on', tx('on')], ['off', tx('off')]]) + `</fieldset>` +
    inputField(state, 'timezone', tx('field_timezone'), { maxlength: 64, hint: tx('hint_timezone') }) +
    selectField(state, 'language', tx('field_language'), [['nl', tx('language_nl')], ['en', tx('language_en')]]) +
    `<button class="primary" type="submit">${esc(tx('save'))}</button> <a href="/dashboard/beheer/teams">${esc(tx('cancel'))}</a></form>`;
}

export function renderTeamsPage(tx: BeheerText, csrf: string, teams: Team[], form: TeamFormView | null, channels: ChannelOption[], notice?: string): string {
  return noticeLine(notice) + `<p>${esc(tx('teams_intro'))}</p>` + renderTeamList(tx, teams) +
    (form ? renderTeamForm(tx, csrf, form, channels) : '') + backToBeheer(tx);
}
