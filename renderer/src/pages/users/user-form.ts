import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { fullName, login, password } from '../../../../shared/domain/accounts';
import { sameAsRule, schemaRule } from '../../components/case/form-rules';
import type { FieldOf } from '../case/issues';

/** The fields of the account dialogs, named as the API names them, so its issues land on them. */
export const userFields = ['fullName', 'login', 'role', 'password'] as const;
export type UserField = (typeof userFields)[number];

export const userFieldOf: FieldOf<UserField> = (path) => userFields.find((field) => field === path);

/** The second copy of a password must match the first (`password`), so a typo is not handed out. */
const repeatRules = (t: TFunction): FormRule[] => [
  { required: true, message: t('errors.required') },
  sameAsRule('password', t('auth.error.mismatch')),
];

/** The checks the backend makes, in the UI language, before anything is sent. */
export const userRules = (t: TFunction) => ({
  fullName: [schemaRule(fullName, t, { required: true })],
  login: [schemaRule(login, t, { required: true })],
  role: [{ required: true, message: t('errors.required') }] as FormRule[],
  password: [schemaRule(password, t, { required: true })],
  repeat: repeatRules(t),
});
