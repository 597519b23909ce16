import { DownOutlined, KeyOutlined, LockOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, Flex, Tooltip, Typography, type MenuProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../state/session';
import { ChangePasswordDialog } from './ChangePasswordDialog';

/** The signed-in user in the navigation column, with their own account's actions. */
export function AccountMenu({ collapsed }: { collapsed: boolean }) {
  const { t } = useTranslation();
  const session = useSession();
  const { user } = session;
  const [changing, setChanging] = useState(false);
  const role = t(`auth.role.${user.role}`);

  const items: MenuProps['items'] = [
    { key: 'password', icon: <KeyOutlined aria-hidden />, label: t('auth.account.changePassword') },
    { key: 'lock', icon: <LockOutlined aria-hidden />, label: t('auth.account.lock') },
    { type: 'divider' },
    { key: 'signOut', icon: <LogoutOutlined aria-hidden />, label: t('auth.account.signOut') },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'password') setChanging(true);
    else if (key === 'lock') void session.lock();
    else if (key === 'signOut') void session.signOut();
  };

  const trigger = (
    <Button
      type="text"
      aria-label={collapsed ? t('auth.account.label', { name: user.fullName, role }) : undefined}
      style={{
        width: '100%',
        height: 'auto',
        padding: collapsed ? '8px 0' : '8px 12px',
        justifyContent: collapsed ? 'center' : 'flex-start',
        color: '#fff',
        background: 'rgba(255,255,255,0.06)',
        // A full name in three words does not fit one line of the column: it wraps rather than being cut.
        whiteSpace: 'normal',
        textAlign: 'left',
      }}
    >
      <Flex
        align="center"
        gap={10}
        style={{ width: '100%', minWidth: 0 }}
        justify={collapsed ? 'center' : 'flex-start'}
      >
        <UserOutlined aria-hidden style={{ fontSize: 16 }} />
        {!collapsed && (
          <>
            <Flex vertical align="flex-start" style={{ minWidth: 0, flex: 1 }}>
              <Typography.Text strong style={{ color: '#fff', maxWidth: '100%', lineHeight: 1.35 }}>
                {user.fullName}
              </Typography.Text>
              <Typography.Text style={{ color: 'rgba(255,255,255,0.6)', fontSize: 12, maxWidth: '100%' }}>
                {role}
              </Typography.Text>
            </Flex>
            <DownOutlined aria-hidden style={{ fontSize: 10, color: 'rgba(255,255,255,0.6)' }} />
          </>
        )}
      </Flex>
    </Button>
  );

  return (
    <>
      <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomLeft">
        {collapsed ? (
          <Tooltip title={`${user.fullName} — ${role}`} placement="right">
            {trigger}
          </Tooltip>
        ) : (
          trigger
        )}
      </Dropdown>
      <ChangePasswordDialog open={changing} onClose={() => setChanging(false)} />
    </>
  );
}
