import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { usePasswordChange, type PasswordChangeValues } from './usePasswordChange';

/** The account menu's "Change password": current, new, repeat; Enter saves, Esc closes. */
export function ChangePasswordDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const change = usePasswordChange(() => {
    void message.success(t('auth.changePassword.saved'));
    onClose();
  });

  return (
    <FormModal<PasswordChangeValues>
      open={open}
      title={t('auth.changePassword.dialogTitle')}
      width={440}
      form={change.form}
      name="change-password"
      focus="current"
      okText={t('auth.changePassword.save')}
      cancelText={t('auth.changePassword.cancel')}
      submitting={change.saving}
      error={change.error}
      requiredMark={false}
      onSubmit={change.submit}
      onFieldsChange={change.onFieldsChange}
      onClose={onClose}
      afterClose={change.reset}
    >
      {change.fields}
    </FormModal>
  );
}
