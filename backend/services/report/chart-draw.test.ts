import { describe, expect, it } from 'vitest';
import { rankedBarsChart, sharesChart } from '../../../shared/charts';
import { drawChart } from './chart-draw';
import { measureText } from './text-measure';

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
