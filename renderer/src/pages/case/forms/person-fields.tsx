import { Form, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { personFields, type Employment, type Sex } from '../../../../../shared/domain/case-record';
import { DateInput } from '../../../components/case/DateInput';
import { NumberInput } from '../../../components/case/NumberInput';
import { dateRule, fromIsoDate, schemaRule, toIsoDate } from '../../../components/case/form-rules';
import { numberRule } from '../../../components/case/number-rules';
import { employmentOptions, sexOptions } from './options';

/*
 * The fields victims and defendants both have, so the two forms ask for a person the same way:
 * the same controls, rules and conversions to and from what the API takes.
 */

/** What the shared controls hold. */
export interface PersonValues {
  sex?: Sex;
  birthDate: Dayjs | null;
  employment: Employment | null;
}

interface Person {
  sex: Sex;
  birthDate: string | null;
  employment: Employment | null;
}

/** The controls' starting values: the person's, or empty for a new one. */
export const personValues = (person: Person | undefined): PersonValues => ({
  sex: person?.sex,
  birthDate: fromIsoDate(person?.birthDate),
  employment: person?.employment ?? null,
});

/** The shared fields as the API takes them (sex is required, so `fallbackSex` is never sent in practice). */
export const personFromValues = (values: PersonValues, fallbackSex: Sex): Person => ({
  sex: values.sex ?? fallbackSex,
  birthDate: toIsoDate(values.birthDate),
  employment: values.employment ?? null,
});

interface FieldProps {
  style?: CSSProperties;
}

export function SexField({ style }: FieldProps) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="sex"
      label={t('caseView.field.sex')}
      required
      rules={[schemaRule(personFields.sex, t, { required: true })]}
      style={style}
    >
      <Select virtual={false} placeholder={t('caseView.prompt.choose')} options={sexOptions(t)} />
    </Form.Item>
  );
}

export function BirthDateField({ style }: FieldProps) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="birthDate"
      label={t('caseView.field.birthDate')}
      rules={[dateRule(personFields.birthDate, t, false)]}
      style={style}
    >
      <DateInput />
    </Form.Item>
  );
}

export function EmploymentField({ style }: FieldProps) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="employment"
      label={t('caseView.field.employment')}
      rules={[schemaRule(personFields.employment, t)]}
      style={style}
    >
      <Select
        virtual={false}
        allowClear
        placeholder={t('caseView.prompt.notRecorded')}
        options={employmentOptions(t)}
      />
    </Form.Item>
  );
}

/** A whole-number field of a person (birth year, prior convictions), checked as typed, never rounded. */
export function PersonNumberField({
  name,
  label,
  extra,
  schema,
  style,
}: FieldProps & { name: string; label: string; extra?: string; schema: z.ZodType }) {
  const { t } = useTranslation();
  return (
    <Form.Item name={name} label={label} extra={extra} rules={[numberRule(schema, t)]} style={style}>
      <NumberInput />
    </Form.Item>
  );
}
