import { Alert, Drawer, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReturnFocus } from '../../components/useReturnFocus';
import { useCaseFormat } from '../case/useCaseFormat';
import { drillBasis, drillColumns, drillKindOf, type NumberedRow } from './drill-columns';
import { drillCount, drillTitle } from './drill-title';
import { drillPageSizes, type DrillTarget } from './report-query';
import type { ReportLabels } from './useReportLabels';
import { useDrillPage } from './useDrillPage';
import { useScreenFormats } from './useScreenFormats';

interface Props {
  target: DrillTarget | null;
  labels: ReportLabels;
  onPage: (page: number, pageSize: number) => void;
  onClose: () => void;
}

/**
 * The answer to an auditor's "which 34?": the cases or persons behind a figure, page by page. Its
 * title names the figure and the count the backend found, which is the figure itself.
 */
export function DrillDrawer({ target, labels, onPage, onClose }: Props) {
  const { t } = useTranslation();
  const f = useScreenFormats();
  const format = useCaseFormat();
  // While the drawer slides away it keeps showing the list it had, rather than an empty shell.
  const [shown, setShown] = useState(target);
  if (target !== null && target !== shown) setShown(target);
  const { page, loading, error } = useDrillPage(shown);
  const afterOpenChange = useReturnFocus(target !== null);

  const title = shown ? drillTitle(t, shown, labels) : '';
  const heading = page ? `${title} — ${drillCount(t, page.kind, page.total, f.number)}` : title;
  const rows = useMemo<NumberedRow[]>(
    () => (page?.rows ?? []).map((row, rowId) => ({ ...row, rowId })),
    [page],
  );
  const columns =
    page && shown ? drillColumns(page.kind, shown.figure, { t, format, district: labels.district }) : [];

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
          {t(`reports.drill.basis.${drillBasis(shown.figure)}`, { year: shown.year })}
        </Typography.Paragraph>
      )}
      <Table<NumberedRow>
        rowKey="rowId"
        size="small"
        loading={loading}
        columns={columns}
        dataSource={rows}
        locale={{ emptyText: loading ? <span /> : t('reports.drill.empty') }}
        pagination={
          shown
            ? {
                current: shown.page,
                pageSize: shown.pageSize,
                total: page?.total ?? 0,
                showSizeChanger: true,
                pageSizeOptions: [...drillPageSizes],
                hideOnSinglePage: false,
                onChange: onPage,
              }
            : false
        }
      />
    </Drawer>
  );
}
