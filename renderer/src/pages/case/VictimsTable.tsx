import { Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseRecord, Victim } from '../../../../shared/domain/case-record';
import { VisuallyHidden } from '../../components/case/VisuallyHidden';
import { useCan } from '../../state/session';
import { useCaseFormat } from './useCaseFormat';
import { PartyActions } from './PartyActions';

interface Row {
  index: number;
  victim: Victim;
}

interface Props {
  record: CaseRecord;
  onEdit: (index: number) => void;
  onRemove: (index: number) => void;
}

/** The victims of the case, with their age on the registration date. */
export function VictimsTable({ record, onEdit, onRemove }: Props) {
  const { t } = useTranslation();
  const format = useCaseFormat();
  const canWrite = useCan('cases.write');
  const columns: TableProps<Row>['columns'] = [
    { title: '№', key: 'number', width: 56, render: (_, { index }) => index + 1 },
    {
      title: t('caseView.field.sex'),
      key: 'sex',
      width: 120,
      render: (_, { victim }) => t(`caseView.sex.${victim.sex}`),
    },
    {
      title: t('caseView.field.birth'),
      key: 'birth',
      render: (_, { victim }) => format.birth(victim, record.registeredOn),
    },
    {
      title: t('caseView.field.employment'),
      key: 'employment',
      render: (_, { victim }) => (victim.employment ? t(`caseView.employment.${victim.employment}`) : '—'),
    },
    {
      title: <VisuallyHidden>{t('caseView.field.actions')}</VisuallyHidden>,
      key: 'actions',
      width: 110,
      align: 'right',
      render: (_, { index }) => (
        <PartyActions
          name={t('caseView.victimNamed', { number: index + 1 })}
          onEdit={() => onEdit(index)}
          onRemove={() => onRemove(index)}
        />
      ),
    },
  ];
  return (
    <Table<Row>
      rowKey="index"
      size="small"
      pagination={false}
      columns={canWrite ? columns : columns.filter((c) => c.key !== 'actions')}
      dataSource={record.victims.map((victim, index) => ({ index, victim }))}
      locale={{ emptyText: t('caseView.empty.victims') }}
    />
  );
}
