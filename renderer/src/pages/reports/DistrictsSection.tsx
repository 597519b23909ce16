import { Table, type TableProps } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { districtsChart } from '../../../../shared/charts';
import type { AnnualStats, DistrictRow } from '../../../../shared/domain/stats';
import { SectionCard } from '../../components/case/SectionCard';
import { EChart } from '../../components/EChart';
import { currentLanguage } from '../../i18n/i18n';
import { ChangeText } from './ChangeText';
import { periodHeads } from '../../../../shared/report/period-words';
import { FigureLink } from './FigureLink';
import type { DrillRequest } from './report-query';
import { SectionLead } from './SectionLead';
import type { ReportLabels } from './useReportLabels';
import { useReviewNames } from './useReviewNames';
import '../../components/clickable-rows.css';

interface Props {
  stats: AnnualStats;
  labels: ReportLabels;
  open: (request: DrillRequest) => void;
  /** The narrative's sentences for this section. */
  lead: readonly string[];
}

/** Registrations per district in both years with the change; a row opens that district's cases. */
export function DistrictsSection({ stats, labels, open, lead }: Props) {
  const { t } = useTranslation();
  const names = useReviewNames();
  const { year } = stats;
  const previous = year - 1;
  const language = currentLanguage();
  const heads = useMemo(() => periodHeads(stats.period, year, language), [stats.period, year, language]);

  const openYear = (row: DistrictRow, y: number) =>
    open({ figure: 'registered', district: row.district, ...(y === year ? {} : { year: y }) });

  const count = (row: DistrictRow, y: number, value: number) => (
    <FigureLink
      label={
        heads.isYear
          ? t('reports.districts.cellLabel', { district: labels.district(row.district), year: y })
          : t('period.cellLabel', { name: labels.district(row.district), period: heads.of(y) })
      }
      count={value}
      onOpen={() => openYear(row, y)}
    />
  );

  const columns: TableProps<DistrictRow>['columns'] = [
    {
      title: names.column('district'),
      dataIndex: 'district',
      render: (name: string) => labels.district(name),
    },
    {
      title: heads.of(previous),
      dataIndex: 'previous',
      align: 'right',
      render: (value: number, row) => count(row, previous, value),
    },
    {
      title: heads.of(year),
      dataIndex: 'registered',
      align: 'right',
      render: (value: number, row) => count(row, year, value),
    },
    {
      title: names.column('change'),
      dataIndex: 'changePct',
      align: 'right',
      render: (pct: number | null) => <ChangeText pct={pct} />,
    },
  ];

  const chart = useMemo(
    () =>
      districtsChart(
        stats.districts.map((row) => ({ ...row, label: labels.district(row.district) })),
        { current: heads.of(year), previous: heads.of(previous) },
        labels.language,
      ),
    [stats.districts, labels, year, previous, heads],
  );

  return (
    <SectionCard title={names.section('districts')}>
      <SectionLead sentences={lead} />
      <Table<DistrictRow>
        rowKey="district"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={stats.districts}
        rowClassName="clickable-row"
        // The whole row opens the year's registrations; the counts are the keyboard's way in.
        onRow={(row) => ({ onClick: () => openYear(row, year) })}
        locale={{ emptyText: t('reports.districts.empty') }}
      />
      {stats.districts.length > 0 && (
        <EChart
          option={chart}
          height={240}
          label={
            heads.isYear
              ? t('reports.chart.districts', { year, previous })
              : t('period.districtsChart', { current: heads.of(year), previous: heads.of(previous) })
          }
          onItemClick={(index, series) => {
            const row = stats.districts[index];
            // Series 0 is the year before, series 1 the year under review (shared/charts/districts.ts).
            if (row) openYear(row, series === 0 ? previous : year);
          }}
        />
      )}
    </SectionCard>
  );
}
