import { usePageArrows } from '../../components/usePageArrows';
import { Button, Table, Typography, type TableProps } from 'antd';
import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AuditListEntry } from '../../../../shared/domain/audit-view';
import type { Page } from '../../../../shared/domain/case';
import { useWindowHeight } from '../../components/useWindowHeight';
import { useCan } from '../../state/session';
import { pageSizes, type AuditListRequest } from './audit-query';
import type { AuditWords } from './audit-words';
import { contextPath } from './entry-context';
import '../../components/clickable-rows.css';

// Everything above and below the table body: header, filters, column titles, pager.
const CHROME_HEIGHT = 360;
const MIN_BODY_HEIGHT = 240;

interface Props {
  request: AuditListRequest;
  page: Page<AuditListEntry> | null;
  loading: boolean;
  emptyText: ReactNode;
  words: AuditWords;
  selectedSeq: number | null;
  /** Height taken above the card by something shown for a while (the verification's result). */
  aboveHeight: number;
  onOpen: (entry: AuditListEntry) => void;
  onChange: (patch: Partial<AuditListRequest>) => void;
}

/** One page of the trail, newest first. A row opens its entry on click or Enter. */
export function AuditTable({
  request,
  page,
  loading,
  emptyText,
  words,
  selectedSeq,
  aboveHeight,
  onOpen,
  onChange,
}: Props) {
  const { t } = useTranslation();
  const arrows = usePageArrows();
  const mayAccounts = useCan('accounts');
  const bodyHeight = Math.max(MIN_BODY_HEIGHT, useWindowHeight() - CHROME_HEIGHT - aboveHeight);
  // A link inside a row goes where it says, without opening the row's entry too.
  const own = { onClick: (event: { stopPropagation: () => void }) => event.stopPropagation() };

  const columns: NonNullable<TableProps<AuditListEntry>['columns']> = [
    {
      title: t('audit.column.seq'),
      dataIndex: 'seq',
      width: 60,
      align: 'right',
    },
    {
      title: t('audit.column.at'),
      dataIndex: 'at',
      width: 135,
      // To the minute here; the drawer gives the seconds, the tooltip the recorded UTC time.
      render: (at: string) => <span title={at}>{words.minute(at)}</span>,
    },
    {
      title: t('audit.column.actor'),
      dataIndex: 'actor',
      width: 180,
      ellipsis: { showTitle: false },
      // The name alone keeps the column narrow; the login and the recorded actor are in the tooltip.
      render: (_: string, entry) => (
        <span title={words.actor(entry)}>{entry.actorName ?? words.actor(entry)}</span>
      ),
    },
    {
      title: t('audit.column.action'),
      dataIndex: 'action',
      render: (action: string) => <span title={action}>{words.action(action)}</span>,
    },
    {
      title: t('audit.column.entity'),
      dataIndex: 'entityId',
      width: 170,
      ellipsis: { showTitle: false },
      render: (_: string, entry) => {
        const text = words.entity(entry);
        const path = contextPath(entry, { accounts: mayAccounts });
        return path ? (
          <Link to={path} title={text} {...own}>
            {text}
          </Link>
        ) : (
          <span title={text}>{text}</span>
        );
      },
    },
    {
      title: t('audit.column.reason'),
      dataIndex: 'reason',
      render: (reason: string | null) =>
        reason ? (
          <Typography.Paragraph ellipsis={{ rows: 2, tooltip: reason }} style={{ margin: 0 }}>
            {reason}
          </Typography.Paragraph>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      title: t('audit.column.import'),
      dataIndex: 'importId',
      width: 76,
      render: (importId: number | null) =>
        importId === null ? null : (
          <Button
            type="link"
            size="small"
            style={{ padding: 0 }}
            aria-label={t('audit.importFilter', { id: importId })}
            title={t('audit.importFilter', { id: importId })}
            onClick={(event) => {
              event.stopPropagation();
              onChange({ importId });
            }}
          >
            {t('audit.importNumber', { id: importId })}
          </Button>
        ),
    },
  ];

  const onRowKey = (
    event: Pick<KeyboardEvent, 'key' | 'target' | 'currentTarget'>,
    entry: AuditListEntry,
  ) => {
    if (event.key === 'Enter' && event.target === event.currentTarget) onOpen(entry);
  };

  const onTableChange: TableProps<AuditListEntry>['onChange'] = (
    pagination,
    _filters,
    _sorter,
    { action },
  ) => {
    if (action !== 'paginate') return;
    const pageSize = pagination.pageSize ?? request.pageSize;
    onChange({ pageSize, page: pageSize === request.pageSize ? (pagination.current ?? 1) : 1 });
  };

  return (
    <Table<AuditListEntry>
      rowKey="seq"
      size="small"
      tableLayout="fixed"
      scroll={{ y: bodyHeight }}
      columns={columns}
      dataSource={page?.items ?? []}
      loading={loading}
      // While a page loads, say nothing rather than "no entries" for a moment.
      locale={{ emptyText: loading ? <span /> : emptyText }}
      rowClassName={(entry) => `clickable-row${entry.seq === selectedSeq ? ' ant-table-row-selected' : ''}`}
      onRow={(entry) => ({
        tabIndex: 0,
        'aria-label': t('audit.openEntry', { seq: entry.seq }),
        onClick: () => onOpen(entry),
        onKeyDown: (event) => onRowKey(event, entry),
      })}
      onChange={onTableChange}
      pagination={{
        ...arrows,
        current: request.page,
        pageSize: request.pageSize,
        total: page?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [...pageSizes],
      }}
    />
  );
}
