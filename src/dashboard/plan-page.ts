// "Mijn plan": this year's goals with measure, target, date, sub-results and the
// progress per month, an edit form per goal, a form to add one, and the partners
// without a goal. Printable: the print stylesheet drops the forms. The team page
// shows a lead per person how far the plans are, and which partners have none.
import type { PlanGoal, PlannedAssignment } from '../features/plan/plan-ports.ts';
import { esc } from './html.ts';

export type PlanText = (key: string, values?: Record<string, string | number>) => string;

export interface PlanPageData {
  year: number;
  goals: PlanGoal[];
  assignments: PlannedAssignment[];
  /** Only on one's own plan. */
  editable: boolean;
  csrf: string;
  notice: string | null;
}

export function renderPlanBody(tx: PlanText, d: PlanPageData): string {
  const notice = d.notice ? `<p class="card notice" role="status">${esc(d.notice)}</p>` : '';
  const goals = d.goals.length === 0 ? `<p>${esc(tx('no_goals'))}</p>` : d.goals.map((g) => renderGoal(tx, g, d)).join('');
  const withGoal = new Set(d.goals.map((g) => g.partnerId));
  const missing = d.assignments.filter((a) => !withGoal.has(a.partnerId));
  const without = `<h2>${esc(tx('without_goal'))}</h2>` + (missing.length === 0 ? `<p>${esc(tx(d.assignments.length === 0 ? 'no_partners' : 'all_have_goals'))}</p>`
    : `<ul>${missing.map((a) => `<li>${esc(a.partnerName)}</li>`).join('')}</ul>`);
  const add = d.editable ? `<section class="plan-form"><h2>${esc(tx('add_title'))}</h2>${goalForm(tx, null, d)}</section>` : '';
  return `${notice}<p>${esc(tx('intro'))}</p><p class="muted export">${esc(tx('print_hint'))}</p>${goals}${without}${add}`;
}

function renderGoal(tx: PlanText, g: PlanGoal, d: PlanPageData): string {
  const facts = [
    g.measure ? [tx('measure'), g.measure] : null,
    g.target ? [tx('target'), g.target] : null,
    g.dueDate ? [tx('due'), g.dueDate] : null,
  ].filter((f): f is string[] => f !== null).map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('');
  const sub = g.subResults.length === 0 ? '' : `<p><strong>${esc(tx('sub'))}</strong></p><ul>${g.subResults.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>`;
  const progress = g.progress.length === 0 ? `<p class="muted">${esc(tx('no_progress'))}</p>` :
    `<table><thead><tr><th scope="col">${esc(tx('col_month'))}</th><th scope="col">${esc(tx('col_status'))}</th><th scope="col">${esc(tx('col_note'))}</th></tr></thead><tbody>` +
    g.progress.map((p) => `<tr><td>${esc(p.month)}</td><td data-status="${esc(p.status)}">${esc(tx(`status.${p.status}`))}</td><td>${esc(p.note ?? '')}</td></tr>`).join('') + `</tbody></table>`;
  const edit = d.editable ? `<details class="plan-form"><summary>${esc(tx('edit'))}</summary>${goalForm(tx, g, d)}</details>` : '';
  return `<article class="card goal" id="doel-${esc(g.id)}"><h2>${esc(g.partnerName ?? tx('no_partner'))}${g.achieved ? ` <span class="tag">${esc(tx('achieved'))}</span>` : ''}</h2>` +
    `<p class="result">${esc(g.result)}</p>${facts ? `<dl>${facts}</dl>` : ''}${sub}${progress}${edit}</article>`;
}

function goalForm(tx: PlanText, g: PlanGoal | null, d: PlanPageData): string {
  const partners = [...new Map(d.assignments.map((a) => [a.partnerId, a.partnerName]))];
  const chosen = g?.partnerId ?? '';
  if (g?.partnerId && g.partnerName && !partners.some(([id]) => id === g.partnerId)) partners.unshift([g.partnerId, g.partnerName]);
  const options = `<option value="">${esc(tx('no_partner'))}</option>` +
    partners.map(([id, name]) => `<option value="${esc(id)}"${id === chosen ? ' selected' : ''}>${esc(name)}</option>`).join('');
  const field = (key: string, input: string) => `<label>${esc(tx(key))}${input}</label>`;
  return `<form method="post" action="/dashboard/plan/doel" class="goal-form">` +
    `<input type="hidden" name="csrf" value="${esc(d.csrf)}"><input type="hidden" name="goal" value="${esc(g?.id ?? '')}">` +
    field('field_partner', `<select name="partner">${options}</select>`) +
    field('field_result', `<textarea name="result" required maxlength="300" rows="2">${esc(g?.result ?? '')}</textarea>`) +
    field('field_measure', `<input name="measure" maxlength="200" value="${esc(g?.measure ?? '')}">`) +
    field('field_target', `<input name="target" maxlength="200" value="${esc(g?.target ?? '')}">`) +
    field('field_due', `<input name="due" type="date" value="${esc(g?.dueDate ?? '')}">`) +
    field('field_sub', `<textarea name="sub" rows="3">${esc(g?.subResults.join('\n') ?? '')}</textarea>`) +
    `<button class="primary" type="submit">${esc(tx('save'))}</button></form>`;
}

export interface TeamPlanRow {
  staffId: string;
  name: string;
  goals: number;
  reached: number;
  behind: number;
  missing: string[];
}

export function renderTeamPlansBody(tx: PlanText, rows: TeamPlanRow[], year: number): string {
  return `<p>${esc(tx('team_intro'))}</p><table><thead><tr><th scope="col">${esc(tx('col_person'))}</th><th scope="col" class="num">${esc(tx('col_goals'))}</th>` +
    `<th scope="col" class="num">${esc(tx('col_reached'))}</th><th scope="col" class="num">${esc(tx('col_behind'))}</th><th scope="col">${esc(tx('col_missing'))}</th></tr></thead><tbody>` +
    rows.map((r) => `<tr><th scope="row"><a href="/dashboard/plan?staff=${esc(r.staffId)}&amp;jaar=${year}">${esc(r.name)}</a></th><td class="num">${r.goals}</td>` +
      `<td class="num">${r.reached}</td><td class="num">${r.behind}</td><td>${esc(r.missing.join(', ')) || '—'}</td></tr>`).join('') + `</tbody></table>`;
}

/** Management's own strategic coverage as one figure ("het goede voorbeeld"). */
export function renderExampleFigure(tx: PlanText, warm: number, total: number): string {
  const percent = total === 0 ? 0 : Math.round((100 * warm) / total);
  return `<section class="card example" aria-labelledby="example-title"><h2 id="example-title">${esc(tx('example_title'))}</h2>` +
    `<p class="figure" data-figure="management-strategic"><strong>${percent}%</strong> ${esc(tx('example_body', { warm, total }))}</p></section>`;
}
