import type { FormRule } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import { isFutureDate, todayIso } from '../../../../shared/dates';
import { FUTURE_DATE_KEY } from '../../../../shared/domain/date-rules';
import { isLanguage, type Language } from '../../../../shared/domain/fields';
import { defaultLanguage } from '../../../../shared/i18n/default-language';
import { formatsFor } from '../../../../shared/format';
import { checkInput } from '../../../../shared/validation';
import { zodIssueMessage } from '../../i18n/zod-issue';
import { DATE_PROBLEM_KEY, readDateText } from './date-text';

/** Dates travel as ISO strings; the pickers hold dayjs values. */
export const ISO_DATE = 'YYYY-MM-DD';

/** A date field's value as the API takes it: a date as ISO, anything else (none, typed text) as null. */
export const toIsoDate = (value: unknown): string | null =>
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
    also,
    first,
  }: {
    required?: boolean;
    toApi?: (value: unknown) => unknown;
    /** A check of the control's own value before `toApi` (a typed date that is not one): its message, or null. */
    first?: (value: unknown) => string | null;
    /** A further check of a value the schema accepts: its message, or null. */
    also?: (apiValue: unknown) => string | null;
  } = {},
): FormRule {
  // The red star comes from the Form.Item's own `required`; this rule does the checking and wording.
  return {
    validator: (_rule, value: unknown) => {
      if (required && isEmpty(value)) return Promise.reject(new Error(t('errors.required')));
      const unreadable = first?.(value) ?? null;
      if (unreadable !== null) return Promise.reject(new Error(unreadable));
      const apiValue = toApi(value);
      const result = checkInput(schema, apiValue);
      if (!result.success) return Promise.reject(new Error(zodIssueMessage(result.error, t)));
      const problem = also?.(apiValue) ?? null;
      return problem === null ? Promise.resolve() : Promise.reject(new Error(problem));
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

/**
 * The UI language as the date pickers speak it (dayjs's global locale follows the UI language,
 * i18n/language-packs.ts); read from there because this module must load without a document (unit tests).
 */
const pickerLanguage = (): Language => {
  const locale = dayjs.locale();
  return isLanguage(locale) ? locale : defaultLanguage;
};

/**
 * A date field checked as an ISO date with the backend's schema, and (unless it is a `plan`, such as
 * a supervision period's end) not after today: the rule of shared/domain/date-rules.ts, at the field.
 * Text typed into the field that is not a date (DateInput keeps it as text) is refused first, saying
 * whether it is unfinished or a day the calendar does not have.
 */
export function dateRule(schema: z.ZodType, t: TFunction, required = true, { plan = false } = {}): FormRule {
  const notADate = (value: unknown) => {
    if (typeof value !== 'string') return null;
    // Only a text that is not a date is held as text; a date is held as a date.
    const read = readDateText(value, pickerLanguage());
    return t(DATE_PROBLEM_KEY[read && 'problem' in read ? read.problem : 'incomplete']);
  };
  const notAfterToday = (iso: unknown) => {
    const today = todayIso();
    return typeof iso === 'string' && isFutureDate(iso, today)
      ? t(FUTURE_DATE_KEY, { date: formatsFor(pickerLanguage()).date(today) })
      : null;
  };
  return schemaRule(schema, t, {
    required,
    toApi: toIsoDate,
    first: notADate,
    ...(plan ? {} : { also: notAfterToday }),
  });
}

/** A reason for a correction or a reopening: the backend refuses a blank one and keeps 1000 characters. */
export const reasonSchema = z
  .string({ error: 'errors.required' })
  .trim()
  .min(1, { error: 'errors.required' })
  .max(1000, { error: 'errors.tooLong' });
