import { UnlockOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Typography, type InputRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthStatus, SessionUser } from '../../../../shared/domain/accounts';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api';
import { AuthScreen } from './AuthScreen';
import { FormAlert } from './FormAlert';
import { requiredRule } from './auth-form';

interface Values {
  password: string;
}

/**
 * Idle too long, or locked by hand: nothing of the data is on screen, only who is signed in. The same
 * person's password opens the app where it was; anyone else signs out. The backend ends the session
 * when the account locks after five wrong passwords; `onRefused` lets the gate find that out.
 */
export function LockScreen({
  user,
  onUnlocked,
  onRefused,
  onSignOut,
}: {
  user: SessionUser;
  onUnlocked: (status: AuthStatus) => Promise<void>;
  onRefused: (refusal: ApiError) => Promise<void>;
  onSignOut: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [failures, setFailures] = useState(0);
  const passwordInput = useRef<InputRef>(null);

  useEffect(() => {
    if (failures > 0) passwordInput.current?.focus();
  }, [failures]);

  const submit = async ({ password }: Values) => {
    setBusy(true);
    setError(null);
    const result = await api.auth.unlock({ password });
    if (result.ok) {
      await onUnlocked(result.value);
      return;
    }
    setBusy(false);
    setError(result.error.message);
    form.setFieldValue('password', '');
    setFailures((n) => n + 1);
    await onRefused(result.error);
  };

  return (
    <AuthScreen title={t('auth.lock.title')}>
      <Flex
        align="center"
        gap={12}
        style={{ marginBottom: 16, padding: '12px 14px', background: '#f3f5f8', borderRadius: 6 }}
      >
        <UserOutlined aria-hidden style={{ fontSize: 20, color: '#1d4f91' }} />
        <Flex vertical>
          <Typography.Text strong>{user.fullName}</Typography.Text>
          <Typography.Text type="secondary">{t(`auth.role.${user.role}`)}</Typography.Text>
        </Flex>
      </Flex>
      <Typography.Paragraph type="secondary">{t('auth.lock.intro')}</Typography.Paragraph>
      <FormAlert message={error} />
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        disabled={busy}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item name="password" label={t('auth.field.password')} rules={[requiredRule(t)]}>
          <Input.Password ref={passwordInput} autoFocus autoComplete="current-password" />
        </Form.Item>
        <Flex vertical gap={8}>
          <Button
            type="primary"
            htmlType="submit"
            block
            size="large"
            loading={busy}
            icon={<UnlockOutlined aria-hidden />}
          >
            {t('auth.lock.submit')}
          </Button>
          <Button type="link" onClick={() => void onSignOut()} disabled={busy}>
            {t('auth.lock.signOut')}
          </Button>
        </Flex>
      </Form>
    </AuthScreen>
  );
}
