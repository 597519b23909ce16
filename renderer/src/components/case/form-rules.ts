import type { FormRule } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import { checkInput } from '../../../../shared/validation';
import { zodIssueMessage } from '../../i18n/zod-issue';

/** Dates travel as ISO strings; the pickers hold dayjs values. */
export const ISO_DATE = 'YYYY-MM-DD';

export const toIsoDate = (value: Dayjs | null | undefined): string | null =>
  dayjs.isDayjs(value) && value.isValid() ? value.format(ISO_DATE) : null;

export const fromIsoDate = (value: string | null | undefined): Dayjs | null =>
  value ? dayjs(value, ISO_DATE) : null;

/** An empty text box means "not recorded". */
export const textOrNull = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

/**
 * A form rule that checks one control with the very schema the backend uses, worded in the UI
 * language. `toApi` turns the control's value into what the API takes. A required control that is
 * empty says "required" rather than the schema's message for a wrong value.
 */
export function schemaRule(
  schema: z.ZodType,
  t: TFunction,
  {
    required = false,
    toApi = (value: unknown) => value,
  }: { required?: boolean; toApi?: (value: unknown) => unknown } = {},
): FormRule {
  // The red star comes from the Form.Item's own `required`; this rule does the checking and wording.
  return {
    validator: (_rule, value: unknown) => {
      if (required && isEmpty(value)) return Promise.reject(new Error(t('errors.required')));
      const result = checkInput(schema, toApi(value));
      return result.success ? Promise.resolve() : Promise.reject(new Error(zodIssueMessage(result.error, t)));
    },
  };
}

/**
 * The second copy of a value (a new password) matches the field `field`; it is checked again whenever
 * `field` changes (list it in the item's `dependencies`).
 */
export function sameAsRule(field: string, message: string): FormRule {
  return ({ getFieldValue }) => ({
    validator: (_rule, value: unknown) =>
      !value || value === getFieldValue(field) ? Promise.resolve() : Promise.reject(new Error(message)),
  });
}

/** Required date picker checked as an ISO date. */
export const dateRule = (schema: z.ZodType, t: TFunction, required = true): FormRule =>
  schemaRule(schema, t, { required, toApi: (value) => toIsoDate(value as Dayjs | null) });

/** A reason for a correction or a reopening: the backend refuses a blank one and keeps 1000 characters. */
export const reasonSchema = z
  .string({ error: 'errors.required' })
  .trim()
  .min(1, { error: 'errors.required' })
  .max(1000, { error: 'errors.tooLong' });
