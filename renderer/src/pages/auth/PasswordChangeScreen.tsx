import { Button, Flex, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuthStatus } from '../../../../shared/domain/accounts';
import { useFocusOnRefusal } from '../../components/useFocusOnRefusal';
import { AuthScreen } from './AuthScreen';
import { FormAlert } from './FormAlert';
import { usePasswordChange, type PasswordChangeValues } from './usePasswordChange';

/** A password set by the administrator is replaced at the first sign-in, before anything else is shown. */
export function PasswordChangeScreen({
  onChanged,
  onSignOut,
}: {
  onChanged: (status: AuthStatus) => Promise<void>;
  onSignOut: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const change = usePasswordChange(onChanged, { autoFocus: true });
  useFocusOnRefusal(change.form, change.saving);

  return (
    <AuthScreen title={t('auth.changePassword.title')} intro={t('auth.changePassword.intro')}>
      <FormAlert message={change.error} />
      <Form<PasswordChangeValues>
        form={change.form}
        layout="vertical"
        requiredMark={false}
        disabled={change.saving}
        onFinish={change.submit}
        onFieldsChange={change.onFieldsChange}
      >
        {change.fields}
        <Flex vertical gap={8}>
          <Button type="primary" htmlType="submit" block size="large" loading={change.saving}>
            {t('auth.changePassword.submit')}
          </Button>
          <Button type="link" onClick={() => void onSignOut()} disabled={change.saving}>
            {t('auth.changePassword.signOut')}
          </Button>
        </Flex>
      </Form>
    </AuthScreen>
  );
}
