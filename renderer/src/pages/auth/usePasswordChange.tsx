import { Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { password, type AuthStatus } from '../../../../shared/domain/accounts';
import { api } from '../../api';
import { useFieldHints } from './useFieldHints';
import { sameAsRule, schemaRule } from '../../components/case/form-rules';
import { requiredRule, showApiError } from './auth-form';

export interface PasswordChangeValues {
  current: string;
  next: string;
  repeat: string;
}

/**
 * Changing one's own password, for the first-sign-in screen and the account menu's dialog alike: the
 * form, its submission to `auth.changePassword`, and the fields that show the API's issues.
 */
export function usePasswordChange(
  onChanged: (status: AuthStatus) => Promise<void> | void,
  /** On a screen of its own the first field takes focus at once; a dialog focuses it once it has opened. */
  { autoFocus = false } = {},
) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<PasswordChangeValues>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const hints = useFieldHints(form);

  const submit = async ({ current, next }: PasswordChangeValues) => {
    setSaving(true);
    setError(null);
    const result = await api.auth.changePassword({ current, next });
    setSaving(false);
    if (result.ok) {
      await onChanged(result.value);
      return;
    }
    // A wrong current password has no field in the API's answer, but it is the current field's problem.
    const onCurrent = result.error.code === 'rule_violation' && !result.error.issues?.length;
    if (onCurrent) form.setFields([{ name: 'current', errors: [result.error.message] }]);
    else setError(showApiError(form, result.error, ['current', 'next'], i18n));
    hints.sync();
  };

  const reset = () => {
    form.resetFields();
    setError(null);
    hints.sync();
  };

  const fields = (
    <>
      <Form.Item name="current" label={t('auth.field.current')} rules={[requiredRule(t)]}>
        <Input.Password autoFocus={autoFocus} autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="next"
        label={t('auth.field.next')}
        extra={hints.hint('next', t('auth.hint.password'))}
        rules={[schemaRule(password, t, { required: true })]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="repeat"
        label={t('auth.field.repeatNext')}
        dependencies={['next']}
        rules={[requiredRule(t), sameAsRule('next', t('auth.error.mismatch'))]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );

  return {
    form,
    fields,
    saving,
    error,
    reset,
    onFieldsChange: hints.sync,
    submit: (values: PasswordChangeValues) => void submit(values),
  };
}
