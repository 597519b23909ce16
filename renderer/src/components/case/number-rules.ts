import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { currentLanguage } from '../../i18n/i18n';
import { schemaRule } from './form-rules';
import { numberFromText, textOfNumber } from './number-text';

/* The rule and conversions of a NumberInput, in the UI language's way of writing numbers. */

const numberLocale = () => currentLanguage();

/** The number a number box holds (numberRule has checked it before any submit); null when empty. */
export const numberOrNull = (value: unknown): number | null => {
  const number = numberFromText(value, numberLocale());
  return typeof number === 'number' ? number : null;
};

/** Checks the typed text of a number box with the backend's schema; never rounds or clamps it. */
export const numberRule = (schema: z.ZodType, t: TFunction, { required = false } = {}): FormRule =>
  schemaRule(schema, t, { required, toApi: (value) => numberFromText(value, numberLocale()) });

/** A stored number as its box first shows it (amounts grouped by thousands). */
export const numberText = (value: number | null | undefined, options?: { grouped?: boolean }): string =>
  textOfNumber(value, numberLocale(), options);
