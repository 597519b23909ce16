import { keepPreviousData } from '@tanstack/react-query';
import { Table, type TableProps } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { trendChart, trendFigures, type TrendFigure } from '../../../../shared/charts';
import type { StatsPeriod, TrendYear } from '../../../../shared/domain/stats';
import { SectionCard } from '../../components/case/SectionCard';
import { EChart } from '../../components/EChart';
import { currentLanguage } from '../../i18n/i18n';
import { LoadError } from '../../query/LoadError';
import { useApiQuery } from '../../query/use-api';
import { periodHeads } from '../../../../shared/report/period-words';
import { FigureLink } from './FigureLink';
import { countedQuery } from './subject-query';
import type { DrillRequest } from './report-query';
import { useReviewNames } from './useReviewNames';
import { useScreenFormats } from './useScreenFormats';

interface Props {
  year: number;
  district: string | null;
  /** The articles the review's figures counted (null: every case), so the trend counts the same. */
  articles: string[] | null;
  /** The review's days: each earlier year's same days are its trend values. */
  period: StatsPeriod;
  open: (request: DrillRequest) => void;
}

/** A table row: one figure across the years, or the clearance rate (a ratio: nothing to open). */
type Row = { key: TrendFigure } | { key: 'clearanceRatePct' };

/**
 * The pipeline over the last five years up to the year under review (as far as the data go): a table
 * whose every count opens that year's cases or persons, and the same figures as lines.
 */
export function TrendSection({ year, district, articles, period, open }: Props) {
  const { t } = useTranslation();
  const f = useScreenFormats();
  const reviewNames = useReviewNames();
  const trend = useApiQuery(
    'reports.trend',
    { year, district, period, ...countedQuery(articles) },
    { placeholderData: keepPreviousData },
  );
  const years = useMemo(() => trend.data?.years ?? [], [trend.data]);

  // As in the review: the table's rows by the figures' names, the chart's lines by the funnel's.
  const names = useMemo(
    () =>
      Object.fromEntries(trendFigures.map((key) => [key, reviewNames.figure(key)])) as Record<
        TrendFigure,
        string
      >,
    [reviewNames],
  );
  const lines = useMemo(
    () =>
      Object.fromEntries(trendFigures.map((key) => [key, reviewNames.funnel(key)])) as Record<
        TrendFigure,
        string
      >,
    [reviewNames],
  );
  const language = currentLanguage();
  const heads = useMemo(() => periodHeads(period, year, language), [period, year, language]);
  // A quarter's trend is of that quarter in each year: the chart's axis says so too.
  const chart = useMemo(() => trendChart(years, lines, language, heads.of), [years, lines, language, heads]);

  const cell = (row: Row, y: TrendYear) => {
    if (row.key === 'clearanceRatePct') return f.percent(y.clearanceRatePct);
    const figure = row.key;
    return (
      <FigureLink
        label={
          heads.isYear
            ? t('reports.trend.cellLabel', { figure: names[figure], year: y.year })
            : t('period.cellLabel', { name: names[figure], period: heads.of(y.year) })
        }
        count={y[figure]}
        onOpen={() => open({ figure, ...(y.year === year ? {} : { year: y.year }) })}
      />
    );
  };

  const columns: TableProps<Row>['columns'] = [
    {
      title: reviewNames.column('indicator'),
      key: 'figure',
      render: (_, row) =>
        row.key === 'clearanceRatePct' ? reviewNames.figure('clearanceRate') : names[row.key],
    },
    ...years.map((y) => ({
      title: heads.of(y.year),
      key: String(y.year),
      align: 'right' as const,
      render: (_: unknown, row: Row) => cell(row, y),
    })),
  ];
  const rows: Row[] = [...trendFigures.map((key) => ({ key })), { key: 'clearanceRatePct' }];

  return (
    <SectionCard title={reviewNames.section('trend')}>
      <LoadError error={trend.apiError} onRetry={trend.refetch} style={{ marginBottom: 16 }} />
      <Table<Row>
        rowKey="key"
        size="small"
        pagination={false}
        loading={trend.isPending}
        columns={columns}
        dataSource={trend.data ? rows : []}
        scroll={{ x: true }}
      />
      {years.length > 1 && (
        <EChart
          option={chart}
          height={240}
          label={
            heads.isYear
              ? t('reports.chart.trend', { from: years[0]!.year, to: year })
              : t('period.trendChart', { from: heads.of(years[0]!.year), to: heads.of(year) })
          }
          onItemClick={(index, series) => {
            const figure = trendFigures[series];
            const y = years[index];
            if (figure && y && y[figure] > 0) open({ figure, ...(y.year === year ? {} : { year: y.year }) });
          }}
        />
      )}
    </SectionCard>
  );
}
