import { Flex, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { defendantSchema, type Employment, type Sex } from '../../../../../shared/domain/case-record';
import { api } from '../../../api';
import { DateInput } from '../../../components/case/DateInput';
import { FormModal } from '../../../components/case/FormModal';
import {
  dateRule,
  fromIsoDate,
  numberOrNull,
  schemaRule,
  textOrNull,
  toIsoDate,
} from '../../../components/case/form-rules';
import { partyPaths } from '../issues';
import { iinOrNull } from './defendant-iin';
import { IinField } from './IinField';
import { employmentOptions, sexOptions } from './options';
import { useActionForm, type ActionFormProps } from './useActionForm';
import { caseEdits } from '../../../../../shared/domain/case-edits';

interface Values {
  fullName?: string;
  iin?: string;
  personId?: string;
  sex?: Sex;
  birthDate: Dayjs | null;
  employment: Employment | null;
  priorConvictions: number | null;
}

const fields = ['fullName', 'iin', 'personId', 'sex', 'birthDate', 'employment', 'priorConvictions'] as const;
const fieldOf = partyPaths(fields, 'defendant', 'defendants\\[\\d+\\]');
const shape = defendantSchema.shape;

/** The person; verdict and sentence are recorded with their own forms. */
const toDefendant = (values: Values) => ({
  fullName: textOrNull(values.fullName),
  iin: iinOrNull(values.iin),
  personId: textOrNull(values.personId),
  sex: values.sex ?? 'M',
  birthDate: toIsoDate(values.birthDate),
  employment: values.employment ?? null,
  priorConvictions: numberOrNull(values.priorConvictions),
});

/** Adds a defendant (`index` null) or edits one's personal details. */
export function DefendantForm({
  open,
  detail,
  run,
  onClose,
  afterClose,
  index,
}: ActionFormProps & { index: number | null }) {
  const { t } = useTranslation();
  const { form, submitting, error, submit, format } = useActionForm<Values, (typeof fields)[number]>(
    run,
    fieldOf,
    onClose,
  );
  const current = index === null ? undefined : detail.record.defendants[index];

  const onSubmit = (values: Values) => {
    const defendant = toDefendant(values);
    submit(
      index === null
        ? {
            predict: (c) => caseEdits.addDefendant(c, { defendant }),
            send: () => api.cases.addDefendant({ id: detail.id, defendant }),
          }
        : {
            predict: (c) => caseEdits.updateDefendant(c, { index, defendant }),
            send: (reason) => api.cases.updateDefendant({ id: detail.id, index, defendant, reason }),
          },
    );
  };

  return (
    <FormModal<Values>
      open={open}
      title={
        index === null || !current
          ? t('caseView.form.addDefendant')
          : t('caseView.form.editDefendant', { name: format.defendantName(current, index) })
      }
      form={form}
      name="defendant"
      width={560}
      initialValues={{
        fullName: current?.fullName ?? undefined,
        iin: current?.iin,
        personId: current?.personId ?? undefined,
        sex: current?.sex,
        birthDate: fromIsoDate(current?.birthDate),
        employment: current?.employment ?? null,
        priorConvictions: current?.priorConvictions ?? null,
      }}
      focus="fullName"
      okText={t(index === null ? 'caseView.action.add' : 'caseView.action.save')}
      cancelText={t('caseView.action.cancel')}
      submitting={submitting}
      error={error}
      onSubmit={onSubmit}
      onClose={onClose}
      afterClose={afterClose}
    >
      <Form.Item
        name="fullName"
        label={t('caseView.field.fullName')}
        rules={[schemaRule(shape.fullName, t, { toApi: textOrNull })]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <IinField />
      <Form.Item
        name="personId"
        label={t('caseView.field.personId')}
        extra={t('caseView.hint.personId')}
        rules={[schemaRule(shape.personId, t, { toApi: textOrNull })]}
      >
        <Input autoComplete="off" spellCheck={false} />
      </Form.Item>
      <Flex gap={16}>
        <Form.Item
          name="sex"
          label={t('caseView.field.sex')}
          required
          rules={[schemaRule(shape.sex, t, { required: true })]}
          style={{ flex: 1 }}
        >
          <Select virtual={false} placeholder={t('caseView.prompt.choose')} options={sexOptions(t)} />
        </Form.Item>
        <Form.Item
          name="birthDate"
          label={t('caseView.field.birthDate')}
          rules={[dateRule(shape.birthDate, t, false)]}
          style={{ flex: 1 }}
        >
          <DateInput />
        </Form.Item>
      </Flex>
      <Flex gap={16}>
        <Form.Item
          name="employment"
          label={t('caseView.field.employment')}
          rules={[schemaRule(shape.employment, t)]}
          style={{ flex: 1 }}
        >
          <Select
            virtual={false}
            allowClear
            placeholder={t('caseView.prompt.notRecorded')}
            options={employmentOptions(t)}
          />
        </Form.Item>
        <Form.Item
          name="priorConvictions"
          label={t('caseView.field.priorConvictions')}
          rules={[schemaRule(shape.priorConvictions, t)]}
          style={{ flex: 1 }}
        >
          <InputNumber min={0} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
    </FormModal>
  );
}
