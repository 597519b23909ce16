import type { Content } from 'pdfmake/interfaces';
import { districtsChart } from '../../../../shared/charts';
import { changeCell } from '../figures';
import type { SectionBuilder } from '../inputs';
import { CONTENT_WIDTH, chart, table } from '../layout';

/**
 * Registered cases per district in both years with the change ("new" from zero), a total and a
 * chart; a review of one district shows its one row only.
 */
export const districts: SectionBuilder = ({
  stats,
  w,
  label,
  narrative,
  year,
  previousYear,
  inputs,
  head,
}) => {
  const { t, f } = w;
  const rows = stats.districts.map((d) => [
    label('district', d.district),
    f.number(d.previous),
    f.number(d.registered),
    changeCell(d.registered, d.previous, w, d.changePct),
  ]);
  const body: Content[] = [];
  if (rows.length === 0) return { title: t('section.districts'), lead: narrative.districts, body };
  const several = rows.length > 1;
  const prev = stats.previousYear.registered;
  const now = stats.pipeline.registered;
  body.push(
    table({
      head: [t('column.district'), head(previousYear), head(year), t('column.change')],
      rows: several
        ? [
            ...rows,
            [t('total'), f.number(prev), f.number(now), changeCell(now, prev, w, stats.registeredChangePct)],
          ]
        : rows,
      widths: ['*', 70, 70, 80],
      align: ['left', 'right', 'right', 'right'],
      boldRows: several ? [rows.length] : [],
    }),
  );
  if (several) {
    const bars = stats.districts.map((d) => ({
      label: label('district', d.district),
      registered: d.registered,
      previous: d.previous,
    }));
    const years = { current: head(year), previous: head(previousYear) };
    body.push(chart(t('chart.districts'), districtsChart(bars, years, inputs.language), CONTENT_WIDTH, 200));
  }
  return { title: t('section.districts'), lead: narrative.districts, body };
};
