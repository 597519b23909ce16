import { Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { FigureLink } from './FigureLink';
import { useReviewNames } from './useReviewNames';
import { useScreenFormats } from './useScreenFormats';

export interface CountRow {
  key: string;
  label: string;
  count: number;
  /** The row's share, when the statistics give one. */
  pct?: number | null;
  onOpen: () => void;
}

interface Props {
  /** The first column's title ("Platform", "Age"). */
  nameTitle: string;
  /** The count column's title ("Cases", "Victims"). */
  countTitle: string;
  rows: CountRow[];
  /** Number the rows 1, 2, 3… (platforms and tactics are a ranking). */
  ranked?: boolean;
}

/** Counts by category, each count a button opening the list behind it. */
export function CountTable({ nameTitle, countTitle, rows, ranked = false }: Props) {
  const { t } = useTranslation();
  const f = useScreenFormats();
  const names = useReviewNames();
  const withShares = rows.some((row) => row.pct !== undefined);

  const columns: TableProps<CountRow>['columns'] = [
    ...(ranked
      ? [
          {
            title: names.column('rank'),
            key: 'rank',
            width: 44,
            render: (_: unknown, _row: CountRow, i: number) => i + 1,
          },
        ]
      : []),
    { title: nameTitle, dataIndex: 'label' },
    {
      title: countTitle,
      dataIndex: 'count',
      align: 'right' as const,
      render: (count: number, row) => <FigureLink label={row.label} count={count} onOpen={row.onOpen} />,
    },
    ...(withShares
      ? [
          {
            title: names.column('share'),
            dataIndex: 'pct',
            align: 'right' as const,
            render: (pct: number | null | undefined) => f.percent(pct ?? null),
          },
        ]
      : []),
  ];

  return (
    <Table<CountRow>
      rowKey="key"
      size="small"
      pagination={false}
      columns={columns}
      dataSource={rows}
      locale={{ emptyText: t('reports.table.empty') }}
    />
  );
}
