import { Flex, Form, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { sentenceSchema, type Sentence, type SentenceType } from '../../../../../shared/domain/case-record';
import { api } from '../../../api';
import { AmountInput } from '../../../components/case/AmountInput';
import { DateInput } from '../../../components/case/DateInput';
import { NumberInput } from '../../../components/case/NumberInput';
import { FormModal } from '../../../components/FormModal';
import { dateRule, fromIsoDate, schemaRule, toIsoDate } from '../../../components/case/form-rules';
import { numberOrNull, numberRule, numberText } from '../../../components/case/number-rules';
import { partyPaths } from '../issues';
import { sentenceTypeOptions } from './options';
import { useActionForm, type ActionFormProps } from './useActionForm';
import { caseEdits } from '../../../../../shared/domain/case-edits';

interface Values {
  type: SentenceType;
  /** The typed texts; see NumberInput. */
  years?: string;
  months?: string;
  fineKzt?: string;
  on: Dayjs | null;
}

const fields = ['type', 'years', 'months', 'fineKzt', 'on'] as const;
const fieldOf = partyPaths(fields, 'sentence', 'defendants\\[\\d+\\]\\.sentence');
const shape = sentenceSchema.shape;

/** Sentences served over a term; a fine has an amount instead; "other" has neither. */
const withTerm: readonly SentenceType[] = ['imprisonment', 'restriction', 'suspended'];

const toSentence = (values: Values): Sentence => {
  const term = withTerm.includes(values.type);
  return {
    type: values.type,
    years: term ? numberOrNull(values.years) : null,
    months: term ? numberOrNull(values.months) : null,
    fineKzt: values.type === 'fine' ? numberOrNull(values.fineKzt) : null,
    on: toIsoDate(values.on) ?? '',
  };
};

/** Records (or corrects) the sentence of a convicted defendant. */
export function SentenceForm({
  open,
  detail,
  run,
  onClose,
  afterClose,
  index,
}: ActionFormProps & { index: number }) {
  const { t } = useTranslation();
  const { form, submitting, error, submit, format } = useActionForm<Values, (typeof fields)[number]>(
    run,
    fieldOf,
    onClose,
  );
  const type = Form.useWatch('type', form);
  const defendant = detail.record.defendants[index];
  if (!defendant) return null;
  const current = defendant.sentence;

  const onSubmit = (values: Values) => {
    const sentence = toSentence(values);
    submit({
      predict: (c) => caseEdits.recordSentence(c, { index, sentence }),
      send: (reason) =>
        api.cases.recordSentence({ id: detail.id, version: detail.version, index, sentence, reason }),
    });
  };

  return (
    <FormModal<Values>
      open={open}
      title={t('caseView.form.sentence', { name: format.defendantName(defendant, index) })}
      form={form}
      name="sentence"
      initialValues={{
        type: current?.type ?? 'imprisonment',
        years: numberText(current?.years),
        months: numberText(current?.months),
        fineKzt: numberText(current?.fineKzt, { grouped: true }),
        on: fromIsoDate(current?.on ?? defendant.convictedOn),
      }}
      focus="type"
      okText={t('caseView.action.save')}
      cancelText={t('caseView.action.cancel')}
      submitting={submitting}
      error={error}
      onSubmit={onSubmit}
      onClose={onClose}
      afterClose={afterClose}
    >
      <Form.Item
        name="type"
        label={t('caseView.field.sentenceType')}
        required
        rules={[schemaRule(shape.type, t, { required: true })]}
      >
        <Select virtual={false} options={sentenceTypeOptions(t)} />
      </Form.Item>
      {type !== undefined && withTerm.includes(type) && (
        <Flex gap={16}>
          <Form.Item
            name="years"
            label={t('caseView.field.years')}
            rules={[numberRule(shape.years, t)]}
            style={{ flex: 1 }}
          >
            <NumberInput />
          </Form.Item>
          <Form.Item
            name="months"
            label={t('caseView.field.months')}
            rules={[numberRule(shape.months, t)]}
            style={{ flex: 1 }}
          >
            <NumberInput />
          </Form.Item>
        </Flex>
      )}
      {type === 'fine' && (
        <Form.Item name="fineKzt" label={t('caseView.field.fineKzt')} rules={[numberRule(shape.fineKzt, t)]}>
          <AmountInput />
        </Form.Item>
      )}
      <Form.Item name="on" label={t('caseView.field.sentenceOn')} required rules={[dateRule(shape.on, t)]}>
        <DateInput allowClear={false} />
      </Form.Item>
    </FormModal>
  );
}
