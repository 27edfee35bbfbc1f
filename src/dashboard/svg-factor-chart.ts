// The quick scan as a server-side SVG (no client script, prints cleanly): one row
// per slaagfactor on a 1–5 scale with the spread as a band, this round's mean as a
// dot and the previous round's as an open diamond. The weakest factor gets a
// tinted row and the word "zwakst", so it never rests on colour alone.
import type { FactorResult } from '../domain/quick-scan-results.ts';
import type { Slaagfactor } from '../domain/slaagfactoren.ts';
import { esc } from './html.ts';

export interface FactorChartText {
  title: string;
  factor(f: Slaagfactor): string;
  tooFew: string;
  weakest: string;
  current: string;
  previous: string;
}

const WIDTH = 720;
const LABEL_W = 200;
const VALUE_W = 160;
const ROW_H = 30;
const TOP = 26;

export function buildFactorChartSvg(factors: FactorResult[], previous: FactorResult[] | null, weakest: Slaagfactor | null, text: FactorChartText): string {
  const plotW = WIDTH - LABEL_W - VALUE_W;
  const x = (v: number) => LABEL_W + ((Math.min(5, Math.max(1, v)) - 1) / 4) * plotW;
  const height = TOP + factors.length * ROW_H + 30;
  const grid = [1, 2, 3, 4, 5].map((v) =>
    `<line x1="${x(v).toFixed(1)}" y1="${TOP - 4}" x2="${x(v).toFixed(1)}" y2="${TOP + factors.length * ROW_H}" stroke="#c9d1d9" stroke-width="1"/>` +
    `<text x="${x(v).toFixed(1)}" y="${TOP - 10}" text-anchor="middle" font-size="11" fill="#4a5560">${v}</text>`).join('');
  const rows = factors.map((f, i) => {
    const y = TOP + i * ROW_H;
    const mid = y + ROW_H / 2;
    const isWeakest = f.factor === weakest;
    const label = `<text x="${LABEL_W - 8}" y="${mid + 4}" text-anchor="end" font-size="12" fill="#1b1f24"${isWeakest ? ' font-weight="700"' : ''}>${esc(text.factor(f.factor))}</text>`;
    const before = previous?.find((p) => p.factor === f.factor)?.mean ?? null;
    if (f.mean === null) {
      return `${label}<text x="${LABEL_W + 4}" y="${mid + 4}" font-size="12" fill="#4a5560" font-style="italic">${esc(text.tooFew)}</text>`;
    }
    const spread = f.spread ?? 0;
    const spreadRect = `<rect x="${x(f.mean - spread).toFixed(1)}" y="${mid - 5}" width="${Math.max(2, x(f.mean + spread) - x(f.mean - spread)).toFixed(1)}" height="10" rx="5" fill="#b9d3ee"><title>${esc(text.factor(f.factor))}: ${f.mean.toFixed(2)} ± ${spread.toFixed(2)}</title></rect>`;
    const prev = before === null ? '' : diamond(x(before), mid, `${esc(text.previous)}: ${before.toFixed(2)}`);
    const dot = `<circle cx="${x(f.mean).toFixed(1)}" cy="${mid}" r="6" fill="${isWeakest ? '#8f1d1d' : '#0b5cad'}"><title>${esc(text.current)}: ${f.mean.toFixed(2)}</title></circle>`;
    const change = f.change === null ? '' : ` (${changeText(f.change)})`;
    const value = `<text x="${WIDTH - VALUE_W + 8}" y="${mid + 4}" font-size="12" fill="#1b1f24">${f.mean.toFixed(1)}${esc(change)}${isWeakest ? ` · ${esc(text.weakest)}` : ''}</text>`;
    return `${label}${spreadRect}${prev}${dot}${value}`;
  }).join('');
  const bands = factors.map((f, i) => (f.factor === weakest ? `<rect x="0" y="${TOP + i * ROW_H + 1}" width="${WIDTH}" height="${ROW_H - 2}" fill="#f9d7d7"/>` : '')).join('');
  const ly = TOP + factors.length * ROW_H + 20;
  const legend = `<circle cx="${LABEL_W + 6}" cy="${ly - 4}" r="5" fill="#0b5cad"/><text x="${LABEL_W + 16}" y="${ly}" font-size="11" fill="#4a5560">${esc(text.current)}</text>` +
    (previous ? `${diamond(LABEL_W + 126, ly - 4, text.previous)}<text x="${LABEL_W + 136}" y="${ly}" font-size="11" fill="#4a5560">${esc(text.previous)}</text>` : '') +
    `<rect x="${LABEL_W + 250}" y="${ly - 9}" width="22" height="10" rx="5" fill="#b9d3ee"/><text x="${LABEL_W + 278}" y="${ly}" font-size="11" fill="#4a5560">± sd</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" class="bars" role="img" aria-label="${esc(text.title)}">` +
    `<title>${esc(text.title)}</title>${bands}${grid}${rows}${legend}</svg>`;
}

/** ▲ +0.3 · ▼ −0.4 · = 0.0: the arrow carries the direction, not the colour. */
function changeText(change: number): string {
  const rounded = Math.round(change * 10) / 10;
  if (rounded === 0) return '= 0.0';
  return rounded > 0 ? `▲ +${rounded.toFixed(1)}` : `▼ −${Math.abs(rounded).toFixed(1)}`;
}

function diamond(cx: number, cy: number, title: string): string {
  const r = 6;
  return `<path d="M${cx.toFixed(1)} ${cy - r} L${(cx + r).toFixed(1)} ${cy} L${cx.toFixed(1)} ${cy + r} L${(cx - r).toFixed(1)} ${cy} Z" fill="#ffffff" stroke="#1b1f24" stroke-width="1.5"><title>${esc(title)}</title></path>`;
}
