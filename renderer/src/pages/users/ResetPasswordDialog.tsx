import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../../shared/domain/accounts';
import { api } from '../../api';
import { FormModal } from '../../components/FormModal';
import { TemporaryPasswordFields } from './UserFields';
import { useUserSubmit, type UserDialogProps } from './useUserSubmit';

interface Values {
  password: string;
  repeat: string;
}

/** A new temporary password for someone who forgot theirs or was locked out. */
export function ResetPasswordDialog({ user, ...props }: UserDialogProps & { user: UserSummary }) {
  const { t } = useTranslation();
  const { form, submitting, error, submit } = useUserSubmit<Values>(props);
  return (
    <FormModal<Values>
      open={props.open}
      title={t('users.reset.title', { login: user.login })}
      form={form}
      name="resetPassword"
      focus="password"
      okText={t('users.reset.submit')}
      cancelText={t('users.cancel')}
      submitting={submitting}
      error={error}
      width={560}
      onSubmit={({ password }) => submit(() => api.users.resetPassword({ id: user.id, password }))}
      onClose={props.onClose}
      afterClose={props.afterClose}
    >
      <Typography.Paragraph type="secondary">
        {t('users.reset.intro', { name: user.fullName })}
      </Typography.Paragraph>
      <TemporaryPasswordFields />
    </FormModal>
  );
}
