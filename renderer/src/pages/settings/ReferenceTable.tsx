import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Table, Tag, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languages } from '../../../../shared/domain/fields';
import { needsNames, type ReferenceItem, type ReferenceKind } from '../../../../shared/domain/reference';
import { api } from '../../api';
import { useReferenceItems } from '../../components/useReferenceItems';
import { useCan } from '../../state/session';
import { ReferenceEditor } from './ReferenceEditor';

type Editing = { item: ReferenceItem | null } | null;

/** Every value of one kind, active or not, with its labels in the three languages. */
export function ReferenceTable({ kind }: { kind: ReferenceKind }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { items, loading, error, reload } = useReferenceItems(kind);
  const [editing, setEditing] = useState<Editing>(null);
  const [toggling, setToggling] = useState<number | null>(null);
  const canEdit = useCan('reference');

  const toggle = async (item: ReferenceItem) => {
    setToggling(item.id);
    const result = await api.reference.save({
      kind,
      id: item.id,
      name: item.name,
      labels: item.labels,
      active: !item.active,
    });
    setToggling(null);
    if (!result.ok) {
      void message.error(result.error.message);
      return;
    }
    void message.success(
      t(result.value.active ? 'reference.activated' : 'reference.deactivated', { name: item.name }),
    );
    reload();
  };

  const columns: TableProps<ReferenceItem>['columns'] = [
    {
      title: t(kind === 'article' ? 'reference.code' : 'reference.name'),
      dataIndex: 'name',
      render: (name: string, item) => (
        <Typography.Text strong={item.active} type={item.active ? undefined : 'secondary'}>
          {name}
        </Typography.Text>
      ),
    },
    ...languages.map((language) => ({
      title: t(`reference.label.${language}`),
      key: language,
      ellipsis: true,
      render: (_: unknown, item: ReferenceItem) =>
        item.labels[language] ?? <Typography.Text type="secondary">—</Typography.Text>,
    })),
    {
      title: t('reference.status'),
      dataIndex: 'active',
      width: 140,
      render: (active: boolean, item: ReferenceItem) => (
        <Flex gap={4} wrap>
          {active ? <Tag color="green">{t('reference.active')}</Tag> : <Tag>{t('reference.inactive')}</Tag>}
          {needsNames(item) && <Tag color="orange">{t('reference.needsNames')}</Tag>}
        </Flex>
      ),
    },
    {
      title: t('reference.actions'),
      key: 'actions',
      width: 230,
      render: (_: unknown, item) => (
        <Flex gap={4}>
          <Button
            size="small"
            icon={<EditOutlined aria-hidden />}
            aria-label={t('reference.editValue', { name: item.name })}
            onClick={() => setEditing({ item })}
          >
            {t('reference.edit')}
          </Button>
          <Button
            size="small"
            loading={toggling === item.id}
            aria-label={t(item.active ? 'reference.deactivateValue' : 'reference.activateValue', {
              name: item.name,
            })}
            onClick={() => void toggle(item)}
          >
            {t(item.active ? 'reference.deactivate' : 'reference.activate')}
          </Button>
        </Flex>
      ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" gap={16}>
        <Typography.Text type="secondary">{t(`reference.intro.${kind}`)}</Typography.Text>
        {canEdit && (
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => setEditing({ item: null })}>
            {t(`reference.add.${kind}`)}
          </Button>
        )}
      </Flex>
      {error && <Alert type="error" showIcon title={error} />}
      <Table<ReferenceItem>
        rowKey="id"
        size="small"
        loading={loading}
        columns={canEdit ? columns : columns.filter((c) => c.key !== 'actions')}
        dataSource={items}
        pagination={false}
        scroll={{ y: 360 }}
        locale={{ emptyText: t('reference.empty') }}
      />
      {editing && (
        <ReferenceEditor
          kind={kind}
          item={editing.item}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            void message.success(t('reference.saved', { name: saved.name }));
            reload();
          }}
        />
      )}
    </Flex>
  );
}
