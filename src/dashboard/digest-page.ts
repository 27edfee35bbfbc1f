// The printable management digest (/dashboard/digest/<YYYY-MM>): its own frame
// without navigation, A4 print rules, each section kept on one page where it fits.
// The sentences come from describeDigest, the same as the chat message and e-mail.
import type { Language } from '../core/i18n/translator.ts';
import type { DigestDescription, DigestText } from '../features/digest/describe-digest.ts';
import type { DigestFigures } from '../features/digest/digest-figures.ts';
import { esc } from './html.ts';
import { buildBarChartSvg } from './svg-bar-chart.ts';

const rich = (s: string) => esc(s).replace(/\*([^*\n]+)\*/g, '<strong>$1</strong>');

/** `months`: the reported and the previous month, long (table) and short (chart labels). */
export function renderDigestPage(t: DigestText, lang: Language, f: DigestFigures, d: DigestDescription, previousMonthName: string, madeOn: string, short: { month: string; previous: string }): string {
  const level = (l: string) => t(`common.level.${l}`);
  const pct = (p: number | null) => (p === null ? t('digest.no_data') : `${p}%`);
  const change = (n: number | null) => (n === null ? t('digest.change_unknown') : n === 0 ? `= ${t('digest.change_same')}`
    : n > 0 ? `▲ ${t('digest.change_up', { points: n })}` : `▼ ${t('digest.change_down', { points: -n })}`);
  // A month without a figure gets no bar (a zero would be a claim); the table says "geen gegevens".
  const chart = buildBarChartSvg(f.coverage.flatMap((c) => [
    ...(c.previousPercent === null ? [] : [{ label: `${level(c.level)} ${short.previous}`, parts: [{ label: previousMonthName, value: c.previousPercent, color: '#6b7680' }] }]),
    ...(c.percent === null ? [] : [{ label: `${level(c.level)} ${short.month}`, parts: [{ label: d.monthName, value: c.percent, color: '#0b5cad' }] }]),
  ]), { title: t('digest.coverage_chart'), max: 100, width: 560 });
  const coverageRows = f.coverage.map((c) => `<tr><th scope="row">${esc(level(c.level))}</th><td class="num">${c.part} / ${c.whole}</td>` +
    `<td class="num">${esc(pct(c.percent))}</td><td class="num">${esc(pct(c.previousPercent))}</td><td>${esc(change(c.change))}</td></tr>`).join('');
  const ratioRow = (label: string, r: { part: number; whole: number; percent: number | null }) =>
    `<tr><th scope="row">${esc(label)}</th><td class="num">${r.part} / ${r.whole}</td><td class="num">${esc(pct(r.percent))}</td></tr>`;
  const goals = f.goals === null ? `<p>${esc(d.goals)}</p>`
    : `<table><thead><tr><th scope="col">${esc(t('digest.goal_status'))}</th><th scope="col" class="num">${esc(t('digest.count'))}</th></tr></thead><tbody>` +
      (['onTrack', 'reached', 'behind', 'adjust', 'noProgress'] as const).map((k) => `<tr><th scope="row">${esc(t(`digest.goal_${k}`))}</th><td class="num">${f.goals![k]}</td></tr>`).join('') +
      `</tbody></table>`;
  const collaborations = f.collaborations.length === 0 ? `<p>${esc(t('digest.collaborations_none'))}</p>`
    : `<table><thead><tr><th scope="col">${esc(t('digest.col_collaboration'))}</th><th scope="col">${esc(t('digest.col_closed'))}</th><th scope="col" class="num">${esc(t('digest.col_respondents'))}</th><th scope="col">${esc(t('digest.col_weakest'))}</th></tr></thead><tbody>` +
      f.collaborations.map((c, i) => `<tr><th scope="row">${esc(c.name)}</th><td>${esc(c.closedAt.toLocaleDateString(lang === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'long' }))}</td>` +
        `<td class="num">${c.respondents}</td><td>${rich(d.collaborations[i] ?? '')}</td></tr>`).join('') + `</tbody></table>`;
  const body =
    `<p class="muted">${esc(t('digest.page_made', { date: madeOn }))}</p>` +
    `<section class="digest-section"><h2>${esc(t('digest.coverage_heading'))}</h2><p class="muted">${esc(t('digest.coverage_explain'))}</p>` +
    `<figure>${chart}<figcaption>${esc(t('digest.coverage_caption', { previous: previousMonthName, month: d.monthName }))}</figcaption></figure>` +
    `<table><thead><tr><th scope="col">${esc(t('digest.col_level'))}</th><th scope="col" class="num">${esc(t('digest.col_covered'))}</th><th scope="col" class="num">${esc(d.monthName)}</th><th scope="col" class="num">${esc(previousMonthName)}</th><th scope="col">${esc(t('digest.col_change'))}</th></tr></thead><tbody>${coverageRows}</tbody></table></section>` +
    `<section class="digest-section"><h2>${esc(t('digest.rhythm_heading'))}</h2><table><tbody>` +
    ratioRow(t('digest.participation_heading'), f.participation) + ratioRow(t('digest.commitments_heading'), f.commitments) +
    (f.goals ? ratioRow(t('digest.goals_heading'), { part: f.goals.onCourse.part, whole: f.goals.total, percent: f.goals.onCourse.percent }) : '') +
    `</tbody></table><p class="muted">${esc(t('digest.rhythm_explain'))}</p></section>` +
    `<section class="digest-section"><h2>${esc(t('digest.goals_heading'))}</h2>${goals}</section>` +
    `<section class="digest-section"><h2>${esc(t('digest.collaborations_heading'))}</h2>${collaborations}</section>` +
    `<section class="digest-section"><h2>${esc(t('digest.successes_heading', { month: d.monthName }))}</h2><ul>${d.successes.map((s) => `<li>${rich(s)}</li>`).join('')}</ul></section>`;
  return `<!doctype html><html lang="${esc(lang)}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(d.title)} · RRO-bot</title>` +
    `<link rel="stylesheet" href="/dashboard/assets/dashboard.css"></head><body class="print-page">` +
    `<main id="main" class="digest"><p class="screen-only"><a href="/dashboard">${esc(t('digest.back'))}</a> · ${esc(t('digest.print_hint'))}</p>` +
    `<h1>${esc(d.title)}</h1>${body}</main></body></html>`;
}
