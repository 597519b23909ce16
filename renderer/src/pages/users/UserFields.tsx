import { Flex, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { roles, type Role } from '../../../../shared/domain/accounts';
import { userRules } from './user-form';

export function FullNameField() {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="fullName"
      label={t('users.field.fullName')}
      extra={t('users.hint.fullName')}
      required
      rules={userRules(t).fullName}
    >
      <Input autoComplete="off" />
    </Form.Item>
  );
}

export function LoginField() {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="login"
      label={t('users.field.login')}
      extra={t('users.hint.login')}
      required
      rules={userRules(t).login}
    >
      <Input autoComplete="off" spellCheck={false} />
    </Form.Item>
  );
}

/** The role, with what it may do under the select, so the choice is made knowingly. */
export function RoleField() {
  const { t } = useTranslation();
  const role = Form.useWatch<Role | undefined>('role', Form.useFormInstance());
  return (
    <Form.Item
      name="role"
      label={t('users.field.role')}
      extra={role ? t(`users.roleHint.${role}`) : undefined}
      required
      rules={userRules(t).role}
    >
      <Select
        placeholder={t('users.prompt.role')}
        options={roles.map((r) => ({ value: r, label: t(`auth.role.${r}`) }))}
      />
    </Form.Item>
  );
}

/** A temporary password and its second copy; the user replaces it at the first sign-in. */
export function TemporaryPasswordFields() {
  const { t } = useTranslation();
  const rules = userRules(t);
  return (
    // Side by side: the pair reads as one entry, and the dialog stays within a laptop screen.
    <Flex gap={16} align="flex-start">
      <Form.Item
        name="password"
        label={t('users.field.password')}
        extra={t('users.hint.password')}
        required
        rules={rules.password}
        style={{ flex: 1 }}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="repeat"
        label={t('users.field.repeat')}
        dependencies={['password']}
        required
        rules={rules.repeat}
        style={{ flex: 1 }}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </Flex>
  );
}
