import { Card, Empty, Flex, Table, Typography, type TableProps } from 'antd';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { daysBetween } from '../../../../shared/dates';
import type { CaseSummary } from '../../../../shared/domain/case';
import { addDays } from '../../../../shared/domain/pipeline';
import { useFormats } from '../../components/format';
import { caseListPath, type DeadlineFilter } from '../cases/list-query';
import '../../components/clickable-rows.css';

interface Props {
  kind: DeadlineFilter;
  title: string;
  emptyText: string;
  list: { items: CaseSummary[]; total: number };
  today: string;
  termDays: number;
  districtLabel: (name: string) => string;
}

// The dashboard shows the oldest few; "show all" opens the full list.
const SHOWN = 10;

/**
 * Open investigations past (or near) their term, oldest first; a row opens its case on click or Enter,
 * and "show all" opens the case list with the same deadline filter.
 */
export function DeadlineList({ kind, title, emptyText, list, today, termDays, districtLabel }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useFormats();
  const relative = (deadline: string) => {
    const days = daysBetween(today, deadline);
    if (days < 0) return t('dashboard.overdueBy', { count: -days });
    if (days === 0) return t('dashboard.dueToday');
    return t('dashboard.daysLeft', { count: days });
  };

  const columns: TableProps<CaseSummary>['columns'] = [
    {
      title: t('cases.field.registryNumber'),
      dataIndex: 'registryNumber',
      width: 190,
      render: (value: string) => (
        <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
          {value}
        </Typography.Text>
      ),
    },
    { title: t('cases.field.district'), dataIndex: 'district', ellipsis: true, render: districtLabel },
    { title: t('cases.field.registeredOn'), dataIndex: 'registeredOn', width: 170, render: format.date },
    {
      title: t('dashboard.column.deadline'),
      key: 'deadline',
      width: 280,
      render: (_value, record) => {
        const deadline = addDays(record.registeredOn, termDays);
        return (
          <Flex gap={12} wrap>
            <span>{format.date(deadline)}</span>
            <Typography.Text type={kind === 'overdue' ? 'danger' : 'warning'}>
              {relative(deadline)}
            </Typography.Text>
          </Flex>
        );
      },
    },
  ];

  const open = (record: CaseSummary) => void navigate(`/cases/${record.id}`);
  const onKeyDown = (event: Pick<KeyboardEvent, 'key' | 'target' | 'currentTarget'>, record: CaseSummary) => {
    if (event.key === 'Enter' && event.target === event.currentTarget) open(record);
  };

  const headingId = `dashboard-${kind}`;
  return (
    <section aria-labelledby={headingId} style={{ flex: '1 1 600px', minWidth: 0 }}>
      <Card
        title={
          <Typography.Title id={headingId} level={2} style={{ margin: 0, fontSize: 16 }}>
            {title}
          </Typography.Title>
        }
        extra={
          list.total > 0 ? (
            <Link to={caseListPath({ deadline: kind, sort: 'registeredOn', order: 'asc' })}>
              {t('dashboard.showAll', { count: list.total })}
            </Link>
          ) : null
        }
        styles={{ body: { padding: list.items.length ? 0 : undefined } }}
        style={{ height: '100%' }}
      >
        {list.items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />
        ) : (
          <Table<CaseSummary>
            rowKey="id"
            size="small"
            pagination={false}
            columns={columns}
            dataSource={list.items.slice(0, SHOWN)}
            rowClassName={() => 'clickable-row'}
            onRow={(record) => ({
              tabIndex: 0,
              'aria-label': t('caseList.openCase', { registryNumber: record.registryNumber }),
              onClick: () => open(record),
              onKeyDown: (event) => onKeyDown(event, record),
            })}
          />
        )}
      </Card>
    </section>
  );
}
