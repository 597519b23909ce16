import type { Content } from 'pdfmake/interfaces';
import {
  victimAgeChart,
  victimEmploymentChart,
  rankedBarsHeight,
  type EmploymentKey,
} from '../../../../shared/charts';
import { employments } from '../../../../shared/domain/case-record';
import { ageBands } from '../../../../shared/domain/stats';
import { percent } from '../../../../shared/stats/rounding';
import { pctCell } from '../figures';
import type { SectionBuilder, SectionContext } from '../inputs';
import { HALF_WIDTH, chart, table, twoColumns } from '../layout';

const employmentKeys: EmploymentKey[] = [...employments, 'unknown'];

/** Victims by age band or by employment: count and share of all victims, every category listed. */
function breakdown<K extends string>(
  { stats, w }: SectionContext,
  keys: readonly K[],
  counts: Record<K, number>,
  labelKey: string,
  column: string,
): Content {
  const { t, f } = w;
  return table({
    head: [t(`column.${column}`), t('column.victims'), t('column.share')],
    rows: [
      ...keys.map((key) => [
        w.heading(`${labelKey}.${key}`),
        f.number(counts[key]),
        pctCell(percent(counts[key], stats.victims.total), w),
      ]),
      [t('total'), f.number(stats.victims.total), ''],
    ],
    widths: ['*', 'auto', 'auto'],
    align: ['left', 'right', 'right'],
    boldRows: [keys.length],
  });
}

/** The two breakdowns side by side, then their charts side by side (captions on one line). */
function victims(ctx: SectionContext): Content[] {
  const { stats, w, inputs } = ctx;
  const { t } = w;
  const labels = <K extends string>(keys: readonly K[], prefix: string) =>
    Object.fromEntries(keys.map((key) => [key, w.heading(`${prefix}.${key}`)])) as Record<K, string>;
  const tables = twoColumns(
    breakdown(ctx, ageBands, stats.victims.ageBands, 'ageBand', 'ageBand'),
    breakdown(ctx, employmentKeys, stats.victims.employment, 'employment', 'employment'),
  );
  if (stats.victims.total === 0) return [tables];
  const shownJobs = employmentKeys.filter((e) => stats.victims.employment[e] > 0).length;
  const ageChart = victimAgeChart(stats.victims.ageBands, labels(ageBands, 'ageBand'), inputs.language);
  const jobChart = victimEmploymentChart(
    stats.victims.employment,
    labels(employmentKeys, 'employment'),
    inputs.language,
  );
  const height = Math.max(rankedBarsHeight(ageBands.length), rankedBarsHeight(shownJobs));
  return [
    tables,
    twoColumns(
      chart(t('chart.ageBands'), ageChart, HALF_WIDTH, height),
      chart(t('chart.employment'), jobChart, HALF_WIDTH, height),
    ),
  ];
}

function offenders({ stats, w }: SectionContext): Content {
  const { t } = w;
  const o = stats.offenders;
  return table({
    head: [t('column.indicator'), t('column.share')],
    rows: [
      [t('offender.men'), pctCell(o.menPct, w)],
      [t('offender.age17to60'), pctCell(o.age17to60Pct, w)],
      [t('offender.priorConviction'), pctCell(o.priorConvictionPct, w)],
      [t('offender.unemployed'), pctCell(o.unemployedPct, w)],
      [t('offender.groupCrime'), pctCell(stats.groupCrimePct, w)],
    ],
    widths: ['*', 80],
    align: ['left', 'right'],
  });
}

/** Who the victims were (with charts), who the offenders were, how many crimes were committed by a group. */
export const people: SectionBuilder = (ctx) => {
  const [aboutVictims = '', aboutOffenders = ''] = ctx.narrative.people;
  const { t } = ctx.w;
  return {
    title: t('section.people'),
    lead: [aboutVictims],
    body: [
      ...victims(ctx),
      {
        unbreakable: true,
        stack: [
          { text: t('subsection.offenders'), style: 'subTitle' },
          { text: aboutOffenders, style: 'lead' },
          offenders(ctx),
        ],
      },
    ],
  };
};
