import type { FormInstance, FormItemProps } from 'antd';
import type { i18n as I18n, TFunction } from 'i18next';
import type { ApiError } from '../../../../shared/result';
import { issueText } from '../../i18n/api-issue';

type Rule = NonNullable<FormItemProps['rules']>[number];

export const requiredRule = (t: TFunction): Rule => ({ required: true, message: t('errors.required') });

/**
 * Puts the API's field issues on the form's fields; returns what is left to show above the form (the
 * message itself when no issue names one of `fields`), or null.
 */
export function showApiError(
  form: FormInstance,
  error: ApiError,
  fields: readonly string[],
  i18n: I18n,
): string | null {
  const onFields = (error.issues ?? []).filter((issue) => fields.includes(issue.path));
  if (onFields.length === 0) return error.message;
  const byField = new Map<string, string[]>();
  for (const issue of onFields)
    byField.set(issue.path, [...(byField.get(issue.path) ?? []), issueText(issue, i18n)]);
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return null;
}
