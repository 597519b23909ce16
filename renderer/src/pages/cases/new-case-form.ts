import type { FormRule } from 'antd';
import type { Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { newCaseInput } from '../../../../shared/domain/case';
import { toIsoDate } from '../../components/case/form-rules';
import { checkInput } from '../../../../shared/validation';
import { zodIssueMessage } from '../../i18n/zod-issue';

export const DEFAULT_ARTICLE = '194';

/** What the form controls hold (the date picker holds a dayjs value, the others strings). */
export interface NewCaseValues {
  registryNumber?: string;
  article?: string;
  part?: string;
  district?: string;
  registeredOn?: Dayjs | null;
}

/** What the list needs to know about a case just registered. */
export interface CreatedCase {
  id: number;
  registryNumber: string;
}

export const fieldNames = ['registryNumber', 'article', 'part', 'district', 'registeredOn'] as const;
export type FieldName = (typeof fieldNames)[number];
export const isFieldName = (path: string): path is FieldName =>
  (fieldNames as readonly string[]).includes(path);

/** Each control's value as the API takes it. The registry number is sent exactly as typed: stray spaces are an error to show, not to hide. */
const toApiValue: Record<FieldName, (value: unknown) => unknown> = {
  registryNumber: (value) => value,
  article: (value) => value,
  part: (value) => (typeof value === 'string' && value.trim() !== '' ? value : null),
  district: (value) => value,
  registeredOn: (value) => toIsoDate(value) ?? undefined,
};

export function toNewCaseInput(values: NewCaseValues): z.input<typeof newCaseInput> {
  return {
    registryNumber: toApiValue.registryNumber(values.registryNumber) as string,
    article: toApiValue.article(values.article) as string,
    part: toApiValue.part(values.part) as string | null,
    district: toApiValue.district(values.district) as string,
    registeredOn: toApiValue.registeredOn(values.registeredOn) as string,
  };
}

/** A form rule that checks one field with the very schema the backend uses, worded in the UI language. */
export function fieldRule(name: FieldName, t: TFunction): FormRule {
  const schema = newCaseInput.shape[name];
  return {
    validator: (_rule, value: unknown) => {
      const result = checkInput(schema, toApiValue[name](value));
      return result.success ? Promise.resolve() : Promise.reject(new Error(zodIssueMessage(result.error, t)));
    },
  };
}
