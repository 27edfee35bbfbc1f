// Yearly-plan goals on the partner and person pages. Progress is a mark with a
// shape and a word (never colour alone): ● op schema, ▼ achter, ★ behaald, ◆ bijstellen.
import type { GoalProgress, GoalProgressStatus, PlanGoal } from '../features/plan/plan-ports.ts';
import { esc } from './html.ts';
import type { PlanText } from './plan-page.ts';

const SHAPE: Record<GoalProgressStatus, string> = { on_track: '●', behind: '▼', reached: '★', adjust: '◆' };

export function renderProgressMark(tx: PlanText, p: Pick<GoalProgress, 'status'>): string {
  return `<span class="goal-mark" data-status="${esc(p.status)}"><span aria-hidden="true">${SHAPE[p.status]}</span> ${esc(tx(`status.${p.status}`))}</span>`;
}

/** Partner page: who holds a goal with this partner this year, the result, and the latest progress. */
export function renderPartnerGoals(tx: PlanText, year: number, goals: (PlanGoal & { staffName: string })[], canSeePerson: (id: string) => boolean): string {
  const title = `<h2>${esc(tx('partner_goals_title', { year }))}</h2>`;
  if (goals.length === 0) return `${title}<p>${esc(tx('partner_no_goals'))}</p>`;
  return `${title}<table><thead><tr><th scope="col">${esc(tx('col_person'))}</th><th scope="col">${esc(tx('col_goal'))}</th><th scope="col">${esc(tx('col_status'))}</th></tr></thead><tbody>` +
    goals.map((g) => {
      const who = canSeePerson(g.staffId) ? `<a href="/dashboard/mensen/${esc(g.staffId)}">${esc(g.staffName)}</a>` : esc(g.staffName);
      const last = g.progress.at(-1);
      const progress = last ? `${renderProgressMark(tx, last)} <span class="muted">(${esc(last.month)})</span>` : `<span class="muted">${esc(tx('no_progress'))}</span>`;
      return `<tr><th scope="row">${who}</th><td>${esc(g.result)}${g.target ? ` <span class="muted">(${esc(g.target)})</span>` : ''}</td><td>${progress}</td></tr>`;
    }).join('') + `</tbody></table>`;
}

/** Person page: per goal a row of months (January to `untilMonth`), each with its mark or a dash. */
export function renderPersonGoals(tx: PlanText, year: number, goals: PlanGoal[], untilMonth: string, lang: string): string {
  const title = `<h2>${esc(tx('person_goals_title', { year }))}</h2>`;
  if (goals.length === 0) return `${title}<p>${esc(tx('no_goals'))}</p>`;
  const last = untilMonth.startsWith(`${year}-`) ? Number(untilMonth.slice(5, 7)) : 12;
  const months = Array.from({ length: last }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  const monthName = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { month: 'short', timeZone: 'UTC' });
  const head = months.map((m) => `<th scope="col">${esc(monthName.format(new Date(`${m}-01T00:00:00Z`)))}</th>`).join('');
  return `${title}<table class="goal-months"><thead><tr><th scope="col">${esc(tx('col_goal'))}</th>${head}</tr></thead><tbody>` +
    goals.map((g) => `<tr><th scope="row">${esc(g.partnerName ?? tx('no_partner'))}<br><span class="muted">${esc(g.result)}</span></th>` +
      months.map((m) => {
        const p = g.progress.find((x) => x.month === m);
        return `<td>${p ? renderProgressMark(tx, p) : `<span class="muted" title="${esc(tx('no_report'))}">–</span>`}</td>`;
      }).join('') + `</tr>`).join('') + `</tbody></table>`;
}
