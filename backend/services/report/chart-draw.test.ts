import { describe, expect, it } from 'vitest';
import {
  chartPalette,
  pipelineFunnelChart,
  rankedBarsChart,
  sharesChart,
  trendChart,
} from '../../../shared/charts';
import type { TrendYear } from '../../../shared/domain/stats';
import { drawChart } from './chart-draw';
import { measureText } from './text-measure';
import { trendYear } from '../../../shared/charts/testing/trend-year';

// Numbers are grouped with a no-break space in ru and kk (shared/format.ts).
const NBSP = '\u00a0';

/** Each value label beside a bar (`text-anchor="start"`): its text, where it starts and its size. */
function valueLabels(svg: string): { text: string; right: number }[] {
  return [
    ...svg.matchAll(
      /<text[^>]*text-anchor="start"[^>]*font-size:(\d+)px[^>]*translate\(([\d.]+) [\d.]+\)[^>]*>([^<]+)<\/text>/g,
    ),
  ].map(([, size, x, text]) => ({
    text: text!,
    right: Number(x) + measureText(text!, `${size}px Roboto`).width,
  }));
}

describe('a ranked bar chart drawn for the PDF', () => {
  it('keeps the longest bar’s count inside the chart', () => {
    const width = 240;
    const svg = drawChart(
      rankedBarsChart(
        [
          { label: '40–59 лет', value: 38_916 },
          { label: 'До 18 лет', value: 26 },
        ],
        'ru',
      ),
      width,
      80,
    );
    const labels = valueLabels(svg);
    expect(labels.map((label) => label.text)).toEqual([`38${NBSP}916`, '26']);
    for (const label of labels) expect(label.right).toBeLessThanOrEqual(width);
  });

  it('keeps a count with its share inside the chart', () => {
    const width = 260;
    const svg = drawChart(
      sharesChart(
        [
          { label: 'Telegram', cases: 128_451, pct: 38.3 },
          { label: 'Badoo', cases: 8_860, pct: 11.9 },
        ],
        'ru',
      ),
      width,
      80,
    );
    const labels = valueLabels(svg);
    expect(labels.map((label) => label.text)).toEqual([
      `128${NBSP}451 · 38,3${NBSP}%`,
      `8${NBSP}860 · 11,9${NBSP}%`,
    ]);
    for (const label of labels) expect(label.right).toBeLessThanOrEqual(width);
  });
});

/** The corners of each filled shape of `color` in the SVG: a path (M, L, l, Z) or a polygon. */
function shapesOf(svg: string, color: string): [number, number][][] {
  const shapes = [
    ...svg.matchAll(
      new RegExp(`<(path d|polygon points)="([^"]+)"[^>]*fill="${color}"[^>]*ecmeta_series_index`, 'g'),
    ),
  ];
  return shapes.map(([, kind, d]) => {
    if (kind === 'polygon points') {
      const numbers = d!
        .trim()
        .split(/[\s,]+/)
        .map(Number);
      return numbers.flatMap((n, i) => (i % 2 === 0 ? [[n, numbers[i + 1]!] as [number, number]] : []));
    }
    const points: [number, number][] = [];
    for (const [, command, x, y] of d!.matchAll(/([MLl])\s*(-?[\d.]+)[ ,](-?[\d.]+)/g)) {
      const last = points.at(-1) ?? [0, 0];
      points.push(command === 'l' ? [last[0] + Number(x), last[1] + Number(y)] : [Number(x), Number(y)]);
    }
    return points;
  });
}

/** A shape's width along its top edge and along its bottom edge, and its middle. */
function edges(points: [number, number][]): { top: number; bottom: number; middle: number } {
  const ys = points.map(([, y]) => y);
  const along = (y: number) => {
    const xs = points.filter(([, py]) => Math.abs(py - y) < 0.01).map(([x]) => x);
    return Math.max(...xs) - Math.min(...xs);
  };
  const xs = points.map(([x]) => x);
  return {
    top: along(Math.min(...ys)),
    bottom: along(Math.max(...ys)),
    middle: (Math.max(...xs) + Math.min(...xs)) / 2,
  };
}

