// Small horizontal bars as server-side SVG (same reasons as the line chart): one
// bar per row, each split into coloured parts with their own text label and tooltip.
import { esc } from './html.ts';

export interface BarPart { label: string; value: number; color: string }
export interface BarRow { label: string; parts: BarPart[] }

export function buildBarChartSvg(rows: BarRow[], opts: { title: string; width?: number; max?: number }): string {
  const width = opts.width ?? 520;
  const rowH = 24;
  const labelW = 130;
  const height = rows.length * rowH + 8;
  const max = opts.max ?? Math.max(1, ...rows.map((r) => r.parts.reduce((n, p) => n + p.value, 0)));
  const scale = (width - labelW - 40) / max;
  const body = rows.map((r, i) => {
    let x = labelW;
    const y = 4 + i * rowH;
    const parts = r.parts.filter((p) => p.value > 0).map((p) => {
      const w = p.value * scale;
      const rect = `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${rowH - 8}" fill="${esc(p.color)}"><title>${esc(r.label)} · ${esc(p.label)}: ${p.value}</title></rect>`;
      x += w;
      return rect;
    }).join('');
    const total = r.parts.reduce((n, p) => n + p.value, 0);
    return `<text x="${labelW - 6}" y="${y + rowH / 2}" text-anchor="end" font-size="12" fill="#1b1f24">${esc(r.label)}</text>${parts}` +
      `<text x="${(x + 4).toFixed(1)}" y="${y + rowH / 2}" font-size="12" fill="#4a5560">${total}</text>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" class="bars" role="img" aria-label="${esc(opts.title)}">` +
    `<title>${esc(opts.title)}</title>${body}</svg>`;
}
