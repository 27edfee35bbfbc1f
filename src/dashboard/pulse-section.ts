// The relationship pulse on the partner page: a chart of the monthly means and the
// same figures as a table. A month with fewer than MIN_PULSE_ANSWERS answers shows
// "te weinig antwoorden" and no figure, so nobody's own score can be read off.
import { MIN_PULSE_ANSWERS, showPulseFigure, type PulseFigure } from '../domain/relationship-pulse.ts';
import type { PulseMonth } from '../features/pulse/pulse-ports.ts';
import { esc } from './html.ts';
import { buildPulseChartSvg } from './svg-pulse-chart.ts';

export type PulseText = (key: string, values?: Record<string, string | number>) => string;

export function renderPulseSection(tx: PulseText, partnerName: string, months: PulseMonth[], lang: string): string {
  const title = `<h2>${esc(tx('trend_title'))}</h2>`;
  if (months.length === 0) return `<section class="pulse">${title}<p class="muted">${esc(tx('none'))}</p></section>`;
  const trust = months.map((m) => showPulseFigure(m.trustAnswers, m.trustMean));
  const communication = months.map((m) => showPulseFigure(m.communicationAnswers, m.communicationMean));
  const chart = buildPulseChartSvg(months.map((m) => m.month), [
    { label: tx('col_trust'), values: trust.map((f) => f.mean), dashed: false },
    { label: tx('col_communication'), values: communication.map((f) => f.mean), dashed: true },
  ], tx('trend_chart', { partner: partnerName }));
  const cell = (f: PulseFigure) => (f.mean === null
    ? `<td class="muted">${esc(tx('too_few', { count: f.answers }))}</td>`
    : `<td class="num">${esc(f.mean.toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }))} <span class="muted">(n=${f.answers})</span></td>`);
  const rows = months.map((m, i) => `<tr><th scope="row">${esc(m.month)}</th>${cell(trust[i]!)}${cell(communication[i]!)}</tr>`).join('');
  return `<section class="pulse">${title}<p class="muted">${esc(tx('trend_intro', { min: MIN_PULSE_ANSWERS }))}</p>` +
    `<figure>${chart}</figure>` +
    `<table><thead><tr><th scope="col">${esc(tx('col_month'))}</th><th scope="col">${esc(tx('col_trust'))}</th><th scope="col">${esc(tx('col_communication'))}</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}
