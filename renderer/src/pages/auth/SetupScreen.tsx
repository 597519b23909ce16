import { Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fullName, login, password, type SignIn } from '../../../../shared/domain/accounts';
import type { Language } from '../../../../shared/domain/fields';
import type { ApiError } from '../../../../shared/result';
import { api } from '../../api';
import { AuthScreen } from './AuthScreen';
import { FormAlert } from './FormAlert';
import { LanguageSwitch } from './LanguageSwitch';
import { sameAsRule, schemaRule } from '../../components/case/form-rules';
import { useFocusOnRefusal } from '../../components/useFocusOnRefusal';
import { useFieldHints } from './useFieldHints';
import { useFormMessages } from './useFormMessages';

interface Values {
  fullName: string;
  login: string;
  password: string;
  repeat: string;
}

const API_FIELDS = ['fullName', 'login', 'password'] as const;

/** First start on an empty database: the administrator's account, then straight into the app. */
export function SetupScreen({
  onSignedIn,
  onAlreadySetUp,
  onLanguage,
}: {
  onSignedIn: (signIn: SignIn) => Promise<void>;
  /** Someone else created the administrator meanwhile: the sign-in screen takes over, saying so. */
  onAlreadySetUp: (refusal: ApiError) => Promise<void>;
  onLanguage: (language: Language) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const messages = useFormMessages(form, API_FIELDS);
  const hints = useFieldHints(form);
  useFocusOnRefusal(form, saving);

  const submit = async (values: Values) => {
    setSaving(true);
    messages.refused(null);
    const result = await api.auth.setupAdmin({
      fullName: values.fullName,
      login: values.login,
      password: values.password,
    });
    if (result.ok) {
      await onSignedIn(result.value);
      return;
    }
    if (result.error.code === 'conflict' && !result.error.issues?.length) {
      await onAlreadySetUp(result.error);
      return;
    }
    setSaving(false);
    messages.refused(result.error);
    hints.sync();
  };

  return (
    <AuthScreen
      title={t('auth.setup.title')}
      intro={t('auth.setup.intro')}
      languageSwitch={<LanguageSwitch onChange={onLanguage} />}
    >
      <FormAlert message={messages.alert} />
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        disabled={saving}
        onFinish={(values) => void submit(values)}
        onFieldsChange={hints.sync}
      >
        <Form.Item
          name="fullName"
          label={t('auth.field.fullName')}
          rules={[schemaRule(fullName, t, { required: true })]}
        >
          <Input autoFocus autoComplete="name" />
        </Form.Item>
        <Form.Item
          name="login"
          label={t('auth.field.login')}
          extra={hints.hint('login', t('auth.hint.login'))}
          rules={[schemaRule(login, t, { required: true })]}
        >
          <Input autoComplete="username" spellCheck={false} autoCapitalize="off" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('auth.field.password')}
          extra={hints.hint('password', t('auth.hint.password'))}
          rules={[schemaRule(password, t, { required: true })]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="repeat"
          label={t('auth.field.repeat')}
          dependencies={['password']}
          rules={[
            { required: true, message: t('errors.required') },
            sameAsRule('password', t('auth.error.mismatch')),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={saving}>
          {t('auth.setup.submit')}
        </Button>
      </Form>
    </AuthScreen>
  );
}
