import type { EChartsOption } from 'echarts';
import type { Language } from '../domain/fields';
import { formatsFor } from '../format';
import { axisLabelStyle, baseOption, chartPalette, valueAxisStyle } from './theme';

export interface DistrictBars {
  /** The district's label in the chart's language. */
  label: string;
  registered: number;
  previous: number;
}

/** Registered cases per district, the year before beside the year under review. */
export function districtsChart(
  rows: DistrictBars[],
  years: { current: string; previous: string },
  language: Language,
): EChartsOption {
  const f = formatsFor(language);
  const series = (name: string, color: string, values: number[]) => ({
    type: 'bar' as const,
    name,
    barMaxWidth: 28,
    barGap: '10%',
    itemStyle: { color },
    label: { show: true, position: 'top' as const, fontSize: 9, color: chartPalette.muted },
    data: values.map((value) => ({ value, label: { formatter: f.number(value) } })),
  });
  return {
    ...baseOption(),
    legend: { top: 0, itemWidth: 12, itemHeight: 10, textStyle: { fontSize: 10 } },
    grid: { left: 8, right: 8, top: 32, bottom: 4, containLabel: true },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.label),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: chartPalette.muted } },
      axisLabel: { ...axisLabelStyle, interval: 0, width: 80, overflow: 'break' },
    },
    // Every bar prints its own figure (through shared/format); ECharts would write the axis figures
    // its own way (1,200 in every language), so the axis shows none, as the other bar charts do.
    yAxis: { type: 'value', ...valueAxisStyle, axisLabel: { show: false } },
    series: [
      series(
        years.previous,
        chartPalette.secondary,
        rows.map((r) => r.previous),
      ),
      series(
        years.current,
        chartPalette.primary,
        rows.map((r) => r.registered),
      ),
    ],
  };
}
