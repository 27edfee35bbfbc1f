import { describe, expect, it } from 'vitest';
import { buildBarChartSvg } from '../../src/dashboard/svg-bar-chart.ts';
import { buildLineChartSvg } from '../../src/dashboard/svg-line-chart.ts';

const coords = (d: string) => [...d.matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe('line chart', () => {
  it('maps 0–100 % onto the plot, left to right, with one dot and tooltip per point', () => {
    const svg = buildLineChartSvg([{ label: 'W01', value: 0 }, { label: 'W02', value: 50 }, { label: 'W03', value: 100 }], { title: 'Op tijd', width: 244, height: 152 });
    // plot: x 44…232, y 12…112
    expect(coords(/<path d="([^"]+)"/.exec(svg)![1]!)).toEqual([[44, 112], [138, 62], [232, 12]]);
    expect(svg.match(/<circle /g)).toHaveLength(3);
    expect(svg).toContain('<title>W02: 50%</title>');
    expect(svg).toContain('role="img" aria-label="Op tijd"');
  });

  it('breaks the line at missing weeks instead of drawing a zero, and clamps out-of-range values', () => {
    const svg = buildLineChartSvg([{ label: 'a', value: 10 }, { label: 'b', value: 20 }, { label: 'c', value: null }, { label: 'd', value: 140 }], { title: 't' });
    const paths = [...svg.matchAll(/<path d="([^"]+)"/g)].map((m) => m[1]!);
    expect(paths).toHaveLength(2);
    expect(coords(paths[1]!)[0]![1]).toBe(12);
  });

  it('escapes labels and titles', () => {
    const svg = buildLineChartSvg([{ label: '<b>&', value: 1 }], { title: '"x" <y>' });
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&lt;b&gt;&amp;');
    expect(svg).toContain('&quot;x&quot; &lt;y&gt;');
  });
});

describe('bar chart', () => {
  it('stacks the parts of a row in proportion and prints the total', () => {
    const svg = buildBarChartSvg([
      { label: 'Team A', parts: [{ label: 'gedaan', value: 3, color: '#1e6b34' }, { label: 'open', value: 1, color: '#b58100' }] },
      { label: 'Team B', parts: [{ label: 'gedaan', value: 0, color: '#1e6b34' }, { label: 'open', value: 2, color: '#b58100' }] },
    ], { title: 'Afspraken', width: 530 });
    const widths = [...svg.matchAll(/<rect x="([\d.]+)" y="\d+" width="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    // scale = (530 - 130 - 40) / 4 = 90 per unit; a zero part draws nothing.
    expect(widths).toEqual([[130, 270], [400, 90], [130, 180]]);
    expect(svg).toContain('<title>Team A · open: 1</title>');
    expect(svg).toMatch(/>4<\/text>/);
    expect(svg).toMatch(/>2<\/text>/);
  });
});
