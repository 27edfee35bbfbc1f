// Rhythm per team: check-in participation per week, commitments kept, nudges and
// what came of them — each as a table with a small SVG bar chart beside it.
import type { Option, Rhythm } from './dashboard-query-ports.ts';
import { esc, toQuery, type PageText } from './html.ts';
import { buildBarChartSvg } from './svg-bar-chart.ts';
import { weekLabel, weekLabelHtml } from './week-label.ts';

export function renderRhythmBody(tx: PageText, data: { rhythm: Rhythm; teams: Option[]; teamId: string | undefined }): string {
  const { rhythm, teams, teamId } = data;
  const form = `<form class="filters" method="get" action="/dashboard/ritme"><label>${esc(tx('filter_team'))}<select name="team">` +
    `<option value="">${esc(tx('filter_all'))}</option>` +
    teams.map((t) => `<option value="${esc(t.id)}"${t.id === teamId ? ' selected' : ''}>${esc(t.name)}</option>`).join('') +
    `</select></label><button class="primary" type="submit">${esc(tx('filter_apply'))}</button></form>`;
  const perTeam = teams.filter((t) => !teamId || t.id === teamId).map((team) => {
    const weeks = rhythm.weeks.filter((w) => w.teamId === team.id);
    const table = weeks.length === 0 ? `<p>${esc(tx('rhythm_no_rounds'))}</p>` :
      `<table><thead><tr><th scope="col">${esc(tx('col_week'))}</th><th scope="col" class="num">${esc(tx('col_answered'))}</th>` +
      `<th scope="col" class="num">${esc(tx('col_members'))}</th><th scope="col" class="num">%</th></tr></thead><tbody>` +
      weeks.map((w) => `<tr><td>${weekLabelHtml(tx, w.periodKey)}</td><td class="num">${w.answered}</td><td class="num">${w.members}</td>` +
        `<td class="num">${w.members ? Math.round((100 * w.answered) / w.members) : 0}%</td></tr>`).join('') + `</tbody></table>`;
    const chart = weeks.length === 0 ? '' : buildBarChartSvg(weeks.map((w) => ({
      label: weekLabel(tx, w.periodKey),
      parts: [{ label: tx('col_answered'), value: w.answered, color: '#1e6b34' }, { label: tx('rhythm_not_answered'), value: Math.max(0, w.members - w.answered), color: '#c9d1d9' }],
    })), { title: tx('rhythm_participation_title', { team: team.name }) });
    return `<h2>${esc(team.name)}</h2><h3>${esc(tx('rhythm_participation'))}</h3>${chart}${table}`;
  }).join('');
  const c = rhythm.commitments.filter((x) => !teamId || x.teamId === teamId);
  const commitments = `<table><thead><tr><th scope="col">${esc(tx('col_team'))}</th><th scope="col" class="num">${esc(tx('commitment_done'))}</th>` +
    `<th scope="col" class="num">${esc(tx('commitment_open'))}</th><th scope="col" class="num">${esc(tx('commitment_dropped'))}</th></tr></thead><tbody>` +
    c.map((x) => `<tr><th scope="row">${esc(x.teamName)}</th><td class="num">${x.done}</td><td class="num">${x.open}</td><td class="num">${x.dropped}</td></tr>`).join('') + `</tbody></table>` +
    buildBarChartSvg(c.map((x) => ({ label: x.teamName, parts: [
      { label: tx('commitment_done'), value: x.done, color: '#1e6b34' }, { label: tx('commitment_open'), value: x.open, color: '#b58100' },
      { label: tx('commitment_dropped'), value: x.dropped, color: '#8f1d1d' }] })), { title: tx('rhythm_commitments') });
  const n = rhythm.nudges.filter((x) => !teamId || x.teamId === teamId);
  const outcomes = ['logged', 'planned', 'snoozed', 'notMine', 'escalated', 'none'] as const;
  const nudges = `<table><thead><tr><th scope="col">${esc(tx('col_team'))}</th><th scope="col" class="num">${esc(tx('nudge_sent'))}</th>` +
    outcomes.map((o) => `<th scope="col" class="num">${esc(tx(`nudge_${o}`))}</th>`).join('') + `</tr></thead><tbody>` +
    n.map((x) => `<tr><th scope="row">${esc(x.teamName)}</th><td class="num">${x.sent}</td>` + outcomes.map((o) => `<td class="num">${x[o]}</td>`).join('') + `</tr>`).join('') +
    `</tbody></table>`;
  return form + perTeam + `<h2>${esc(tx('rhythm_commitments'))}</h2>${commitments}<h2>${esc(tx('rhythm_nudges'))}</h2>${nudges}` +
    `<p class="export"><a href="/dashboard/ritme/export.csv${toQuery({ team: teamId })}">${esc(tx('export_csv'))}</a></p>`;
}