describe('the pipeline funnel drawn for the PDF', () => {
  const labels = {
    registered: 'Зарегистрировано',
    forwardedToCourt: 'Направлено в суд',
    convictedPersons: 'Осуждено',
    imprisonedPersons: 'Лишение свободы',
  };
  const pipeline = (registered: number, forwarded: number, convicted: number, imprisoned: number) => ({
    registered,
    forwardedToCourt: forwarded,
    convictedPersons: convicted,
    sentencedPersons: convicted,
    imprisonedPersons: imprisoned,
  });

  it('draws each step as wide as its own figure, top and bottom alike, centred (2025: 13, 9, 13, 8)', () => {
    const svg = drawChart(pipelineFunnelChart(pipeline(13, 9, 13, 8), labels, 'ru'), 483, 170);
    const steps = chartPalette.steps.map((color) => shapesOf(svg, color).map(edges));
    expect(steps.map((shapes) => shapes.length)).toEqual([1, 1, 1, 1]);
    const [registered, forwarded, convicted, imprisoned] = steps.map((shapes) => shapes[0]!);
    // A rectangle each: a step of 9 does not widen to the 13 after it.
    for (const step of [registered, forwarded, convicted, imprisoned])
      expect(step!.bottom).toBeCloseTo(step!.top, 0);
    const full = registered!.top;
    expect(convicted!.top).toBeCloseTo(full, 0);
    expect(forwarded!.top).toBeCloseTo((full * 9) / 13, 0);
    expect(imprisoned!.top).toBeCloseTo((full * 8) / 13, 0);
    for (const step of [forwarded, convicted, imprisoned])
      expect(step!.middle).toBeCloseTo(registered!.middle, 0);
  });

  it('draws no shape for a step of none before a larger one (2026: 0, 0, 1, 1)', () => {
    const svg = drawChart(pipelineFunnelChart(pipeline(0, 0, 1, 1), labels, 'ru'), 483, 170);
    const widths = chartPalette.steps.map((color) => shapesOf(svg, color).map((shape) => edges(shape).top));
    expect(widths[0]).toEqual([]);
    expect(widths[1]).toEqual([]);
    expect(widths[2]![0]).toBeCloseTo(widths[3]![0]!, 0);
    expect(svg).toContain('Направлено в суд: 0');
    expect(svg).toContain('Лишение свободы: 1');
  });
});

/** The trend chart's value labels, markers and lines as the SVG draws them. */
function trendDrawing(svg: string) {
  const labels = [...svg.matchAll(/<text([^>]*font-size:9px[^>]*)>([^<]+)<\/text>/g)].map(
    ([, attributes, text]) => {
      const attribute = (pattern: RegExp) => pattern.exec(attributes!)?.slice(1) ?? [];
      const [anchor = 'start'] = attribute(/text-anchor="(\w+)"/);
      const [dy = '0'] = attribute(/ y="(-?[\d.]+)"/);
      const [x = '0', y = '0'] = attribute(/translate\((-?[\d.]+) (-?[\d.]+)\)/);
      const width = measureText(text!, '9px Roboto').width;
      const left = Number(x) - (anchor === 'start' ? 0 : anchor === 'middle' ? width / 2 : width);
      const cy = Number(y) + Number(dy);
      // The digits' height about the central baseline: 0.71 em.
      return { text: text!, left, right: left + width, top: cy - 3.2, bottom: cy + 3.2 };
    },
  );
  const markers = [
    ...svg.matchAll(/transform="matrix\(2\.5,0,0,2\.5,(-?[\d.]+),(-?[\d.]+)\)"[^>]*ecmeta_series_index/g),
  ].map(([, x, y]) => ({
    left: Number(x) - 3.5,
    right: Number(x) + 3.5,
    top: Number(y) - 3.5,
    bottom: Number(y) + 3.5,
  }));
  const lines = [...svg.matchAll(/<g clip-path="[^"]*">\s*<path d="([^"]+)"/g)].map(([, d]) =>
    [...d!.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map(([, x, y]) => [Number(x), Number(y)] as const),
  );
  return { labels, markers, lines };
}

type Box = { left: number; right: number; top: number; bottom: number };
const overlap = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Whether the line (2 px wide) from a to b passes over the box, by sampling it every half pixel. */
function crosses(box: Box, a: readonly [number, number], b: readonly [number, number]): boolean {
  const steps = Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) * 2);
  for (let i = 0; i <= steps; i++) {
    const x = a[0] + ((b[0] - a[0]) * i) / steps;
    const y = a[1] + ((b[1] - a[1]) * i) / steps;
    if (x > box.left - 1 && x < box.right + 1 && y > box.top - 1 && y < box.bottom + 1) return true;
  }
  return false;
}

