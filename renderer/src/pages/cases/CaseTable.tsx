import { usePageArrows } from '../../components/usePageArrows';
import { Table, Typography, type TableProps } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { memo, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { caseSortKeys, type CaseSummary, type Page } from '../../../../shared/domain/case';
import { useFormats } from '../../components/format';
import { Loading } from '../../components/Loading';
import { shortName } from '../case/format';
import { usePrinting } from '../../components/usePrinting';
import { useWindowHeight } from '../../components/useWindowHeight';
import { DeadlineTag } from './DeadlineTag';
import { StageTag } from './StageTag';
import type { CaseListRequest, SortKey } from './list-query';
import '../../components/clickable-rows.css';
import './case-list.css';

const isSortKey = (key: unknown): key is SortKey => (caseSortKeys as readonly unknown[]).includes(key);

// Everything above and below the table body: header, search, filters, column titles, pager, footer.
const CHROME_HEIGHT = 390;
const MIN_BODY_HEIGHT = 240;
/** The table's column titles and pager around its body, so the list's first page moves nothing. */
const HEADER_AND_PAGER_HEIGHT = 125;

interface Props {
  request: CaseListRequest;
  page: Page<CaseSummary> | null;
  loading: boolean;
  highlightId: number | null;
  emptyText: ReactNode;
  districtLabel: (name: string) => string;
  articleTitle: (code: string) => string;
  onChange: (patch: Partial<CaseListRequest>) => void;
}

/**
 * The case list: a virtual table whose paging and sorting are done by the backend. A row opens its
 * case on click or Enter; an overdue investigation is tinted and tagged. Memoised: the page around it
 * renders again as its reference lists load, and the table need not.
 *
 * On paper it is a plain table: a virtual one draws only the rows in its scroll box, and paper has no
 * scrolling. Its columns take the width their text needs, so all of them fit an A4 sheet, and the
 * defendants are all named, as paper has no tooltip to name the rest.
 */
export const CaseTable = memo(function CaseTable({
  request,
  page,
  loading,
  highlightId,
  emptyText,
  districtLabel,
  articleTitle,
  onChange,
}: Props) {
  const { t } = useTranslation();
  const arrows = usePageArrows();
  const format = useFormats();
  const navigate = useNavigate();
  const bodyHeight = Math.max(MIN_BODY_HEIGHT, useWindowHeight() - CHROME_HEIGHT);
  const printing = usePrinting();

  const sortOrder = (key: SortKey): SortOrder =>
    request.sort === key ? (request.order === 'asc' ? 'ascend' : 'descend') : null;
  const sortable = (key: SortKey) => ({
    key,
    sorter: true,
    sortOrder: sortOrder(key),
    sortDirections: ['ascend', 'descend'] as SortOrder[],
  });

  const columnList: NonNullable<TableProps<CaseSummary>['columns']> = [
    {
      title: t('cases.field.registryNumber'),
      dataIndex: 'registryNumber',
      width: 155,
      ...sortable('registryNumber'),
      // A plain element: antd's Typography costs more than the rest of the cell.
      render: (value: string) => <strong className="case-number">{value}</strong>,
    },
    {
      title: t('caseList.column.defendants'),
      dataIndex: 'defendants',
      className: 'case-defendants',
      ellipsis: true,
      // The first as case papers write it (`Аманов Е. Б.`) and how many more, so the cell fits its
      // column at 1280 px; every full name shows on hover.
      render: (names: string[]) => {
        const [first] = names;
        // A case registered before its offender is known.
        if (first === undefined) return <Typography.Text type="secondary">—</Typography.Text>;
        if (printing)
          return names.map((name, i) => (
            <span key={i} className="case-defendant">
              {i > 0 && ', '}
              {shortName(name)}
            </span>
          ));
        const more = names.length - 1;
        return (
          <span title={names.join('\n')}>
            {shortName(first)}
            {more > 0 && (
              <Typography.Text type="secondary">{` ${t('caseList.moreDefendants', { count: more })}`}</Typography.Text>
            )}
          </span>
        );
      },
    },
    {
      title: t('cases.field.article'),
      dataIndex: 'article',
      width: 110,
      render: (code: string, record) => (
        <span title={articleTitle(code) || undefined}>
          {record.part ? t('caseList.articlePart', { article: code, part: record.part }) : code}
        </span>
      ),
    },
    {
      title: t('cases.field.district'),
      dataIndex: 'district',
      width: 115,
      ellipsis: true,
      ...sortable('district'),
      render: (name: string) => districtLabel(name),
    },
    {
      title: t('cases.field.registeredOn'),
      dataIndex: 'registeredOn',
      width: 120,
      ...sortable('registeredOn'),
      render: (iso: string) => format.date(iso),
    },
    {
      title: t('cases.field.stage'),
      dataIndex: 'stage',
      width: 150,
      ...sortable('stage'),
      render: (stage: CaseSummary['stage']) => <StageTag stage={stage} />,
    },
    {
      title: t('caseList.column.deadline'),
      dataIndex: 'deadline',
      width: 125,
      render: (deadline: CaseSummary['deadline']) => <DeadlineTag status={deadline} />,
    },
  ];

  // A virtual table draws its body with <div>s: give rows and cells their roles back, so assistive
  // technology (and tests) can still find "the cell with this registry number".
  const columns = columnList.map((column) => ({
    ...column,
    ...(printing && { width: undefined, ellipsis: false }),
    onCell: () => ({ role: 'cell' }),
  }));

  // Until the first page arrives (the menu asks for it at the click), hold the table's place rather
  // than draw it empty: the virtual table is costly to draw, and drawn empty it is drawn twice.
  if (!page && loading)
    return (
      <div style={{ height: bodyHeight + HEADER_AND_PAGER_HEIGHT }}>
        <Loading />
      </div>
    );

  const onTableChange: TableProps<CaseSummary>['onChange'] = (pagination, _filters, sorter, { action }) => {
    if (action === 'sort' && !Array.isArray(sorter)) {
      const sort = isSortKey(sorter.columnKey) && sorter.order ? sorter.columnKey : 'registeredOn';
      onChange({ sort, order: sorter.order === 'ascend' ? 'asc' : 'desc' });
    } else if (action === 'paginate') {
      const pageSize = pagination.pageSize ?? request.pageSize;
      onChange({ pageSize, page: pageSize === request.pageSize ? (pagination.current ?? 1) : 1 });
    }
  };

  const open = (record: CaseSummary) => void navigate(`/cases/${record.id}`);
  const onRowKey = (event: Pick<KeyboardEvent, 'key' | 'target' | 'currentTarget'>, record: CaseSummary) => {
    if (event.key === 'Enter' && event.target === event.currentTarget) open(record);
  };

  const rowClass = (record: CaseSummary) =>
    [
      'clickable-row',
      record.deadline === 'overdue' ? 'case-row--overdue' : '',
      record.id === highlightId ? 'case-row--new' : '',
    ].join(' ');

  return (
    <Table<CaseSummary>
      virtual={!printing}
      rowKey="id"
      size="middle"
      // Only the arrows explain themselves: a tooltip over the whole header lingered over the filters.
      showSorterTooltip={{ target: 'sorter-icon' }}
      // Without a scroll box the header is the body's own <thead>, which paper repeats on every sheet.
      scroll={printing ? undefined : { y: bodyHeight }}
      tableLayout={printing ? 'auto' : undefined}
      columns={columns}
      dataSource={page?.items ?? []}
      loading={loading}
      // While a page loads, say nothing rather than "no cases" for a moment.
      locale={{ emptyText: loading ? <span /> : emptyText }}
      rowClassName={rowClass}
      onRow={(record) => ({
        role: 'row',
        tabIndex: 0,
        'aria-label': t('caseList.openCase', { registryNumber: record.registryNumber }),
        onClick: () => open(record),
        onKeyDown: (event) => onRowKey(event, record),
      })}
      onChange={onTableChange}
      pagination={{
        ...arrows,
        current: request.page,
        pageSize: request.pageSize,
        total: page?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100, 200],
      }}
    />
  );
});
