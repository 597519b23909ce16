import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Table, Typography, type TableProps } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Conviction } from '../../../../shared/domain/monitoring';
import { SectionCard } from '../../components/case/SectionCard';
import { VisuallyHidden } from '../../components/case/VisuallyHidden';
import { ForRole } from '../../components/ForRole';
import { useCan } from '../../state/session';
import { useCaseFormat } from '../case/useCaseFormat';
import { useCaseIds } from './useCaseIds';

interface Props {
  convictions: Conviction[];
  onAdd: () => void;
  onRemove: (index: number) => void;
}

type Row = Conviction & { index: number };

const none = <Typography.Text type="secondary">—</Typography.Text>;

export const articleText = (t: TFunction, c: Pick<Conviction, 'article' | 'part'>): string =>
  c.part
    ? t('caseView.value.articlePart', { article: c.article, part: c.part })
    : t('caseView.value.article', { article: c.article });

/** The person's prior convictions; a conviction's case opens when it is in the database. */
export function ConvictionsSection({ convictions, onAdd, onRemove }: Props) {
  const { t } = useTranslation();
  const format = useCaseFormat();
  const caseIds = useCaseIds(convictions.flatMap((c) => (c.registryNumber ? [c.registryNumber] : [])));
  const rows: Row[] = convictions.map((c, index) => ({ ...c, index }));
  const canEdit = useCan('monitoring.write');

  const columns: TableProps<Row>['columns'] = [
    {
      title: t('monitoring.conviction.article'),
      key: 'article',
      width: 150,
      render: (_value, c) => articleText(t, c),
    },
    {
      title: t('monitoring.conviction.courtDate'),
      dataIndex: 'courtDate',
      width: 130,
      render: (date: string) => format.date(date),
    },
    {
      title: t('monitoring.conviction.sentence'),
      dataIndex: 'sentence',
      render: (text: string | null) => text ?? none,
    },
    {
      title: t('monitoring.conviction.releasedOn'),
      dataIndex: 'releasedOn',
      width: 150,
      render: (date: string | null) => (date ? format.date(date) : none),
    },
    {
      title: t('monitoring.conviction.case'),
      dataIndex: 'registryNumber',
      width: 180,
      render: (registryNumber: string | null) => {
        if (!registryNumber) return none;
        const id = caseIds.get(registryNumber);
        return id === undefined ? registryNumber : <Link to={`/cases/${id}`}>{registryNumber}</Link>;
      },
    },
    {
      title: <VisuallyHidden>{t('monitoring.column.actions')}</VisuallyHidden>,
      key: 'actions',
      width: 56,
      render: (_value, c) => (
        <Button
          type="text"
          danger
          icon={<DeleteOutlined aria-hidden />}
          aria-label={t('monitoring.conviction.remove', {
            article: articleText(t, c),
            date: format.date(c.courtDate),
          })}
          title={t('monitoring.action.remove')}
          onClick={() => onRemove(c.index)}
        />
      ),
    },
  ];

  return (
    <SectionCard
      title={t('monitoring.section.convictions')}
      extra={
        <ForRole capability="monitoring.write">
          <Button icon={<PlusOutlined aria-hidden />} onClick={onAdd}>
            {t('monitoring.conviction.add')}
          </Button>
        </ForRole>
      }
    >
      <Table<Row>
        rowKey="index"
        size="small"
        columns={canEdit ? columns : columns.filter((c) => c.key !== 'actions')}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('monitoring.conviction.empty') }}
      />
    </SectionCard>
  );
}
