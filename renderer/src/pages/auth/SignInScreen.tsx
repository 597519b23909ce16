import { Button, Form, Input, type InputRef } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignIn } from '../../../../shared/domain/accounts';
import type { Language } from '../../../../shared/domain/fields';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api';
import { errorText } from '../../i18n/api-issue';
import { AuthScreen } from './AuthScreen';
import { FormAlert } from './FormAlert';
import { LanguageSwitch } from './LanguageSwitch';
import { requiredRule } from './auth-form';
import { useFormMessages } from './useFormMessages';

interface Values {
  login: string;
  password: string;
}

const API_FIELDS = ['login', 'password'] as const;

/**
 * Login and password. The backend's refusal is shown in its words, in the language of the switch above:
 * it says "wrong login or password" without telling which, names the time a locked account opens
 * again, or that the account is disabled.
 */
export function SignInScreen({
  notice,
  onSignedIn,
  onLanguage,
}: {
  /** Why the person is here again (their session ended), shown until they try to sign in. */
  notice: ApiError | null;
  onSignedIn: (signIn: SignIn) => Promise<void>;
  onLanguage: (language: Language) => void;
}) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const messages = useFormMessages(form, API_FIELDS);
  // The reason the screen opened with: a later status read (a refused call of the closing session) may
  // say only "signed out", which must not replace "locked until 16:27".
  const [openedWith] = useState(notice);
  const [failures, setFailures] = useState(0);
  const passwordInput = useRef<InputRef>(null);

  // After a refusal the next attempt starts from an empty password field, ready to type (once enabled again).
  useEffect(() => {
    if (failures > 0) passwordInput.current?.focus();
  }, [failures]);

  const submit = async (values: Values) => {
    setBusy(true);
    messages.refused(null);
    const result = await api.auth.login({ login: values.login, password: values.password });
    if (result.ok) {
      await onSignedIn(result.value);
      return;
    }
    setBusy(false);
    messages.refused(result.error);
    form.setFieldValue('password', '');
    setFailures((n) => n + 1);
  };

  return (
    <AuthScreen title={t('auth.signIn.title')} languageSwitch={<LanguageSwitch onChange={onLanguage} />}>
      <FormAlert
        message={messages.alert ?? (busy || failures > 0 || !openedWith ? null : errorText(openedWith, i18n))}
      />
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        disabled={busy}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item name="login" label={t('auth.field.login')} rules={[requiredRule(t)]}>
          <Input autoFocus autoComplete="username" spellCheck={false} autoCapitalize="off" />
        </Form.Item>
        <Form.Item name="password" label={t('auth.field.password')} rules={[requiredRule(t)]}>
          <Input.Password ref={passwordInput} autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={busy}>
          {t('auth.signIn.submit')}
        </Button>
      </Form>
    </AuthScreen>
  );
}