describe('the trend chart drawn for the PDF and at the screen’s size', () => {
  const names = {
    registered: 'Зарегистрировано',
    forwardedToCourt: 'Направлено в суд',
    convictedPersons: 'Осуждено',
    imprisonedPersons: 'Лишение свободы',
  };
  // The audit's data set (8 under 9, 3 under 4, 13 twice) and its large one (6 125 and 7 203 twice).
  const small = [trendYear(2024, 10, 6, 4, 3), trendYear(2025, 13, 9, 13, 8)];
  const large = [trendYear(2024, 10_500, 7_000, 6_125, 6_125), trendYear(2025, 12_345, 8_231, 7_203, 7_203)];
  const sizes = [
    {
      name: 'PDF',
      draw: (years: TrendYear[]) =>
        drawChart(trendChart(years, names, 'ru', String, { width: 483, height: 190 }), 483, 190),
    },
    { name: 'screen', draw: (years: TrendYear[]) => drawChart(trendChart(years, names, 'ru'), 1000, 240) },
  ];

  for (const { name, draw } of sizes)
    for (const [set, years] of [
      ['small', small],
      ['large', large],
    ] as const)
      it(`${name}, ${set} figures: each value printed once, clear of the other values, markers and lines`, () => {
        const { labels, markers, lines } = trendDrawing(draw(years));
        // Every year prints each of its values once (lines meeting at a value print it once).
        const printed = labels.map((l) => l.text.replace(NBSP, ' ')).sort();
        const expected = (
          set === 'small'
            ? ['10', '6', '4', '3', '13', '9', '8']
            : ['10 500', '7 000', '6 125', '12 345', '8 231', '7 203']
        ).sort();
        expect(printed).toEqual(expected);
        labels.forEach((label, i) => {
          labels.forEach((other, j) => {
            if (i < j) expect(overlap(label, other), `${label.text} / ${other.text}`).toBe(false);
          });
          for (const marker of markers)
            expect(overlap(label, marker), `${label.text} on a marker`).toBe(false);
          for (const points of lines)
            for (let k = 1; k < points.length; k++)
              expect(crosses(label, points[k - 1]!, points[k]!), `a line through ${label.text}`).toBe(false);
        });
      });
});

describe('a category label drawn for the PDF', () => {
  /** The category axis's labels (`text-anchor="end"`), one entry per drawn line. */
  const axisLines = (svg: string) =>
    [...svg.matchAll(/<text[^>]*text-anchor="end"[^>]*>([^<]+)<\/text>/g)].map(([, text]) => text!.trim());

  it('breaks at its width by the glyphs’ real widths (ECharts counts a Cyrillic letter as 4.4 px)', () => {
    // 171 px at 10 px Roboto: wider than 160; ECharts' own count makes it 138–150 px.
    const label = 'Выдача себя за сотрудника органов';
    expect(measureText(label, '10px Roboto').width).toBeGreaterThan(160);
    const svg = drawChart(
      rankedBarsChart(
        [
          { label, value: 19, pct: 32.8 },
          { label: 'Telegram', value: 5, pct: 8.6 },
        ],
        'ru',
        160,
      ),
      483,
      120,
    );
    expect(axisLines(svg)).toEqual(['Выдача себя за сотрудника', 'органов', 'Telegram']);
  });
});
