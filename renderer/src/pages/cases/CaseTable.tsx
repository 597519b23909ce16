import { Table, Typography, type TableProps } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import { caseSortKeys, type CaseSummary, type Page } from '../../../../shared/domain/case';
import { useWindowHeight } from '../../components/useWindowHeight';
import { currentLanguage } from '../../i18n/i18n';
import { articleTitle, districtLabel } from '../../i18n/reference-labels';
import { useReference } from '../../state/ReferenceProvider';
import { StageTag } from './StageTag';
import type { CaseListRequest } from './useCaseList';

type SortKey = (typeof caseSortKeys)[number];
const isSortKey = (key: unknown): key is SortKey => (caseSortKeys as readonly unknown[]).includes(key);

// Everything above and below the table body: header, toolbar, column titles, pager, footer.
const CHROME_HEIGHT = 330;
const MIN_BODY_HEIGHT = 240;

interface Props {
  request: CaseListRequest;
  page: Page<CaseSummary> | null;
  loading: boolean;
  highlightId: number | null;
  onChange: (patch: Partial<CaseListRequest>) => void;
}

/** The case list: a virtual table whose paging and sorting are done by the backend. */
export function CaseTable({ request, page, loading, highlightId, onChange }: Props) {
  const { t } = useTranslation();
  const { articles, districts } = useReference();
  const bodyHeight = Math.max(MIN_BODY_HEIGHT, useWindowHeight() - CHROME_HEIGHT);
  const language = currentLanguage();

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
      width: 220,
      ...sortable('registryNumber'),
      render: (value: string) => <Typography.Text strong>{value}</Typography.Text>,
    },
    {
      title: t('cases.field.article'),
      dataIndex: 'article',
      width: 110,
      render: (code: string) => {
        const article = articles.find((a) => a.code === code);
        return <span title={article ? articleTitle(article, language) : undefined}>{code}</span>;
      },
    },
    {
      title: t('cases.field.part'),
      dataIndex: 'part',
      width: 90,
      render: (value: string | null) => value ?? '',
    },
    {
      title: t('cases.field.district'),
      dataIndex: 'district',
      ...sortable('district'),
      render: (name: string) => {
        const district = districts.find((d) => d.name === name);
        return district ? districtLabel(district, language) : name;
      },
    },
    {
      title: t('cases.field.registeredOn'),
      dataIndex: 'registeredOn',
      width: 170,
      ...sortable('registeredOn'),
    },
    {
      title: t('cases.field.stage'),
      dataIndex: 'stage',
      width: 190,
      ...sortable('stage'),
      render: (stage: CaseSummary['stage']) => <StageTag stage={stage} />,
    },
  ];

  // A virtual table draws its body with <div>s: give rows and cells their roles back, so assistive
  // technology (and tests) can still find "the cell with this registry number".
  const columns = columnList.map((column) => ({ ...column, onCell: () => ({ role: 'cell' }) }));

  const onTableChange: TableProps<CaseSummary>['onChange'] = (pagination, _filters, sorter, { action }) => {
    if (action === 'sort' && !Array.isArray(sorter)) {
      const sort = isSortKey(sorter.columnKey) && sorter.order ? sorter.columnKey : 'registeredOn';
      onChange({ sort, order: sorter.order === 'ascend' ? 'asc' : 'desc' });
    } else if (action === 'paginate') {
      const pageSize = pagination.pageSize ?? request.pageSize;
      onChange({ pageSize, page: pageSize === request.pageSize ? (pagination.current ?? 1) : 1 });
    }
  };

  // While a page loads, say nothing rather than "no cases" for a moment.
  const emptyText = loading ? (
    <span />
  ) : request.search ? (
    t('cases.notFound', { search: request.search })
  ) : (
    t('cases.empty')
  );

  return (
    <Table<CaseSummary>
      virtual
      rowKey="id"
      size="middle"
      scroll={{ y: bodyHeight }}
      columns={columns}
      dataSource={page?.items ?? []}
      loading={loading}
      locale={{ emptyText }}
      onRow={(record) => ({
        role: 'row',
        style: record.id === highlightId ? { background: '#e6f0fb' } : undefined,
      })}
      onChange={onTableChange}
      pagination={{
        current: request.page,
        pageSize: request.pageSize,
        total: page?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100, 200],
      }}
    />
  );
}
