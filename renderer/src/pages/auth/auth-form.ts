import type { FormInstance, FormItemProps } from 'antd';
import type { i18n as I18n, TFunction } from 'i18next';
import type { z } from 'zod';
import type { ApiError } from '../../../../shared/result';
import { issueText } from '../../i18n/api-issue';
import { zodIssueMessage } from '../../i18n/zod-issue';

type Rule = NonNullable<FormItemProps['rules']>[number];

/** A field checked by the same zod schema the backend applies, so the screen refuses what the API would. */
export function schemaRule(schema: z.ZodType, t: TFunction): Rule {
  return {
    validator: (_rule, value: unknown) => {
      // An emptied input is "required", not "too short".
      const parsed = schema.safeParse(value === '' || value === null ? undefined : value);
      return parsed.success ? Promise.resolve() : Promise.reject(new Error(zodIssueMessage(parsed.error, t)));
    },
  };
}

export const requiredRule = (t: TFunction): Rule => ({ required: true, message: t('errors.required') });

/** The repeat field matches `field`; it is re-checked whenever `field` changes (list it in `dependencies`). */
export function sameAsRule(field: string, t: TFunction): Rule {
  return ({ getFieldValue }) => ({
    validator: (_rule, value: unknown) =>
      !value || value === getFieldValue(field)
        ? Promise.resolve()
        : Promise.reject(new Error(t('auth.error.mismatch'))),
  });
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
  const onFields = (error.issues ?? []).filter((issue) => fields.includes(issue.path));
  if (onFields.length === 0) return error.message;
  const byField = new Map<string, string[]>();
  for (const issue of onFields)
    byField.set(issue.path, [...(byField.get(issue.path) ?? []), issueText(issue, i18n)]);
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return null;
}
