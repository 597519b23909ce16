import { Flex, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { monitoringEventSchema, type MonitoringEventType } from '../../../../shared/domain/monitoring';
import { api } from '../../api';
import { DateInput } from '../../components/case/DateInput';
import { FormModal } from '../../components/FormModal';
import { dateRule, fromIsoDate, schemaRule, textOrNull, toIsoDate } from '../../components/case/form-rules';
import { eventTypeOptions, supervisionTypeLabel } from './labels';
import { defaultEventDay } from './period-dates';
import { fieldsAt } from './issue-fields';
import { usePersonForm, type PersonDialogProps } from './usePersonForm';

interface Values {
  on?: Dayjs | null;
  type?: MonitoringEventType;
  description?: string;
  until?: Dayjs | null;
}

const fields = ['on', 'type', 'description', 'until'] as const;
const fieldOf = fieldsAt(fields, 'event', 'periods\\[\\d+\\]\\.events\\[\\d+\\]');
const shape = monitoringEventSchema.shape;

interface Props extends PersonDialogProps {
  period: number;
  /** A check-in: the type is fixed to "attended" and only its day is asked (today unless changed). */
  checkIn?: boolean;
}

/**
 * Something that happened in a period. An extension asks for the new end date (the period then runs
 * to it); an end closes the period on the event's day; a missed check-in acknowledges that month's lapse.
 */
export function EventForm({ open, detail, period, checkIn = false, onSaved, onClose, afterClose }: Props) {
  const { t } = useTranslation();
  const { form, submitting, error, submit, format } = usePersonForm<Values, (typeof fields)[number]>(
    fieldOf,
    onSaved,
    onClose,
  );
  const type = Form.useWatch('type', form);
  const terms = detail.record.periods[period];

  const onSubmit = (values: Values) => {
    const eventType = values.type ?? 'attended';
    const event = {
      on: toIsoDate(values.on) ?? '',
      type: eventType,
      description: textOrNull(values.description),
      until: eventType === 'extended' ? toIsoDate(values.until) : null,
    };
    submit(() => api.monitoring.recordEvent({ id: detail.id, version: detail.version, period, event }));
  };

  return (
    <FormModal<Values>
      open={open}
      title={
        terms
          ? t(checkIn ? 'monitoring.event.checkInTitle' : 'monitoring.event.title', {
              type: supervisionTypeLabel(t, terms.type),
              start: format.date(terms.start),
            })
          : t('monitoring.period.recordEvent')
      }
      form={form}
      name="event"
      width={560}
      initialValues={{
        on: fromIsoDate(terms ? defaultEventDay(terms, detail.today) : detail.today),
        type: 'attended',
      }}
      focus={checkIn ? 'on' : 'type'}
      okText={t(checkIn ? 'monitoring.period.checkInToday' : 'monitoring.event.submit')}
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
          label={t('monitoring.event.type')}
          extra={type ? t(`monitoring.event.hint.${type}`) : undefined}
          required
          rules={[schemaRule(shape.type, t, { required: true })]}
          style={{ flex: 1, minWidth: 0 }}
          hidden={checkIn}
        >
          <Select virtual={false} options={eventTypeOptions(t)} />
        </Form.Item>
        <Form.Item
          name="on"
          label={t(checkIn ? 'monitoring.event.checkInOn' : 'monitoring.event.on')}
          required
          rules={[dateRule(shape.on, t)]}
          style={{ width: checkIn ? undefined : 190, flex: checkIn ? 1 : undefined }}
        >
          {/* A check-in cannot be recorded ahead of the day it happens. */}
          <DateInput
            allowClear={false}
            disabledDate={checkIn ? (day) => toIsoDate(day)! > detail.today : undefined}
          />
        </Form.Item>
      </Flex>
      {type === 'extended' && (
        <Form.Item
          name="until"
          label={t('monitoring.event.until')}
          required
          rules={[dateRule(shape.until, t, true, { plan: true })]}
        >
          <DateInput allowClear={false} plan />
        </Form.Item>
      )}
      <Form.Item
        name="description"
        label={t('monitoring.event.description')}
        rules={[schemaRule(shape.description, t, { toApi: textOrNull })]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
    </FormModal>
  );
}
