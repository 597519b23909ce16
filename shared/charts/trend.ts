import type { EChartsOption } from 'echarts';
import type { Language } from '../domain/fields';
import type { TrendYear } from '../domain/stats';
import { formatsFor } from '../format';
import { axisLabelStyle, baseOption, chartPalette, valueAxisStyle } from './theme';
import {
  placeTrendLabels,
  TREND_GRID,
  TREND_LABEL_DISTANCE,
  TREND_LABEL_FONT_SIZE,
  TREND_LABEL_HEIGHT,
  TREND_SYMBOL_SIZE,
  trendScale,
} from './trend-labels';

/** The trend's four lines, in the pipeline's order; each is labelled by the caller, translated. */
export const trendFigures = [
  'registered',
  'forwardedToCourt',
  'convictedPersons',
  'imprisonedPersons',
] as const;
export type TrendFigure = (typeof trendFigures)[number];

/**
 * The size the chart is drawn at: its values are placed for it. The Reports screen draws it 240 px
 * high (and as wide as the page, wider than the PDF's, where the lines run flatter); the PDF 190 by
 * its content's width.
 */
export interface TrendSize {
  width: number;
  height: number;
}
export const TREND_SCREEN_SIZE: TrendSize = { width: 480, height: 240 };

/**
 * The pipeline over the years as lines, one per figure, every point printing its own value: above
 * its marker, or below or beside it where another value, another line's marker or a line would
 * cover it. Lines that meet at one value print it once.
 */
export function trendChart(
  years: TrendYear[],
  names: Record<TrendFigure, string>,
  language: Language,
  /** A year's name on the axis: the year, or the same days of it ("Q3 2024") for a period's trend. */
  head: (year: number) => string = String,
  size: TrendSize = TREND_SCREEN_SIZE,
): EChartsOption {
  const f = formatsFor(language);
  const values = trendFigures.map((figure) => years.map((y) => y[figure]));
  const texts = values.map((line) => line.map((value) => f.number(value)));
  const scale = trendScale(values.flat());
  const places = placeTrendLabels(values, texts, scale.max, size.width, size.height);
  return {
    ...baseOption(),
    color: [...chartPalette.steps],
    legend: { top: 0, itemWidth: 14, itemHeight: 8, textStyle: { fontSize: 10 } },
    // The grid's place is fixed (no containLabel) so that the values' places fit the drawing.
    grid: { ...TREND_GRID, containLabel: false },
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
    yAxis: {
      type: 'value',
      ...valueAxisStyle,
      min: 0,
      max: scale.max,
      interval: scale.interval,
      axisLabel: { show: false },
    },
    series: trendFigures.map((figure, s) => ({
      type: 'line' as const,
      name: names[figure],
      symbolSize: TREND_SYMBOL_SIZE,
      label: {
        show: true,
        distance: TREND_LABEL_DISTANCE,
        fontSize: TREND_LABEL_FONT_SIZE,
        lineHeight: TREND_LABEL_HEIGHT,
        color: chartPalette.muted,
        // Where a line still passes behind a value (no place was free of all), the value stays legible.
        backgroundColor: '#fff',
      },
      data: years.map((y, i) => {
        const place = places[s]![i];
        return {
          value: y[figure],
          label: place
            ? { formatter: texts[s]![i]!, position: place.position, offset: place.offset }
            : { show: false, formatter: texts[s]![i]! },
        };
      }),
    })),
  };
}
