import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../shared/domain/accounts';
import { api } from '../../api';
import { FormModal } from '../../components/FormModal';
import { FullNameField, LoginField, RoleField, TemporaryPasswordFields } from './UserFields';
import { useUserSubmit, type UserDialogProps } from './useUserSubmit';

interface Values {
  fullName: string;
  login: string;
  role: Role;
  password: string;
  repeat: string;
}

/** A new account with a temporary password the administrator hands over; its owner replaces it at once. */
export function NewUserDialog(props: UserDialogProps) {
  const { t } = useTranslation();
  const { form, submitting, error, submit } = useUserSubmit<Values>(props);
  return (
    <FormModal<Values>
      open={props.open}
      title={t('users.create.title')}
      form={form}
      name="newUser"
      focus="fullName"
      okText={t('users.create.submit')}
      cancelText={t('users.cancel')}
      submitting={submitting}
      error={error}
      width={560}
      onSubmit={({ fullName, login, role, password }) =>
        submit(() => api.users.create({ fullName, login, role, password }))
      }
      onClose={props.onClose}
      afterClose={props.afterClose}
    >
      <Typography.Paragraph type="secondary">{t('users.create.intro')}</Typography.Paragraph>
      <FullNameField />
      <LoginField />
      <RoleField />
      <TemporaryPasswordFields />
    </FormModal>
  );
}
