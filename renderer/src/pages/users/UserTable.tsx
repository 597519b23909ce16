import { EditOutlined, UnlockOutlined, StopOutlined, CheckCircleOutlined } from '@ant-design/icons';
import { Button, Flex, Grid, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../../shared/domain/accounts';
import { useFormats } from '../../components/format';
import { UserStatusTags } from './UserStatusTags';

export type UserAction = 'edit' | 'toggle' | 'reset';

interface Props {
  users: UserSummary[] | null;
  /** The signed-in administrator: their own account cannot be disabled from here. */
  meId: number;
  onAction: (action: UserAction, user: UserSummary) => void;
}

/**
 * In a window wide enough for it (antd's `xl`, 1200 px and up), short columns keep each value on one
 * line: a date cut after its comma or a status after its first word made rows three lines high, while
 * the user's name, which wraps, takes the room that is left. A narrower window lets them wrap, so the
 * table stays whole there, row actions included.
 */
const oneLine = {
  onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' } }),
  onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
} as const;

/** Every account of the office, with what an administrator can do to each. */
export function UserTable({ users, meId, onAction }: Props) {
  const { t } = useTranslation();
  const format = useFormats();
  const wide = Grid.useBreakpoint().xl === true;
  const short = wide ? oneLine : {};

  const columns: TableColumnsType<UserSummary> = [
    {
      key: 'user',
      title: t('users.column.user'),
      // The login goes under the name: one column less keeps the table whole in a narrow window.
      render: (_, user) => (
        <Flex vertical style={{ minWidth: 160 }}>
          <span>
            <Typography.Text strong={user.id === meId}>{user.fullName}</Typography.Text>
            {user.id === meId && <Tag style={{ marginInlineStart: 6 }}>{t('users.you')}</Tag>}
          </span>
          <Typography.Text type="secondary">{user.login}</Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'role',
      title: t('users.column.role'),
      ...short,
      render: (_, user) => t(`auth.role.${user.role}`),
    },
    {
      key: 'status',
      title: t('users.column.status'),
      ...short,
      render: (_, user) => <UserStatusTags user={user} oneLine={wide} />,
    },
    {
      key: 'lastLogin',
      title: t('users.column.lastLogin'),
      ...short,
      render: (_, user) =>
        user.lastLoginAt ? (
          format.minute(user.lastLoginAt)
        ) : (
          <Typography.Text type="secondary">{t('users.never')}</Typography.Text>
        ),
    },
    {
      key: 'created',
      title: t('users.column.created'),
      ...short,
      render: (_, user) => format.day(user.createdAt),
    },
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
      scroll={{ x: 720 }}
    />
  );
}

/**
 * Icon buttons keep the table within the window in every language; each is named for screen readers
 * and explained by its tooltip, and the tooltip of one's own Disable says why it is off.
 */
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
  const toggle = t(user.disabled ? 'users.enable.action' : 'users.disable.action');
  return (
    <Flex gap={4}>
      <ActionButton
        label={t('users.edit.action')}
        icon={<EditOutlined />}
        onClick={() => onAction('edit', user)}
      />
      <ActionButton
        label={toggle}
        tooltip={isMe ? t('users.disable.notYourself') : toggle}
        icon={user.disabled ? <CheckCircleOutlined /> : <StopOutlined />}
        danger={!user.disabled}
        disabled={isMe}
        onClick={() => onAction('toggle', user)}
      />
      <ActionButton
        label={t('users.reset.action')}
        tooltip={isMe ? t('users.reset.yourself') : t('users.reset.action')}
        disabled={isMe}
        icon={<UnlockOutlined />}
        onClick={() => onAction('reset', user)}
      />
    </Flex>
  );
}

function ActionButton({
  label,
  tooltip = label,
  icon,
  danger,
  disabled,
  onClick,
}: {
  label: string;
  tooltip?: string;
  icon: ReactNode;
  danger?: boolean;
  disabled?: boolean;
  onClick: () => void;
}) {
  return (
    <Tooltip title={tooltip}>
      <Button aria-label={label} icon={icon} danger={danger} disabled={disabled} onClick={onClick} />
    </Tooltip>
  );
}
