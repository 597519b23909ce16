import type { EChartsOption } from 'echarts';
import type { Language } from '../domain/fields';
import type { PipelineCounts } from '../domain/stats';
import { formatsFor } from '../format';
import { baseOption, chartPalette } from './theme';

/** The four steps of the funnel, in pipeline order. */
export const funnelSteps = [
  'registered',
  'forwardedToCourt',
  'convictedPersons',
  'imprisonedPersons',
] as const;
export type FunnelStep = (typeof funnelSteps)[number];

/**
 * Registered → forwarded to court → convicted → imprisoned. The widths follow the figures (the
 * steps count cases, then persons, so a later step may exceed an earlier one: it is not re-sorted).
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
    series: [
      {
        type: 'funnel',
        sort: 'none',
        left: 8,
        top: 8,
        bottom: 8,
        width: '46%',
        min: 0,
        max,
        minSize: '6%',
        gap: 3,
        itemStyle: { borderWidth: 0 },
        label: { position: 'right', color: chartPalette.text, fontSize: 10 },
        labelLine: { length: 14, lineStyle: { color: chartPalette.secondary } },
        data: funnelSteps.map((step, i) => ({
          name: labels[step],
          value: pipeline[step],
          itemStyle: { color: chartPalette.steps[i] },
          label: { formatter: `${labels[step]}: ${f.number(pipeline[step])}` },
        })),
      },
    ],
  };
}
