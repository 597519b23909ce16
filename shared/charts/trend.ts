import type { EChartsOption } from 'echarts';
import type { Language } from '../domain/fields';
import type { TrendYear } from '../domain/stats';
import { formatsFor } from '../format';
import { axisLabelStyle, baseOption, chartPalette, valueAxisStyle } from './theme';

/** The trend's four lines, in the pipeline's order; each is labelled by the caller, translated. */
export const trendFigures = [
  'registered',
  'forwardedToCourt',
  'convictedPersons',
  'imprisonedPersons',
] as const;
export type TrendFigure = (typeof trendFigures)[number];

/** The pipeline over the years as lines, one per figure, every point printing its own value. */
export function trendChart(
  years: TrendYear[],
  names: Record<TrendFigure, string>,
  language: Language,
  /** A year's name on the axis: the year, or the same days of it ("Q3 2024") for a period's trend. */
  head: (year: number) => string = String,
): EChartsOption {
  const f = formatsFor(language);
  return {
    ...baseOption(),
    color: [...chartPalette.steps],
    legend: { top: 0, itemWidth: 14, itemHeight: 8, textStyle: { fontSize: 10 } },
    grid: { left: 8, right: 16, top: 36, bottom: 4, containLabel: true },
    xAxis: {
      type: 'category',
      data: years.map((y) => head(y.year)),
      // Points in the middle of their year, so the first and last years' labels are not cut at the edges.
      boundaryGap: true,
      axisTick: { show: false },
      axisLine: { lineStyle: { color: chartPalette.muted } },
      axisLabel: axisLabelStyle,
    },
    // As on the other charts, the points print their figures through shared/format; the axis none.
    yAxis: { type: 'value', ...valueAxisStyle, axisLabel: { show: false } },
    series: trendFigures.map((figure) => ({
      type: 'line' as const,
      name: names[figure],
      symbolSize: 5,
      label: { show: true, position: 'top' as const, fontSize: 9, color: chartPalette.muted },
      data: years.map((y) => ({ value: y[figure], label: { formatter: f.number(y[figure]) } })),
    })),
  };
}
