import { usePageArrows } from '../../components/usePageArrows';
import { Flex, Table, Tag, Typography, type TableProps } from 'antd';
import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { Page } from '../../../../shared/domain/case';
import { isDueSoon, type PersonSummary } from '../../../../shared/domain/monitoring-api';
import { useCaseFormat } from '../case/useCaseFormat';
import { supervisionTypeLabel } from './labels';
import { REGISTER_PAGE_SIZE } from './register-query';
import '../../components/clickable-rows.css';
import './monitoring.css';

interface Props {
  page: Page<PersonSummary> | null;
  loading: boolean;
  today: string | null;
  emptyText: ReactNode;
  districtLabel: (name: string | null) => string;
  onPage: (page: number) => void;
}

const none = <Typography.Text type="secondary">—</Typography.Text>;
// Long labels wrap inside the tag rather than overflow a narrow column.
const tagStyle = { marginInlineEnd: 0, whiteSpace: 'normal' } as const;

/** The register: who needs attention first (the backend's order); a row opens the person. */
export function PersonTable({ page, loading, today, emptyText, districtLabel, onPage }: Props) {
  const { t } = useTranslation();
  const arrows = usePageArrows();
  const navigate = useNavigate();
  const { search } = useLocation();
  const format = useCaseFormat();

  const columns: TableProps<PersonSummary>['columns'] = [
    {
      title: t('monitoring.column.personId'),
      dataIndex: 'personId',
      width: 95,
      render: (value: string) => (
        <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
          {value}
        </Typography.Text>
      ),
    },
    { title: t('monitoring.column.fullName'), dataIndex: 'fullName', minWidth: 170 },
    {
      title: t('monitoring.column.iinAndBirth'),
      key: 'identity',
      width: 125,
      render: (_value, row) => (
        <Flex vertical>
          <span>{row.iin ?? '—'}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {format.date(row.birthDate)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('monitoring.column.district'),
      dataIndex: 'district',
      width: 100,
      render: (name: string | null) => (name === null ? none : districtLabel(name)),
    },
    {
      title: t('monitoring.column.current'),
      dataIndex: 'current',
      width: 165,
      render: (current: PersonSummary['current']) =>
        current ? (
          <Flex vertical>
            <span>{supervisionTypeLabel(t, current.type)}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {current.end
                ? t('monitoring.list.until', { date: format.date(current.end) })
                : t('monitoring.list.openEnded')}
            </Typography.Text>
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('monitoring.list.notSupervised')}</Typography.Text>
        ),
    },
    {
      title: t('monitoring.column.nextDue'),
      dataIndex: 'nextDue',
      width: 110,
      render: (due: string | null) =>
        due === null ? (
          none
        ) : (
          <Typography.Text type={today !== null && isDueSoon(due, today) ? 'warning' : undefined}>
            {format.date(due)}
          </Typography.Text>
        ),
    },
    {
      title: t('monitoring.column.attention'),
      key: 'attention',
      width: 165,
      render: (_value, row) => (
        <Flex gap={4} vertical align="start">
          {row.overdue > 0 && (
            <Tag color="red" style={tagStyle}>
              {t('monitoring.list.overdue', { count: row.overdue })}
            </Tag>
          )}
          {row.pendingMatches > 0 && (
            <Tag color="orange" style={tagStyle}>
              {t('monitoring.list.pendingMatches', { count: row.pendingMatches })}
            </Tag>
          )}
          {row.confirmedCases > 0 && (
            <Tag color="volcano" style={tagStyle}>
              {t('monitoring.list.reoffended', { count: row.confirmedCases })}
            </Tag>
          )}
        </Flex>
      ),
    },
  ];

  // The list's query goes along, so "back to the register" returns to the same search and filter.
  const open = (row: PersonSummary) =>
    void navigate(`/monitoring/${row.id}`, { state: { register: search } });
  const onRowKey = (event: Pick<KeyboardEvent, 'key' | 'target' | 'currentTarget'>, row: PersonSummary) => {
    if (event.key === 'Enter' && event.target === event.currentTarget) open(row);
  };

  return (
    <Table<PersonSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={page?.items ?? []}
      loading={loading}
      // Narrower windows scroll sideways rather than squeeze the name column to nothing.
      scroll={{ x: 900 }}
      // While a page loads, say nothing rather than "no one" for a moment.
      locale={{ emptyText: loading ? <span /> : emptyText }}
      rowClassName={(row) => `clickable-row${row.overdue > 0 ? ' monitoring-row--overdue' : ''}`}
      onRow={(row) => ({
        tabIndex: 0,
        'aria-label': t('monitoring.list.open', { name: row.fullName, personId: row.personId }),
        onClick: () => open(row),
        onKeyDown: (event) => onRowKey(event, row),
      })}
      pagination={{
        ...arrows,
        current: page?.page ?? 1,
        pageSize: REGISTER_PAGE_SIZE,
        total: page?.total ?? 0,
        showSizeChanger: false,
        hideOnSinglePage: true,
        onChange: onPage,
      }}
    />
  );
}
