import type { EChartsOption } from 'echarts';
import type { Language } from '../domain/fields';
import { barValueText } from './bar-labels';
import { axisLabelStyle, baseOption, chartPalette, valueAxisStyle } from './theme';

export interface Bar {
  /** The category in the chart's language. */
  label: string;
  value: number;
  /** The share to print beside the count, when the figure has one. */
  pct?: number | null;
}

// The value labels' size (9 px) and a digit's width in it, a little over, so the longest bar's label
// ("38 916 · 47,7 %") is never cut at the chart's right edge.
const VALUE_FONT_SIZE = 9;
const VALUE_CHAR_WIDTH = 5.4;

/** Room on the right of the longest bar for its value label. */
const valueLabelRoom = (texts: string[]): number =>
  Math.ceil(Math.max(0, ...texts.map((text) => text.length)) * VALUE_CHAR_WIDTH) + 8;

const valueLabel = (language: Language, bar: Bar) => ({
  value: bar.value,
  label: { formatter: barValueText(language, bar.value, bar.pct) },
});

/**
 * Horizontal bars in the given order, top to bottom (platforms and tactics come largest first;
 * employment and sentence types are ranked by the caller). Long labels wrap instead of being cut.
 */
export function rankedBarsChart(bars: Bar[], language: Language, labelWidth = 150): EChartsOption {
  return {
    ...baseOption(),
    grid: {
      left: 4,
      right: valueLabelRoom(bars.map((bar) => barValueText(language, bar.value, bar.pct))),
      top: 4,
      bottom: 4,
      containLabel: true,
    },
    xAxis: { type: 'value', ...valueAxisStyle, axisLabel: { show: false }, splitLine: { show: false } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: bars.map((b) => b.label),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: chartPalette.muted } },
      axisLabel: { ...axisLabelStyle, width: labelWidth, overflow: 'break', lineHeight: 12 },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 14,
        itemStyle: { color: chartPalette.primary },
        label: { show: true, position: 'right', fontSize: VALUE_FONT_SIZE, color: chartPalette.text },
        data: bars.map((bar) => valueLabel(language, bar)),
      },
    ],
  };
}

/** A height that gives every horizontal bar room for a two-line label. */
export const rankedBarsHeight = (count: number) => 16 + Math.max(1, count) * 26;
