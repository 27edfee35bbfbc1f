// The relationship pulse as server-side SVG: two lines on a 1–5 scale, trust solid
// and communication dashed (told apart by pattern and label, not colour alone).
// A month without a shown mean (too few answers) breaks the line.
import { esc } from './html.ts';

export interface PulseSeries { label: string; values: (number | null)[]; dashed: boolean }

export function buildPulseChartSvg(months: string[], series: PulseSeries[], title: string): string {
  const width = 720, height = 230;
  const pad = { left: 36, right: 130, top: 14, bottom: 36 };
  const plotW = width - pad.left - pad.right, plotH = height - pad.top - pad.bottom;
  const x = (i: number) => pad.left + (months.length <= 1 ? plotW / 2 : (i * plotW) / (months.length - 1));
  const y = (v: number) => pad.top + plotH - ((Math.max(1, Math.min(5, v)) - 1) / 4) * plotH;
  const grid = [1, 2, 3, 4, 5].map((v) =>
    `<line x1="${pad.left}" x2="${pad.left + plotW}" y1="${y(v)}" y2="${y(v)}" stroke="#c9d1d9"/>` +
    `<text x="${pad.left - 6}" y="${y(v) + 4}" text-anchor="end" font-size="11" fill="#4a5560">${v}</text>`).join('');
  const labels = months.map((m, i) => `<text x="${x(i)}" y="${height - pad.bottom + 16}" text-anchor="middle" font-size="11" fill="#4a5560">${esc(m)}</text>`).join('');
  const lines = series.map((s, n) => {
    const colour = n === 0 ? '#0b5cad' : '#8a4b00';
    const dash = s.dashed ? ' stroke-dasharray="6 4"' : '';
    const paths: string[] = [];
    let current: string[] = [];
    s.values.forEach((v, i) => {
      if (v === null) { if (current.length) paths.push(current.join(' ')); current = []; return; }
      current.push(`${current.length ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`);
    });
    if (current.length) paths.push(current.join(' '));
    const dots = s.values.map((v, i) => (v === null ? '' :
      `<circle cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="3.5" fill="${colour}"><title>${esc(s.label)} ${esc(months[i])}: ${v.toFixed(1)}</title></circle>`)).join('');
    const legendY = pad.top + 14 + n * 20;
    const legend = `<line x1="${pad.left + plotW + 14}" x2="${pad.left + plotW + 40}" y1="${legendY - 4}" y2="${legendY - 4}" stroke="${colour}" stroke-width="2.5"${dash}/>` +
      `<text x="${pad.left + plotW + 46}" y="${legendY}" font-size="12" fill="#1b1f24">${esc(s.label)}</text>`;
    return paths.map((d) => `<path d="${d}" fill="none" stroke="${colour}" stroke-width="2.5"${dash}/>`).join('') + dots + legend;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" class="bars" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${esc(title)}">` +
    `<title>${esc(title)}</title>${grid}${labels}${lines}</svg>`;
}
