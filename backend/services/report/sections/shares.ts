import type { Content } from 'pdfmake/interfaces';
import { rankedBarsHeight, sharesChart } from '../../../../shared/charts';
import type { ShareRow } from '../../../../shared/domain/stats';
import type { LabelledKind } from '../../../../shared/report/narrative';
import { pctCell } from '../figures';
import type { SectionBuilder, SectionContext } from '../inputs';
import { CONTENT_WIDTH, chart, table, twoColumns } from '../layout';

type Ranked = Extract<LabelledKind, 'platform' | 'tactic'>;

const labelled = ({ label }: SectionContext, kind: Ranked, rows: ShareRow[]) =>
  rows.map((r) => ({ label: label(kind, r.name), cases: r.cases, pct: r.pct }));

/** Every value ranked: number, label, cases that name it, share of the year's registered cases. */
function ranking(ctx: SectionContext, kind: Ranked, rows: ShareRow[]): Content {
  const { t, f } = ctx.w;
  return {
    stack: [
      { text: t(kind === 'platform' ? 'chart.platforms' : 'chart.tactics'), style: 'subTitle' },
      table({
        head: [t('column.rank'), t(`column.${kind}`), t('column.cases'), t('column.share')],
        rows: labelled(ctx, kind, rows).map((r, i) => [
          f.number(i + 1),
          r.label,
          f.number(r.cases),
          pctCell(r.pct, ctx.w),
        ]),
        widths: [14, '*', 'auto', 'auto'],
        align: ['right', 'left', 'right', 'right'],
      }),
    ],
  };
}

/** The chart of one ranking at full width, so long tactic labels have room. */
function rankingChart(ctx: SectionContext, kind: Ranked, rows: ShareRow[]): Content[] {
  if (rows.length === 0) return [];
  const caption = ctx.w.t(kind === 'platform' ? 'chart.platforms' : 'chart.tactics');
  const option = sharesChart(labelled(ctx, kind, rows), ctx.inputs.language);
  return [chart(caption, option, CONTENT_WIDTH, rankedBarsHeight(rows.length))];
}

/** Platforms and tactics ranked by the cases that name them, tables side by side, then their charts. */
export const shares: SectionBuilder = (ctx) => {
  const { platforms, tactics } = ctx.stats;
  const body: Content[] = [];
  if (platforms.length || tactics.length)
    body.push(
      twoColumns(ranking(ctx, 'platform', platforms), ranking(ctx, 'tactic', tactics)),
      ...rankingChart(ctx, 'platform', platforms),
      ...rankingChart(ctx, 'tactic', tactics),
    );
  return { title: ctx.w.t('section.shares'), lead: ctx.narrative.shares, body };
};
