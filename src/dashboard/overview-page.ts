// Overview: the partners × levels heat map (most urgent first, paged), totals per
// level, counts per rubriek and the "% on time" trend over 26 weeks.
import { LAPSE_STATUSES, LEVELS } from '../core/register-types.ts';
import type { HeatFilter, Option, Overview, TrendPoint } from './dashboard-query-ports.ts';
import { esc, toQuery, type PageText } from './html.ts';
import { renderStatusCell, statusShape } from './status-cell.ts';
import { buildLineChartSvg } from './svg-line-chart.ts';
import { weekLabel } from './week-label.ts';

export const HEAT_PAGE_SIZE = 50;

export function renderOverviewBody(tx: PageText, data: { overview: Overview; trend: TrendPoint[]; categories: Option[]; filter: HeatFilter }): string {
  const { overview, trend, categories, filter } = data;
  const query = { q: filter.q, rubriek: filter.categoryId, status: filter.status };
  const options = (list: [string, string][], selected: string | undefined) =>
    list.map(([v, l]) => `<option value="${esc(v)}"${v === selected ? ' selected' : ''}>${esc(l)}</option>`).join('');
  const form = `<form class="filters" method="get" action="/dashboard">` +
    `<label>${esc(tx('filter_search'))}<input type="search" name="q" value="${esc(filter.q ?? '')}"></label>` +
    `<label>${esc(tx('filter_category'))}<select name="rubriek"><option value="">${esc(tx('filter_all'))}</option>` +
    options([...categories.map((c) => [c.id, c.name] as [string, string]), ['none', tx('no_category')]], filter.categoryId) + `</select></label>` +
    `<label>${esc(tx('filter_status'))}<select name="status"><option value="">${esc(tx('filter_all'))}</option>` +
    options(LAPSE_STATUSES.map((s) => [s, tx(`status_${s}`)]), filter.status) + `</select></label>` +
    `<button class="primary" type="submit">${esc(tx('filter_apply'))}</button></form>`;
  const levelTotals = `<div class="totals">` + LEVELS.map((l) => `<div><strong>${esc(tx(`level_${l}`))}</strong><br>` +
    LAPSE_STATUSES.map((s) => `<span class="cell status-${s}">${statusShape(s)} ${esc(tx(`status_${s}`))}: ${overview.levels[l][s]}</span>`).join(' ') + `</div>`).join('') + `</div>`;
  const rows = overview.rows.map((r) => `<tr data-partner="${esc(r.partnerName)}"><th scope="row"><a href="/dashboard/partners/${esc(r.partnerId)}">${esc(r.partnerName)}</a></th>` +
    `<td>${esc(r.categoryName ?? tx('no_category'))}</td>` +
    r.cells.map((c) => `<td data-level="${c.level}">${renderStatusCell(tx, c.status, c.days, `${r.partnerName} · ${tx(`level_${c.level}`)}`)}</td>`).join('') + `</tr>`).join('');
  const heat = overview.rows.length === 0 ? `<p>${esc(tx('heat_empty'))}</p>` :
    `<table class="heat"><caption class="muted">${esc(tx('heat_caption', { shown: overview.rows.length, total: overview.matching }))}</caption>` +
    `<thead><tr><th scope="col">${esc(tx('col_partner'))}</th><th scope="col">${esc(tx('col_category'))}</th>` +
    LEVELS.map((l) => `<th scope="col">${esc(tx(`level_${l}`))}</th>`).join('') + `</tr></thead><tbody>${rows}</tbody></table>`;
  const page = Math.floor(filter.offset / filter.limit);
  const pager = `<p class="pager">` +
    (page > 0 ? `<a href="/dashboard${toQuery({ ...query, pagina: page })}">${esc(tx('previous'))}</a> ` : '') +
    (filter.offset + filter.limit < overview.matching ? `<a href="/dashboard${toQuery({ ...query, pagina: page + 2 })}">${esc(tx('next'))}</a>` : '') + `</p>`;
  const cats = `<table><thead><tr><th scope="col">${esc(tx('col_category'))}</th>` +
    LAPSE_STATUSES.map((s) => `<th scope="col" class="num">${esc(tx(`status_${s}`))}</th>`).join('') + `</tr></thead><tbody>` +
    overview.categories.map((c) => `<tr><th scope="row">${esc(c.categoryName ?? tx('no_category'))}</th>` +
      LAPSE_STATUSES.map((s) => `<td class="num">${c[s]}</td>`).join('') + `</tr>`).join('') + `</tbody></table>`;
  const chart = buildLineChartSvg(trend.map((p) => ({ label: weekLabel(tx, p.weekKey), value: p.total === 0 ? null : (100 * p.onTime) / p.total })), { title: tx('trend_title') });
  const last = trend.at(-1);
  return form + `<h2>${esc(tx('levels_title'))}</h2>${levelTotals}` +
    `<h2>${esc(tx('heat_title'))}</h2><p class="muted">${esc(tx('heat_hint'))}</p>${heat}${pager}` +
    `<p class="export"><a href="/dashboard/export.csv${toQuery(query)}">${esc(tx('export_csv'))}</a></p>` +
    `<h2>${esc(tx('categories_title'))}</h2>${cats}` +
    `<h2>${esc(tx('trend_title'))}</h2><figure>${chart}<figcaption>${esc(tx('trend_caption', { percent: last && last.total ? Math.round((100 * last.onTime) / last.total) : 0 }))}</figcaption></figure>`;
}
