import type { EChartsOption } from 'echarts';
import type { Employment } from '../domain/case-record';
import type { Language } from '../domain/fields';
import { ageBands, type AgeBand } from '../domain/stats';
import { type Bar, rankedBarsChart } from './bars';

/** Victims by age at the case's registration, youngest band first, "unknown" last. */
export function victimAgeChart(
  counts: Record<AgeBand, number>,
  labels: Record<AgeBand, string>,
  language: Language,
): EChartsOption {
  // Horizontal, so band labels never collide however narrow the chart is; bands keep their order.
  return rankedBarsChart(
    ageBands.map((band) => ({ label: labels[band], value: counts[band] })),
    language,
    90,
  );
}

export type EmploymentKey = Employment | 'unknown';

/** Victims by employment, the most frequent first; values nobody had are left out. */
export function victimEmploymentChart(
  counts: Record<EmploymentKey, number>,
  labels: Record<EmploymentKey, string>,
  language: Language,
): EChartsOption {
  return rankedBarsChart(rankedEntries(counts, labels), language, 120);
}

/** Non-zero counts as bars, largest first; ties keep the given order so the chart is stable. */
export function rankedEntries<K extends string>(counts: Record<K, number>, labels: Record<K, string>): Bar[] {
  return (Object.keys(labels) as K[])
    .map((key, order) => ({ key, order, value: counts[key] }))
    .filter((e) => e.value > 0)
    .sort((a, b) => b.value - a.value || a.order - b.order)
    .map((e) => ({ label: labels[e.key], value: e.value }));
}
