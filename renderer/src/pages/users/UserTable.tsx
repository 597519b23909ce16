import { EditOutlined, KeyOutlined, StopOutlined, CheckCircleOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../../shared/domain/accounts';
import { useUserTimeFormat } from './user-format';
import { UserStatusTags } from './UserStatusTags';

export type UserAction = 'edit' | 'toggle' | 'reset';

interface Props {
  users: UserSummary[] | null;
  /** The signed-in administrator: their own account cannot be disabled from here. */
  meId: number;
  onAction: (action: UserAction, user: UserSummary) => void;
}

/** Every account of the office, with what an administrator can do to each. */
export function UserTable({ users, meId, onAction }: Props) {
  const { t } = useTranslation();
  const format = useUserTimeFormat();

  const columns: TableColumnsType<UserSummary> = [
    {
      key: 'fullName',
      title: t('users.column.fullName'),
      render: (_, user) => (
        <Flex gap={6} align="center" wrap>
          <Typography.Text strong={user.id === meId}>{user.fullName}</Typography.Text>
          {user.id === meId && <Tag>{t('users.you')}</Tag>}
        </Flex>
      ),
    },
    { key: 'login', title: t('users.column.login'), dataIndex: 'login' },
    { key: 'role', title: t('users.column.role'), render: (_, user) => t(`auth.role.${user.role}`) },
    { key: 'status', title: t('users.column.status'), render: (_, user) => <UserStatusTags user={user} /> },
    {
      key: 'lastLogin',
      title: t('users.column.lastLogin'),
      render: (_, user) =>
        user.lastLoginAt ? (
          format.dateTime(user.lastLoginAt)
        ) : (
          <Typography.Text type="secondary">{t('users.never')}</Typography.Text>
        ),
    },
    { key: 'created', title: t('users.column.created'), render: (_, user) => format.date(user.createdAt) },
    {
      key: 'actions',
      title: t('users.column.actions'),
      render: (_, user) => <RowActions user={user} isMe={user.id === meId} onAction={onAction} />,
    },
  ];

  return (
    <Table<UserSummary>
      rowKey="id"
      columns={columns}
      dataSource={users ?? []}
      loading={users === null}
      pagination={false}
      size="middle"
      scroll={{ x: 'max-content' }}
    />
  );
}

function RowActions({
  user,
  isMe,
  onAction,
}: {
  user: UserSummary;
  isMe: boolean;
  onAction: Props['onAction'];
}) {
  const { t } = useTranslation();
  const toggle = (
    <Button
      size="small"
      type="link"
      danger={!user.disabled}
      icon={user.disabled ? <CheckCircleOutlined aria-hidden /> : <StopOutlined aria-hidden />}
      disabled={isMe}
      onClick={() => onAction('toggle', user)}
    >
      {t(user.disabled ? 'users.enable.action' : 'users.disable.action')}
    </Button>
  );
  return (
    <Flex gap={4} wrap>
      <Button
        size="small"
        type="link"
        icon={<EditOutlined aria-hidden />}
        onClick={() => onAction('edit', user)}
      >
        {t('users.edit.action')}
      </Button>
      {isMe ? <Tooltip title={t('users.disable.notYourself')}>{toggle}</Tooltip> : toggle}
      <Button
        size="small"
        type="link"
        icon={<KeyOutlined aria-hidden />}
        onClick={() => onAction('reset', user)}
      >
        {t('users.reset.action')}
      </Button>
    </Flex>
  );
}
