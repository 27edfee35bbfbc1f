// The collaboration pages: the list, one collaboration with its quick-scan picture
// (only aggregates, only from 3 respondents, only of closed rounds) and the form.
import type { Collaboration } from '../features/collaboration/collaboration-ports.ts';
import { SCAN_INTERVALS, STAGES } from '../features/collaboration/collaboration-ports.ts';
import { FACTOR_KEYS, type RoundResult } from '../domain/quick-scan-results.ts';
import { esc } from './html.ts';
import { buildFactorChartSvg } from './svg-factor-chart.ts';

export type CollabText = (key: string, values?: Record<string, string | number>) => string;

export interface ListRow { collaboration: Collaboration; lastClosed: { date: string; result: RoundResult } | null }

export function renderCollaborationList(tx: CollabText, rows: ListRow[], canCreate: boolean): string {
  const add = canCreate ? `<p><a class="button" href="/dashboard/samenwerkingen/nieuw">${esc(tx('page_new'))}</a></p>` : '';
  if (rows.length === 0) return `<p>${esc(tx('page_intro'))}</p>${add}<p class="muted">${esc(tx('page_none'))}</p>`;
  const body = rows.map(({ collaboration: c, lastClosed }) => {
    const scan = !lastClosed ? tx('scan_cell_none')
      : lastClosed.result.weakest
        ? tx('scan_cell', { date: lastClosed.date, factor: tx(`factor.${FACTOR_KEYS[lastClosed.result.weakest]}`), mean: meanOf(lastClosed.result) })
        : tx('scan_cell_hidden', { date: lastClosed.date });
    return `<tr><td><a href="/dashboard/samenwerkingen/${esc(c.id)}">${esc(c.name)}</a></td><td>${esc(tx(`stage_${c.stage}`))}</td>` +
      `<td>${esc(c.ownerName ?? tx('no_owner'))}</td><td>${esc(c.partners.map((p) => p.name).join(', '))}</td><td>${esc(scan)}</td></tr>`;
  }).join('');
  return `<p>${esc(tx('page_intro'))}</p>${add}<table><thead><tr><th scope="col">${esc(tx('col_name'))}</th><th scope="col">${esc(tx('col_stage'))}</th>` +
    `<th scope="col">${esc(tx('col_owner'))}</th><th scope="col">${esc(tx('col_partners'))}</th><th scope="col">${esc(tx('col_scan'))}</th></tr></thead><tbody>${body}</tbody></table>`;
}

function meanOf(r: RoundResult): string {
  return (r.factors.find((f) => f.factor === r.weakest)?.mean ?? 0).toFixed(1);
}

export interface DetailData {
  collaboration: Collaboration;
  canEdit: boolean;
  notice: string | null;
  /** The latest closed round with the one before it, aggregated. */
  latest: { date: string; invited: number; result: RoundResult; previous: RoundResult | null; remarks: string[] } | null;
  open: { closes: string; answered: number; invited: number } | null;
  startDate: string | null;
  tip: (factorKey: string) => string;
}

export function renderCollaborationDetail(tx: CollabText, d: DetailData): string {
  const c = d.collaboration;
  const fact = (label: string, value: string) => `<dt>${esc(label)}</dt><dd>${value}</dd>`;
  const facts = fact(tx('col_stage'), esc(tx(`stage_${c.stage}`))) +
    fact(tx('col_owner'), esc(c.ownerName ?? tx('no_owner'))) +
    fact(tx('col_partners'), c.partners.map((p) => `<a href="/dashboard/partners/${esc(p.id)}">${esc(p.name)}</a>`).join(', ') || '—') +
    fact(tx('field_participants'), esc(c.participants.map((p) => p.name).join(', ') || '—')) +
    fact(tx('field_goal'), esc(c.resultGoal ?? '—')) +
    fact(tx('detail_start'), esc(d.startDate ?? '—')) +
    fact(tx('detail_interval'), esc(tx(`interval_${c.scanIntervalMonths}`)));
  const notice = d.notice ? `<p class="notice" role="status">${esc(d.notice)}</p>` : '';
  const edit = d.canEdit ? `<p><a href="/dashboard/samenwerkingen/${esc(c.id)}/bewerken">${esc(tx('detail_edit'))}</a></p>` : '';
  const open = d.open ? `<p class="muted">${esc(tx('detail_open', { date: d.open.closes, count: d.open.answered, invited: d.open.invited }))}</p>` : '';
  return `${notice}<section class="card collab-facts"><h2>${esc(tx('detail_facts'))}</h2><dl class="facts">${facts}</dl>${edit}</section>` +
    `<section><h2>${esc(tx('detail_results'))}</h2>${open}${resultsSection(tx, d)}</section>`;
}

