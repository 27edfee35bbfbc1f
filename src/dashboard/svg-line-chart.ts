// A small line chart as server-side SVG: renders without JavaScript, prints, needs
// no CDN or chart library, and weighs a few kilobytes. Values are percentages 0–100.
import { esc } from './html.ts';

export interface LinePoint { label: string; value: number | null }
export interface LineChartOptions { title: string; width?: number; height?: number; unit?: string }

export function buildLineChartSvg(points: LinePoint[], opts: LineChartOptions): string {
  const width = opts.width ?? 720;
  const height = opts.height ?? 220;
  const pad = { left: 44, right: 12, top: 12, bottom: 40 };
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const x = (i: number) => pad.left + (points.length <= 1 ? plotW / 2 : (i * plotW) / (points.length - 1));
  const y = (v: number) => pad.top + plotH - (Math.max(0, Math.min(100, v)) / 100) * plotH;
  const grid = [0, 25, 50, 75, 100].map((v) =>
    `<line x1="${pad.left}" x2="${width - pad.right}" y1="${y(v)}" y2="${y(v)}" stroke="#c9d1d9"/>` +
    `<text x="${pad.left - 6}" y="${y(v) + 4}" text-anchor="end" font-size="11" fill="#4a5560">${v}%</text>`).join('');
  const every = Math.max(1, Math.ceil(points.length / 9));
  const labels = points.map((p, i) => (i % every === 0 || i === points.length - 1
    ? `<text x="${x(i)}" y="${height - pad.bottom + 16}" text-anchor="middle" font-size="11" fill="#4a5560">${esc(p.label)}</text>` : '')).join('');
  // Gaps (null) break the line instead of drawing a misleading zero.
  const segments: string[] = [];
  let current: string[] = [];
  points.forEach((p, i) => {
    if (p.value === null) {
      if (current.length) segments.push(current.join(' '));
      current = [];
    } else current.push(`${current.length ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`);
  });
  if (current.length) segments.push(current.join(' '));
  const dots = points.map((p, i) => (p.value === null ? '' :
    `<circle cx="${x(i).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="3" fill="#0b5cad"><title>${esc(p.label)}: ${Math.round(p.value)}${esc(opts.unit ?? '%')}</title></circle>`)).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${esc(opts.title)}">` +
    `<title>${esc(opts.title)}</title>${grid}${labels}` +
    segments.map((d) => `<path d="${d}" fill="none" stroke="#0b5cad" stroke-width="2.5"/>`).join('') + dots + '</svg>';
}
