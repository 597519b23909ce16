import type { TableProps } from 'antd';
import type { TFunction } from 'i18next';
import { Fragment } from 'react';
import { Link } from 'react-router';
import type { MonitoredDrillRow, MonitoringDrillKey } from '../../../../shared/domain/monitoring-stats';
import type { CaseFormat } from '../case/format';
import { NO_VALUE } from './report-format';

export type NumberedMonitoredRow = MonitoredDrillRow & { rowId: number };
type Columns = NonNullable<TableProps<NumberedMonitoredRow>['columns']>;

/** Figures whose list says how many of the periods or events are each person's. */
const countedKeys: readonly string[] = ['newPeriods', 'missedCheckIns', 'violations', 'warnings'];
/** Figures whose list names the cases that put each person there. */
const caseKeys: readonly string[] = ['reoffended', 'reoffenceFailures', 'amongOffenders'];

interface Context {
  t: TFunction;
  format: CaseFormat;
  district: (name: string) => string;
}

/** "Probation, 01.10.2023 – 31.08.2025", or "Probation since 01.10.2023" for an open end. */
function supervisionText({ t, format }: Context, period: MonitoredDrillRow['period']): string {
  if (!period) return NO_VALUE;
  const type = t(`monitoring.supervisionType.${period.type}`);
  const start = format.date(period.start);
  return period.end === null
    ? t('monitoringReport.drill.since', { type, start })
    : t('monitoringReport.drill.between', { type, start, end: format.date(period.end) });
}

/** The register's persons behind a figure: each opens the person's page, each case its case. */
export function monitoredDrillColumns(key: MonitoringDrillKey | undefined, context: Context): Columns {
  const { t, district } = context;
  const column = (name: string) => t(`monitoringReport.drill.column.${name}`);
  const columns: Columns = [
    {
      title: column('person'),
      dataIndex: 'fullName',
      render: (name: string, row) => <Link to={`/monitoring/${row.personDbId}`}>{name}</Link>,
    },
    { title: column('personId'), dataIndex: 'personId', width: 130 },
    {
      title: column('district'),
      dataIndex: 'district',
      width: 150,
      render: (name: string | null) => (name ? district(name) : NO_VALUE),
    },
    {
      title: column('supervision'),
      key: 'supervision',
      render: (_, row) => supervisionText(context, row.period),
    },
  ];
  if (key && caseKeys.includes(key))
    columns.push({
      title: column('cases'),
      key: 'cases',
      width: 180,
      render: (_, row) =>
        row.cases.map((c, i) => (
          <Fragment key={c.caseId}>
            {i > 0 && ', '}
            <Link to={`/cases/${c.caseId}`}>{c.registryNumber}</Link>
          </Fragment>
        )),
    });
  if (key && countedKeys.includes(key))
    columns.push({ title: column(`count.${key}`), dataIndex: 'count', width: 120, align: 'right' });
  return columns;
}
