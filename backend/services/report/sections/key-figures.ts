import type { Content } from 'pdfmake/interfaces';
import { chartPalette, funnelSteps, pipelineFunnelChart, type FunnelStep } from '../../../../shared/charts';
import { pipelineCountKeys, type PipelineCounts } from '../../../../shared/domain/stats';
import { translate } from '../../../../shared/i18n';
import { percent } from '../../../../shared/stats/rounding';
import { changeCell, pctCell, termCell } from '../figures';
import { periodT, type SectionBuilder, type SectionContext } from '../inputs';
import { CONTENT_WIDTH, chart, table } from '../layout';

/** The five headline numbers in a row, as the Astana review opens. */
function cards({ stats, w, previousYear, head }: SectionContext): Content {
  const { t, f } = w;
  const p = stats.pipeline;
  const card = (value: string, label: string, note: string): Content => ({
    stack: [
      { text: value, fontSize: 20, bold: true, color: chartPalette.primary },
      { text: label, fontSize: 8.5, margin: [0, 2, 0, 2] },
      { text: note, fontSize: 8, color: chartPalette.muted },
    ],
  });
  const registeredNote = `${changeCell(p.registered, stats.previousYear.registered, w, stats.registeredChangePct)} (${head(previousYear)}: ${f.number(stats.previousYear.registered)})`;
  return {
    columns: [
      card(f.number(p.registered), t('figure.registered'), registeredNote),
      card(f.number(p.forwardedToCourt), t('figure.forwardedToCourt'), ''),
      card(f.number(p.convictedPersons), t('figure.convictedPersons'), ''),
      card(f.number(p.imprisonedPersons), t('figure.imprisonedPersons'), termCell(p.imprisonmentYears, w)),
      card(pctCell(p.clearanceRatePct, w), t('figure.clearanceRate'), ''),
    ],
    columnGap: 12,
    margin: [0, 4, 0, 10],
  };
}

/** The year against the year before, figure by figure. */
function comparison({ stats, w, year, previousYear, head }: SectionContext): Content {
  const { t, f } = w;
  const p = stats.pipeline;
  const prev: PipelineCounts = stats.previousYear;
  const rows = pipelineCountKeys.map((key) => [
    t(`figure.${key}`),
    f.number(prev[key]),
    f.number(p[key]),
    changeCell(p[key], prev[key], w, key === 'registered' ? stats.registeredChangePct : undefined),
  ]);
  rows.push(
    [
      t('figure.clearanceRate'),
      pctCell(percent(prev.forwardedToCourt, prev.registered), w),
      pctCell(p.clearanceRatePct, w),
      '',
    ],
    [t('figure.imprisonmentTerms'), '', termCell(p.imprisonmentYears, w), ''],
  );
  return table({
    head: [t('column.indicator'), head(previousYear), head(year), t('column.change')],
    rows,
    widths: ['*', 70, 70, 70],
    align: ['left', 'right', 'right', 'right'],
  });
}

/** Registered → forwarded → convicted → imprisoned, drawn by the chart code the screen uses. */
function funnel({ stats, w, year, inputs, period }: SectionContext): Content[] {
  const { t } = w;
  // A funnel of zeros says nothing: a year without cases has the table only.
  if (funnelSteps.every((step) => stats.pipeline[step] === 0)) return [];
  const labels = Object.fromEntries(funnelSteps.map((step) => [step, t(`funnel.${step}`)])) as Record<
    FunnelStep,
    string
  >;
  const option = pipelineFunnelChart(stats.pipeline, labels, inputs.language);
  const title = period.isYear
    ? t('chart.funnel', { year })
    : periodT(inputs.language, 'funnelChart', { title: period.title });
  return [chart(title, option, CONTENT_WIDTH, 170)];
}

/** The crime the review counts, named before its first figure (or that it counts every case). */
const covers = ({ inputs }: SectionContext): string =>
  inputs.subject.title
    ? translate(inputs.language, 'subjects.review.covers', { subject: inputs.subject.title })
    : translate(inputs.language, 'subjects.review.coversAll');

export const keyFigures: SectionBuilder = (ctx) => ({
  title: ctx.w.t('section.keyFigures'),
  lead: [covers(ctx), ...ctx.narrative.keyFigures],
  body: [cards(ctx), comparison(ctx), ...funnel(ctx)],
});
