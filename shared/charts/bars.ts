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
    // Room on the right for the value label: wider when it carries a share.
    grid: {
      left: 4,
      right: bars.some((b) => b.pct != null) ? 64 : 28,
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
        label: { show: true, position: 'right', fontSize: 9, color: chartPalette.text },
        data: bars.map((bar) => valueLabel(language, bar)),
      },
    ],
  };
}

/** A height that gives every horizontal bar room for a two-line label. */
export const rankedBarsHeight = (count: number) => 16 + Math.max(1, count) * 26;
