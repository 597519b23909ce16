import type { EChartsOption } from 'echarts';
import type { Language } from '../domain/fields';
import type { SentenceType } from '../domain/case-record';
import { rankedBarsChart } from './bars';
import { rankedEntries } from './victims';

export interface LabelledShare {
  /** The platform's or tactic's label in the chart's language. */
  label: string;
  cases: number;
  pct: number | null;
}

/** Platforms or tactics as the statistics rank them (largest first), with count and share. */
export function sharesChart(rows: LabelledShare[], language: Language): EChartsOption {
  return rankedBarsChart(
    rows.map((r) => ({ label: r.label, value: r.cases, pct: r.pct })),
    language,
  );
}

/** Persons sentenced in the year by type of sentence, the most frequent first. */
export function sentencesChart(
  byType: Record<SentenceType, number>,
  labels: Record<SentenceType, string>,
  language: Language,
): EChartsOption {
  return rankedBarsChart(rankedEntries(byType, labels), language, 140);
}
