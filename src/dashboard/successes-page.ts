// The successes wall: cards with story, partners, people and slaagfactoren,
// filtered with a plain GET form; management also gets a view per month.
import type { Option, SuccessCard, SuccessMonth } from './dashboard-query-ports.ts';
import { esc, toQuery, type PageText } from './html.ts';
import { buildBarChartSvg } from './svg-bar-chart.ts';

export interface SuccessQuery { team?: string | undefined; partner?: string | undefined; tag?: string | undefined; from?: string | undefined; to?: string | undefined }

export function renderSuccessesBody(tx: PageText, data: { cards: SuccessCard[]; teams: Option[]; partners: Option[]; tags: string[]; query: SuccessQuery; showMonths: boolean; lang: string }): string {
  const { cards, teams, partners, tags, query } = data;
  const select = (name: string, label: string, list: Option[], selected: string | undefined) =>
    `<label>${esc(label)}<select name="${name}"><option value="">${esc(tx('filter_all'))}</option>` +
    list.map((o) => `<option value="${esc(o.id)}"${o.id === selected ? ' selected' : ''}>${esc(o.name)}</option>`).join('') + `</select></label>`;
  const form = `<form class="filters" method="get" action="/dashboard/successen">` +
    select('team', tx('filter_team'), teams, query.team) + select('partner', tx('col_partner'), partners, query.partner) +
    select('tag', tx('filter_tag'), tags.map((t) => ({ id: t, name: t })), query.tag) +
    `<label>${esc(tx('filter_from'))}<input type="month" name="from" value="${esc(query.from ?? '')}"></label>` +
    `<label>${esc(tx('filter_to'))}<input type="month" name="to" value="${esc(query.to ?? '')}"></label>` +
    `<button class="primary" type="submit">${esc(tx('filter_apply'))}</button></form>`;
  const fmt = new Intl.DateTimeFormat(data.lang === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium' });
  const list = cards.length === 0 ? `<p>${esc(tx('successes_empty'))}</p>` : `<div class="cards">` + cards.map((c) =>
    `<article class="card" data-success="${esc(c.title)}"><h3>${esc(c.title)}</h3><p>${esc(c.story)}</p>` +
    `<p class="muted">${esc(c.authorName)}${c.teamName ? ` · ${esc(c.teamName)}` : ''} · ${esc(fmt.format(c.createdAt))}</p>` +
    (c.partnerNames.length ? `<p>${esc(tx('with_partners', { names: c.partnerNames.join(', ') }))}</p>` : '') +
    `<p>${c.tags.map((t) => `<span class="tag">${esc(t)}</span>`).join('')}</p></article>`).join('') + `</div>`;
  const monthsLink = data.showMonths ? `<p><a href="/dashboard/successen/maanden">${esc(tx('successes_months_link'))}</a></p>` : '';
  return form + monthsLink + list + `<p class="export"><a href="/dashboard/successen/export.csv${toQuery({ ...query })}">${esc(tx('export_csv'))}</a></p>`;
}

export function renderSuccessMonthsBody(tx: PageText, months: SuccessMonth[]): string {
  if (months.length === 0) return `<p>${esc(tx('successes_empty'))}</p>`;
  const chart = buildBarChartSvg(months.map((m) => ({ label: m.month, parts: [{ label: tx('nav_successes'), value: m.count, color: '#0b5cad' }] })), { title: tx('successes_months_title') });
  return chart + `<table><thead><tr><th scope="col">${esc(tx('col_month'))}</th><th scope="col" class="num">${esc(tx('col_count'))}</th><th scope="col">${esc(tx('col_titles'))}</th></tr></thead><tbody>` +
    months.map((m) => `<tr><td>${esc(m.month)}</td><td class="num">${m.count}</td><td>${m.titles.map(esc).join('<br>')}</td></tr>`).join('') +
    `</tbody></table><p class="export"><a href="/dashboard/successen/maanden/export.csv">${esc(tx('export_csv'))}</a></p>`;
}
