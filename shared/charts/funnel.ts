import type { EChartsOption } from 'echarts';
import type { Language } from '../domain/fields';
import type { PipelineCounts } from '../domain/stats';
import { formatsFor } from '../format';
import { axisLabelStyle, baseOption, chartPalette } from './theme';

/** The four steps of the funnel, in pipeline order. */
export const funnelSteps = [
  'registered',
  'forwardedToCourt',
  'convictedPersons',
  'imprisonedPersons',
] as const;
export type FunnelStep = (typeof funnelSteps)[number];

/**
 * Registered → forwarded to court → convicted → imprisoned, as a funnel of centred bars: each step a
 * rectangle as wide as its own figure (a reader judges a funnel by its areas, so a step is never
 * drawn from its figure to the next one's), the largest step the full width, none for a zero. The
 * steps count cases, then persons, so a later step may exceed an earlier one: it is not re-sorted.
 * The labels "name: value" stand in a column on the right, one beside each step.
 */
export function pipelineFunnelChart(
  pipeline: PipelineCounts,
  labels: Record<FunnelStep, string>,
  language: Language,
): EChartsOption {
  const f = formatsFor(language);
  const max = Math.max(1, ...funnelSteps.map((step) => pipeline[step]));
  return {
    ...baseOption(),
    // The steps take the left 46 % of the width; their labels "name: value" the rest.
    grid: { left: 8, top: 4, bottom: 4, right: '54%' },
    xAxis: { type: 'value', min: 0, max, show: false },
    yAxis: {
      type: 'category',
      inverse: true,
      position: 'right',
      data: funnelSteps.map((step) => `${labels[step]}: ${f.number(pipeline[step])}`),
      axisLine: { show: false },
      axisTick: { show: false },
      axisLabel: { ...axisLabelStyle, margin: 14 },
    },
    series: [
      {
        // The room left of each step, half of what it lacks of the largest: the steps stand centred.
        type: 'bar',
        stack: 'funnel',
        silent: true,
        barCategoryGap: '14%',
        itemStyle: { color: 'transparent' },
        emphasis: { disabled: true },
        data: funnelSteps.map((step) => (max - pipeline[step]) / 2),
      },
      {
        type: 'bar',
        stack: 'funnel',
        barCategoryGap: '14%',
        data: funnelSteps.map((step, i) => ({
          name: labels[step],
          // A step of none is no shape at all ('-': ECharts draws nothing, where a bar of no width
          // would still print a hairline in the PDF).
          value: pipeline[step] === 0 ? '-' : pipeline[step],
          itemStyle: { color: chartPalette.steps[i] },
        })),
      },
    ],
  };
}
