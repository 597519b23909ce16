import { Flex, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { periodTermsSchema, type SupervisionType } from '../../../../shared/domain/monitoring';
import { api } from '../../api';
import { DateInput } from '../../components/case/DateInput';
import { NumberInput } from '../../components/case/NumberInput';
import { FormModal } from '../../components/FormModal';
import { dateRule, fromIsoDate, schemaRule, textOrNull, toIsoDate } from '../../components/case/form-rules';
import { numberOrNull, numberRule, numberText } from '../../components/case/number-rules';
import { ReasonInput } from '../../components/case/ReasonInput';
import { supervisionTypeLabel, supervisionTypeOptions } from './labels';
import { fieldsAt } from './issue-fields';
import { usePersonForm, type PersonDialogProps } from './usePersonForm';

interface Values {
  type?: SupervisionType;
  basis?: string;
  start?: Dayjs | null;
  end?: Dayjs | null;
  /** The typed text; see NumberInput. */
  checkInsPerMonth?: string;
  curfew?: string;
  bannedPlaces?: string;
  travel?: string;
  officer?: string;
  reason?: string;
}

const fields = [
  'type',
  'basis',
  'start',
  'end',
  'checkInsPerMonth',
  'curfew',
  'bannedPlaces',
  'travel',
  'officer',
  'reason',
] as const;
const fieldOf = fieldsAt(fields, 'period', 'periods\\[\\d+\\]');
const shape = periodTermsSchema.shape;

interface Props extends PersonDialogProps {
  /** The period whose terms are edited; null adds a new period. */
  index: number | null;
}

/** A supervision period's terms: its kind and grounds, its dates and the restrictions the court set. */
export function PeriodForm({ open, detail, index, onSaved, onClose, afterClose }: Props) {
  const { t } = useTranslation();
  const { form, submitting, error, submit, format } = usePersonForm<Values, (typeof fields)[number]>(
    fieldOf,
    onSaved,
    onClose,
  );
  const current = index === null ? undefined : detail.record.periods[index];

  const onSubmit = (values: Values) => {
    const period = {
      type: values.type ?? 'administrative',
      basis: textOrNull(values.basis),
      start: toIsoDate(values.start) ?? '',
      end: toIsoDate(values.end),
      checkInsPerMonth: numberOrNull(values.checkInsPerMonth) ?? 0,
      curfew: textOrNull(values.curfew),
      bannedPlaces: textOrNull(values.bannedPlaces),
      travel: textOrNull(values.travel),
      officer: textOrNull(values.officer),
    };
    const reason = textOrNull(values.reason?.trim()) ?? undefined;
    submit(() =>
      index === null
        ? api.monitoring.addPeriod({ id: detail.id, version: detail.version, period })
        : api.monitoring.updatePeriod({ id: detail.id, version: detail.version, index, period, reason }),
    );
  };

  return (
    <FormModal<Values>
      open={open}
      title={
        current
          ? t('monitoring.period.editTitle', {
              type: supervisionTypeLabel(t, current.type),
              start: format.date(current.start),
            })
          : t('monitoring.period.addTitle')
      }
      form={form}
      name="period"
      width={640}
      initialValues={
        current
          ? {
              type: current.type,
              checkInsPerMonth: numberText(current.checkInsPerMonth),
              basis: current.basis ?? undefined,
              start: fromIsoDate(current.start),
              end: fromIsoDate(current.end),
              curfew: current.curfew ?? undefined,
              bannedPlaces: current.bannedPlaces ?? undefined,
              travel: current.travel ?? undefined,
              officer: current.officer ?? undefined,
            }
          : { checkInsPerMonth: numberText(1) }
      }
      focus="type"
      okText={t(current ? 'monitoring.action.save' : 'monitoring.action.add')}
      cancelText={t('monitoring.action.cancel')}
      submitting={submitting}
      error={error}
      onSubmit={onSubmit}
      onClose={onClose}
      afterClose={afterClose}
    >
      <Flex gap={16}>
        <Form.Item
          name="type"
          label={t('monitoring.period.type')}
          required
          rules={[schemaRule(shape.type, t, { required: true })]}
          style={{ flex: 1, minWidth: 0 }}
        >
          <Select
            virtual={false}
            placeholder={t('monitoring.prompt.choose')}
            options={supervisionTypeOptions(t)}
          />
        </Form.Item>
        <Form.Item
          name="checkInsPerMonth"
          label={t('monitoring.period.checkInsPerMonth')}
          required
          rules={[numberRule(shape.checkInsPerMonth, t, { required: true })]}
          style={{ width: 200 }}
        >
          <NumberInput />
        </Form.Item>
      </Flex>
      <Form.Item
        name="basis"
        label={t('monitoring.period.basis')}
        extra={t('monitoring.hint.basis')}
        rules={[schemaRule(shape.basis, t, { toApi: textOrNull })]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Flex gap={16}>
        <Form.Item
          name="start"
          label={t('monitoring.period.start')}
          required
          rules={[dateRule(shape.start, t, true, { plan: true })]}
          style={{ flex: 1 }}
        >
          <DateInput allowClear={false} plan />
        </Form.Item>
        <Form.Item
          name="end"
          label={t('monitoring.period.end')}
          extra={t('monitoring.hint.end')}
          rules={[dateRule(shape.end, t, false, { plan: true })]}
          style={{ flex: 1 }}
        >
          <DateInput plan />
        </Form.Item>
      </Flex>
      <Flex gap={16}>
        <Form.Item
          name="curfew"
          label={t('monitoring.period.curfew')}
          rules={[schemaRule(shape.curfew, t, { toApi: textOrNull })]}
          style={{ flex: 1, minWidth: 0 }}
        >
          <Input autoComplete="off" placeholder={t('monitoring.hint.curfew')} />
        </Form.Item>
        <Form.Item
          name="officer"
          label={t('monitoring.period.officer')}
          rules={[schemaRule(shape.officer, t, { toApi: textOrNull })]}
          style={{ flex: 1, minWidth: 0 }}
        >
          <Input autoComplete="off" />
        </Form.Item>
      </Flex>
      <Form.Item
        name="bannedPlaces"
        label={t('monitoring.period.bannedPlaces')}
        rules={[schemaRule(shape.bannedPlaces, t, { toApi: textOrNull })]}
      >
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
      <Form.Item
        name="travel"
        label={t('monitoring.period.travel')}
        rules={[schemaRule(shape.travel, t, { toApi: textOrNull })]}
      >
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
      {current && (
        <Form.Item name="reason" label={t('monitoring.field.reason')} extra={t('monitoring.hint.reason')}>
          <ReasonInput rows={2} />
        </Form.Item>
      )}
    </FormModal>
  );
}
