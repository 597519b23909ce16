import { usePageArrows } from '../../components/usePageArrows';
import { Alert, Drawer, Table, Typography, type TablePaginationConfig } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonitoringDrillKey } from '../../../../shared/domain/monitoring-stats';
import { useReturnFocus } from '../../components/useReturnFocus';
import { useApiQuery } from '../../query/use-api';
import { useCaseFormat } from '../case/useCaseFormat';
import { drillBasisText, drillColumns, drillKindOf, type NumberedRow } from './drill-columns';
import { drillCount, drillTitle } from './drill-title';
import { monitoredDrillColumns, type NumberedMonitoredRow } from './monitored-drill-columns';
import { drillPageSizes, type DrillTarget } from './report-query';
import type { ReportLabels } from './useReportLabels';
import { subjectOf } from './subject-query';
import { useScreenFormats } from './useScreenFormats';

const emptyTarget: DrillTarget = {
  figure: 'registered',
  year: 0,
  district: null,
  page: 1,
  pageSize: 1,
};

/** The same list whatever page of it is shown. */
type ListOf = Pick<DrillTarget, 'figure' | 'key' | 'year'> & {
  district?: string | null;
  /** As the API takes it (subjectOf): absent, the default; null, every case. */
  subject?: string | null;
  period?: DrillTarget['period'];
};
const sameList = (a: ListOf, b: ListOf) =>
  a.figure === b.figure &&
  a.key === b.key &&
  a.year === b.year &&
  a.subject === b.subject &&
  a.period?.from === b.period?.from &&
  a.period?.to === b.period?.to &&
  (a.district ?? null) === (b.district ?? null);

interface Props {
  target: DrillTarget | null;
  labels: ReportLabels;
  /** The title of the subject the figures count (null for every case): the list is of its cases. */
  subject: string | null;
  onPage: (page: number, pageSize: number) => void;
  onClose: () => void;
}

/**
 * The answer to an auditor's "which 34?": the cases or persons behind a figure, page by page. Its
 * title names the figure and the count the backend found, which is the figure itself.
 */
export function DrillDrawer({ target, labels, subject: subjectTitle, onPage, onClose }: Props) {
  const { t } = useTranslation();
  const arrows = usePageArrows();
  const f = useScreenFormats();
  const format = useCaseFormat();
  // While the drawer slides away it keeps showing the list it had, rather than an empty shell.
  const [shown, setShown] = useState(target);
  if (target !== null && target !== shown) setShown(target);
  // The backend builds the list from the same SQL as the figure, so its total is the figure itself.
  const { figure, key, year, district, subject, period, page: pageNumber, pageSize } = shown ?? emptyTarget;
  const drill = useApiQuery(
    'reports.drilldown',
    {
      figure,
      ...(key ? { key } : {}),
      year,
      district,
      period: period ?? null,
      ...subjectOf(subject),
      page: pageNumber,
      pageSize,
    },
    {
      enabled: shown !== null,
      // The previous page stays while the next one loads, but never another figure's list.
      placeholderData: (previous, previousQuery) => {
        const previousTarget = previousQuery?.queryKey[1];
        return previousTarget && shown && sameList(previousTarget, { ...shown, ...subjectOf(shown.subject) })
          ? previous
          : undefined;
      },
    },
  );
  const page = drill.data ?? null;
  const loading = drill.isFetching;
  const error = drill.apiError?.message ?? null;
  const afterOpenChange = useReturnFocus(target !== null);

  const title = shown ? drillTitle(t, shown, labels, subjectTitle) : '';
  const heading = page ? `${title} — ${drillCount(t, page.kind, page.total, f.number)}` : title;
  // Rows of the register's persons and rows of the cases' parties are told apart by the page's kind.
  const { caseRows, personRows } = useMemo(() => {
    if (page?.kind === 'monitoredPersons')
      return { caseRows: [], personRows: page.rows.map((row, rowId) => ({ ...row, rowId })) };
    return { caseRows: (page?.rows ?? []).map((row, rowId) => ({ ...row, rowId })), personRows: [] };
  }, [page]);
  const context = { t, format, district: labels.district };
  const monitored = shown?.figure === 'monitoredPersons';

  const pagination: TablePaginationConfig | false = shown
    ? {
        ...arrows,
        current: shown.page,
        pageSize: shown.pageSize,
        total: page?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [...drillPageSizes],
        hideOnSinglePage: false,
        onChange: onPage,
      }
    : false;
  const tableProps = {
    rowKey: 'rowId',
    size: 'small' as const,
    loading,
    locale: { emptyText: loading ? <span /> : t('reports.drill.empty') },
    pagination,
  };

  return (
    <Drawer
      open={target !== null}
      onClose={onClose}
      title={heading}
      // Persons have more columns; never wider than the window leaves room for.
      size={Math.min(shown && drillKindOf(shown.figure) === 'persons' ? 1100 : 820, window.innerWidth - 40)}
      destroyOnHidden
      afterOpenChange={afterOpenChange}
      closable={{ 'aria-label': t('reports.drill.close') }}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      {shown && (
        <Typography.Paragraph type="secondary">
          {drillBasisText(t, shown, labels.language)}
        </Typography.Paragraph>
      )}
      {monitored ? (
        <Table<NumberedMonitoredRow>
          {...tableProps}
          columns={monitoredDrillColumns(shown.key as MonitoringDrillKey | undefined, context)}
          dataSource={personRows}
        />
      ) : (
        <Table<NumberedRow>
          {...tableProps}
          columns={
            page && shown && page.kind !== 'monitoredPersons'
              ? drillColumns(page.kind, shown.figure, context)
              : []
          }
          dataSource={caseRows}
        />
      )}
    </Drawer>
  );
}
