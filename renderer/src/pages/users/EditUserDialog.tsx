import { useTranslation } from 'react-i18next';
import type { Role, UserSummary } from '../../../../shared/domain/accounts';
import { api } from '../../api';
import { FormModal } from '../../components/FormModal';
import { FullNameField, RoleField } from './UserFields';
import { useUserSubmit, type UserDialogProps } from './useUserSubmit';

interface Values {
  fullName: string;
  role: Role;
}

/** A person's name and role; the login stays what it was, since the audit trail names people by it. */
export function EditUserDialog({ user, ...props }: UserDialogProps & { user: UserSummary }) {
  const { t } = useTranslation();
  const { form, submitting, error, submit } = useUserSubmit<Values>(props);
  return (
    <FormModal<Values>
      open={props.open}
      title={t('users.edit.title', { login: user.login })}
      form={form}
      name="editUser"
      focus="fullName"
      initialValues={{ fullName: user.fullName, role: user.role }}
      okText={t('users.edit.submit')}
      cancelText={t('users.cancel')}
      submitting={submitting}
      error={error}
      width={560}
      onSubmit={({ fullName, role }) => submit(() => api.users.update({ id: user.id, fullName, role }))}
      onClose={props.onClose}
      afterClose={props.afterClose}
    >
      <FullNameField />
      <RoleField />
    </FormModal>
  );
}
