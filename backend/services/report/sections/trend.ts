import type { Content } from 'pdfmake/interfaces';
import { trendChart, trendFigures, type TrendFigure } from '../../../../shared/charts';
import { pctCell } from '../figures';
import { periodT, type SectionBuilder } from '../inputs';
import { CONTENT_WIDTH, chart, table } from '../layout';

/** The trend chart's height on the page; its values are placed for this size (shared/charts/trend.ts). */
const TREND_HEIGHT = 190;

/**
 * The pipeline over the last five years up to the year under review, as far as the data go: a table
 * and the same figures as lines. A single year would only repeat the key figures: then no section.
 */
export const trend: SectionBuilder = ({ inputs, w, period, head }) => {
  const years = inputs.trend;
  if (years.length < 2) return null;
  const { t, f } = w;
  const rows = [
    ...trendFigures.map((figure) => [t(`figure.${figure}`), ...years.map((y) => f.number(y[figure]))]),
    [t('figure.clearanceRate'), ...years.map((y) => pctCell(y.clearanceRatePct, w))],
  ];
  const names = Object.fromEntries(trendFigures.map((figure) => [figure, t(`funnel.${figure}`)])) as Record<
    TrendFigure,
    string
  >;
  const body: Content[] = [
    table({
      head: [t('column.indicator'), ...years.map((y) => head(y.year))],
      rows,
      // A quarter's heads ("III кв. 2024") take two lines in a year's width: the columns widen.
      widths: ['*', ...years.map(() => (period.isYear ? 52 : 62))],
      align: ['left', ...years.map(() => 'right' as const)],
    }),
    chart(
      period.isYear
        ? t('chart.trend', { from: years[0]!.year, to: years.at(-1)!.year })
        : periodT(inputs.language, 'trendTitle', {
            from: head(years[0]!.year),
            to: head(years.at(-1)!.year),
          }),
      trendChart(years, names, inputs.language, head, { width: CONTENT_WIDTH, height: TREND_HEIGHT }),
      CONTENT_WIDTH,
      TREND_HEIGHT,
    ),
  ];
  return { title: t('section.trend'), lead: [], body };
};
