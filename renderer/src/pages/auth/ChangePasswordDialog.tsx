import { App, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormAlert } from './FormAlert';
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
    <Modal
      open={open}
      title={t('auth.changePassword.dialogTitle')}
      width={440}
      okText={t('auth.changePassword.save')}
      cancelText={t('auth.changePassword.cancel')}
      okButtonProps={{ htmlType: 'submit', loading: change.saving }}
      cancelButtonProps={{ disabled: change.saving }}
      onCancel={() => {
        if (!change.saving) onClose();
      }}
      // The first field takes focus once the dialog has opened, after it noted where to return focus.
      afterOpenChange={(opened) => {
        if (opened) change.form.focusField('current');
      }}
      afterClose={change.reset}
      mask={{ closable: false }}
      destroyOnHidden
      modalRender={(dialog) => (
        <Form<PasswordChangeValues>
          form={change.form}
          name="change-password"
          layout="vertical"
          requiredMark={false}
          disabled={change.saving}
          onFinish={change.submit}
          onFieldsChange={change.onFieldsChange}
          clearOnDestroy
        >
          {dialog}
        </Form>
      )}
    >
      <FormAlert message={change.error} />
      {change.fields}
    </Modal>
  );
}
