import { Flex, Form, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  victimSchema,
  type Employment,
  type Sex,
  type Victim,
} from '../../../../../shared/domain/case-record';
import { api } from '../../../api';
import { DateInput } from '../../../components/case/DateInput';
import { FormModal } from '../../../components/case/FormModal';
import {
  dateRule,
  fromIsoDate,
  numberOrNull,
  schemaRule,
  toIsoDate,
} from '../../../components/case/form-rules';
import { partyPaths } from '../issues';
import { useActionForm, type ActionFormProps } from './useActionForm';
import { employmentOptions, sexOptions } from './options';
import { caseEdits } from '../../../../../shared/domain/case-edits';

interface Values {
  sex?: Sex;
  birthDate: Dayjs | null;
  birthYear: number | null;
  employment: Employment | null;
}

const fields = ['sex', 'birthDate', 'birthYear', 'employment'] as const;
const fieldOf = partyPaths(fields, 'victim', 'victims\\[\\d+\\]');
const shape = victimSchema.shape;

const toVictim = (values: Values): Victim => ({
  sex: values.sex ?? 'F',
  birthDate: toIsoDate(values.birthDate),
  birthYear: numberOrNull(values.birthYear),
  employment: values.employment ?? null,
});

/** Adds a victim (`index` null) or edits one; victims carry no recorded facts, so never a reason. */
export function VictimForm({
  open,
  detail,
  run,
  onClose,
  afterClose,
  index,
}: ActionFormProps & { index: number | null }) {
  const { t } = useTranslation();
  const { form, submitting, error, submit } = useActionForm<Values, (typeof fields)[number]>(
    run,
    fieldOf,
    onClose,
  );
  const current = index === null ? undefined : detail.record.victims[index];

  const onSubmit = (values: Values) => {
    const victim = toVictim(values);
    submit(
      index === null
        ? {
            predict: (c) => caseEdits.addVictim(c, { victim }),
            send: () => api.cases.addVictim({ id: detail.id, victim }),
          }
        : {
            predict: (c) => caseEdits.updateVictim(c, { index, victim }),
            send: (reason) => api.cases.updateVictim({ id: detail.id, index, victim, reason }),
          },
    );
  };

  return (
    <FormModal<Values>
      open={open}
      title={
        index === null ? t('caseView.form.addVictim') : t('caseView.form.editVictim', { number: index + 1 })
      }
      form={form}
      name="victim"
      initialValues={{
        sex: current?.sex,
        birthDate: fromIsoDate(current?.birthDate),
        birthYear: current?.birthYear ?? null,
        employment: current?.employment ?? null,
      }}
      focus="sex"
      okText={t(index === null ? 'caseView.action.add' : 'caseView.action.save')}
      cancelText={t('caseView.action.cancel')}
      submitting={submitting}
      error={error}
      onSubmit={onSubmit}
      onClose={onClose}
      afterClose={afterClose}
    >
      <Form.Item
        name="sex"
        label={t('caseView.field.sex')}
        required
        rules={[schemaRule(shape.sex, t, { required: true })]}
      >
        <Select virtual={false} placeholder={t('caseView.prompt.choose')} options={sexOptions(t)} />
      </Form.Item>
      <Flex gap={16}>
        <Form.Item
          name="birthDate"
          label={t('caseView.field.birthDate')}
          rules={[dateRule(shape.birthDate, t, false)]}
          style={{ flex: 1 }}
        >
          <DateInput />
        </Form.Item>
        <Form.Item
          name="birthYear"
          label={t('caseView.field.birthYear')}
          extra={t('caseView.hint.birthYear')}
          rules={[schemaRule(shape.birthYear, t)]}
          style={{ flex: 1 }}
        >
          <InputNumber precision={0} controls={false} style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Form.Item
        name="employment"
        label={t('caseView.field.employment')}
        rules={[schemaRule(shape.employment, t)]}
      >
        <Select
          virtual={false}
          allowClear
          placeholder={t('caseView.prompt.notRecorded')}
          options={employmentOptions(t)}
        />
      </Form.Item>
    </FormModal>
  );
}
