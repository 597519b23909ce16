import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../../shared/domain/accounts';
import { PageHeader } from '../../components/PageHeader';
import { usePageDialog } from '../../components/usePageDialog';
import { useCan, useSession } from '../../state/session';
import { DisableUserDialog } from './DisableUserDialog';
import { EditUserDialog } from './EditUserDialog';
import { NewUserDialog } from './NewUserDialog';
import { NotPermitted } from '../../components/NotPermitted';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { UserTable, type UserAction } from './UserTable';
import { useApiQuery } from '../../query/use-api';

type Dialog = { action: 'create' } | { action: UserAction; user: UserSummary };

/** The administrator's Users screen; other roles are told it is not theirs. */
export function UsersPage() {
  const { t } = useTranslation();
  const canManage = useCan('accounts');
  return canManage ? <UsersScreen /> : <NotPermitted text={t('users.notAvailable')} />;
}

function UsersScreen() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const session = useSession();
  // Every change to an account marks the list stale, so the table shows what is stored.
  const { data: users, apiError } = useApiQuery('users.list', {});
  const heading = useRef<HTMLDivElement>(null);
  const { dialog, show, open, onClose, afterClose } = usePageDialog<Dialog>(heading);

  const done = (kind: string) => (user: UserSummary) => {
    void message.success(t(kind, { name: user.fullName }));
    // A change to one's own account changes the shell: a new role, or a password to replace now.
    if (user.id === session.user.id) void session.refresh();
  };

  const dialogProps = { open, onClose, afterClose };
  let shown = null;
  if (dialog?.action === 'create')
    shown = <NewUserDialog key={dialog.seq} {...dialogProps} onDone={done('users.create.done')} />;
  else if (dialog?.action === 'edit')
    shown = (
      <EditUserDialog key={dialog.seq} {...dialogProps} user={dialog.user} onDone={done('users.edit.done')} />
    );
  else if (dialog?.action === 'reset')
    shown = (
      <ResetPasswordDialog
        key={dialog.seq}
        {...dialogProps}
        user={dialog.user}
        onDone={done('users.reset.done')}
      />
    );
  else if (dialog?.action === 'toggle')
    shown = (
      <DisableUserDialog
        key={dialog.seq}
        {...dialogProps}
        user={dialog.user}
        onDone={done(dialog.user.disabled ? 'users.enable.done' : 'users.disable.done')}
      />
    );

  return (
    <>
      <div ref={heading} tabIndex={-1} style={{ outline: 'none' }}>
        <PageHeader
          title={t('users.title')}
          extra={
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => show({ action: 'create' })}
            >
              {t('users.new')}
            </Button>
          }
        />
      </div>
      {apiError ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('users.loadError')}
          description={apiError.message}
        />
      ) : (
        <Card styles={{ body: { padding: 0 } }}>
          <UserTable
            users={users ?? null}
            meId={session.user.id}
            onAction={(action, user) => show({ action, user })}
          />
        </Card>
      )}
      {shown}
    </>
  );
}
