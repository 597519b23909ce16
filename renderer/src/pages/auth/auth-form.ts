import type { FormInstance, FormItemProps } from 'antd';
import type { i18n as I18n, TFunction } from 'i18next';
import type { ApiError } from '../../../../shared/result';
import { issueText } from '../../i18n/api-issue';

type Rule = NonNullable<FormItemProps['rules']>[number];

export const requiredRule = (t: TFunction): Rule => ({ required: true, message: t('errors.required') });

/** The API's issues that name one of `fields`, worded in the current UI language, by field. */
export function issuesByField(error: ApiError, fields: readonly string[], i18n: I18n): Map<string, string[]> {
  const byField = new Map<string, string[]>();
  for (const issue of error.issues ?? [])
    if (fields.includes(issue.path))
      byField.set(issue.path, [...(byField.get(issue.path) ?? []), issueText(issue, i18n)]);
  return byField;
}

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
  const byField = issuesByField(error, fields, i18n);
  if (byField.size === 0) return error.message;
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return null;
}