function resultsSection(tx: CollabText, d: DetailData): string {
  const l = d.latest;
  if (!l) return `<p class="muted">${esc(tx('scan_cell_none'))}</p>`;
  const heading = `<p>${esc(tx('detail_round', { date: l.date, count: l.result.respondents, invited: l.invited }))}</p>`;
  if (!l.result.shown) return `${heading}<p class="muted">${esc(tx('detail_hidden', { count: l.result.respondents, invited: l.invited }))}</p>`;
  const factor = (f: string) => tx(`factor.${FACTOR_KEYS[f as keyof typeof FACTOR_KEYS]}`);
  const svg = buildFactorChartSvg(l.result.factors, l.previous?.shown ? l.previous.factors : null, l.result.weakest, {
    title: tx('chart_label'), factor, tooFew: tx('too_few'), weakest: tx('chart_weakest'), current: tx('chart_current'), previous: tx('chart_previous'),
  });
  const w = l.result.weakest;
  const weakest = w ? `<div class="card weakest"><h3>${esc(tx('detail_weakest', { factor: factor(w), mean: meanOf(l.result) }))}</h3>` +
    `<p><strong>${esc(tx('detail_tip'))}:</strong> ${esc(d.tip(FACTOR_KEYS[w]))}</p></div>` : '';
  const num = (v: number | null, signed = false) => (v === null ? esc(tx('too_few')) : `${signed && v > 0 ? '+' : ''}${v.toFixed(2)}`);
  const rows = l.result.factors.map((f) => `<tr${f.factor === w ? ' class="weakest-row"' : ''}><th scope="row">${esc(factor(f.factor))}${f.factor === w ? ` (${esc(tx('chart_weakest'))})` : ''}</th>` +
    `<td class="num">${num(f.mean)}</td><td class="num">${num(f.spread)}</td><td class="num">${f.change === null ? '—' : num(f.change, true)}</td></tr>`).join('');
  const table = `<table class="factor-table"><caption>${esc(tx('detail_table_caption'))}</caption><thead><tr><th scope="col">${esc(tx('col_factor'))}</th>` +
    `<th scope="col" class="num">${esc(tx('col_mean'))}</th><th scope="col" class="num">${esc(tx('col_spread'))}</th><th scope="col" class="num">${esc(tx('col_change'))}</th></tr></thead><tbody>${rows}</tbody></table>`;
  const remarks = l.remarks.length > 0 ? `<h3>${esc(tx('remarks'))}</h3><ul>${l.remarks.map((r) => `<li>${esc(r)}</li>`).join('')}</ul>` : '';
  return `${heading}<figure>${svg}<figcaption>${esc(tx('chart_label'))}</figcaption></figure>${weakest}${table}${remarks}`;
}

export interface FormData {
  collaboration: Collaboration | null;
  /** Values as posted, when the form comes back with an error. */
  posted: Record<string, string | string[]> | null;
  partners: { id: string; name: string }[];
  people: { id: string; name: string }[];
  defaultOwner: string;
  csrf: string;
  error: string | null;
}

export function renderCollaborationForm(tx: CollabText, d: FormData): string {
  const c = d.collaboration;
  const p = d.posted;
  const one = (k: string, fallback: string) => (p ? String(Array.isArray(p[k]) ? p[k]![0] ?? '' : p[k] ?? '') : fallback);
  const many = (k: string, fallback: string[]) => new Set(p ? [p[k] ?? []].flat() : fallback);
  const opt = (value: string, label: string, selected: boolean) => `<option value="${esc(value)}"${selected ? ' selected' : ''}>${esc(label)}</option>`;
  const partners = many('partners', c?.partners.map((x) => x.id) ?? []);
  const participants = many('participants', c?.participants.map((x) => x.id) ?? []);
  const owner = one('owner', c?.ownerId ?? d.defaultOwner);
  const stage = one('stage', c?.stage ?? 'verkennen');
  const interval = one('interval', String(c?.scanIntervalMonths ?? 3));
  const field = (key: string, input: string, hint = '') => `<label>${esc(tx(key))}${input}${hint ? `<span class="muted">${esc(hint)}</span>` : ''}</label>`;
  const error = d.error ? `<p class="notice error" role="alert">${esc(d.error)}</p>` : '';
  return `${error}<form method="post" action="/dashboard/samenwerkingen${c ? `/${esc(c.id)}` : ''}" class="goal-form collab-form">` +
    `<input type="hidden" name="csrf" value="${esc(d.csrf)}">` +
    field('field_name', `<input name="name" required minlength="2" maxlength="120" value="${esc(one('name', c?.name ?? ''))}">`) +
    field('field_partners', `<select name="partners" multiple size="8">${d.partners.map((x) => opt(x.id, x.name, partners.has(x.id))).join('')}</select>`, tx('form_hint_multi')) +
    field('field_participants', `<select name="participants" multiple size="8">${d.people.map((x) => opt(x.id, x.name, participants.has(x.id))).join('')}</select>`, tx('form_hint_multi')) +
    field('field_owner', `<select name="owner" required>${d.people.map((x) => opt(x.id, x.name, x.id === owner)).join('')}</select>`) +
    field('field_goal', `<textarea name="goal" maxlength="300" rows="2">${esc(one('goal', c?.resultGoal ?? ''))}</textarea>`, tx('field_goal_hint')) +
    field('field_start', `<input name="start" type="date" value="${esc(one('start', c?.startDate ?? ''))}">`) +
    field('field_stage', `<select name="stage">${STAGES.map((s) => opt(s, tx(`stage_${s}`), s === stage)).join('')}</select>`) +
    field('field_interval', `<select name="interval">${SCAN_INTERVALS.map((n) => opt(String(n), tx(`interval_${n}`), String(n) === interval)).join('')}</select>`) +
    `<p><button type="submit" class="primary">${esc(tx('form_submit'))}</button></p></form>`;
}

/** The "Samenwerkingen" section on a partner's page. */
export function renderPartnerCollaborations(tx: CollabText, list: Collaboration[]): string {
  if (list.length === 0) return '';
  return `<section><h2>${esc(tx('partner_section'))}</h2><ul>${list.map((c) =>
    `<li><a href="/dashboard/samenwerkingen/${esc(c.id)}">${esc(c.name)}</a> — ${esc(tx(`stage_${c.stage}`))}</li>`).join('')}</ul></section>`;
}
