import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../../shared/domain/accounts';
import { api } from '../../api';
import { FormModal } from '../../components/FormModal';
import { useUserSubmit, type UserDialogProps } from './useUserSubmit';

/**
 * Asks before disabling or enabling an account, naming the person: disabling signs them out at once.
 * A refusal (the last administrator) stays in the dialog, in the backend's words.
 */
export function DisableUserDialog({ user, ...props }: UserDialogProps & { user: UserSummary }) {
  const { t } = useTranslation();
  const { form, submitting, error, submit } = useUserSubmit<object>(props);
  const step = user.disabled ? 'enable' : 'disable';
  return (
    <FormModal<object>
      open={props.open}
      title={t(`users.${step}.title`)}
      form={form}
      name={`${step}User`}
      okText={t(`users.${step}.submit`)}
      cancelText={t('users.cancel')}
      submitting={submitting}
      error={error}
      danger={step === 'disable'}
      onSubmit={() => submit(() => api.users.setDisabled({ id: user.id, disabled: !user.disabled }))}
      onClose={props.onClose}
      afterClose={props.afterClose}
    >
      <Typography.Paragraph>
        {t(`users.${step}.body`, { name: user.fullName, login: user.login })}
      </Typography.Paragraph>
    </FormModal>
  );
}
