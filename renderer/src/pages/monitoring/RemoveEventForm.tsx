import { Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { periodTermsSchema } from '../../../../shared/domain/monitoring';
import { api } from '../../api';
import { DateInput } from '../../components/case/DateInput';
import { dateRule, fromIsoDate, toIsoDate } from '../../components/case/form-rules';
import { useCaseFormat } from '../case/useCaseFormat';
import { fieldsAt } from './issue-fields';
import { eventTypeLabel } from './labels';
import { RemovalForm } from './RemovalForm';
import type { PersonDialogProps } from './usePersonForm';

interface Props extends PersonDialogProps {
  period: number;
  /** The event's place in its period's events (date order). */
  event: number;
}

interface Values {
  end?: Dayjs | string | null;
  reason: string;
}

const fieldOf = fieldsAt(['end', 'reason'] as const, 'periods\\[\\d+\\]');

/**
 * Removing an event recorded by mistake takes it off the period (and out of its figures and the
 * year's), so the grounds are required. An extension or an end moved the period's end when recorded;
 * the form then asks for the end the period has without it, the current one filled in.
 */
export function RemoveEventForm({ detail, period: index, event: position, ...dialog }: Props) {
  const { t } = useTranslation();
  const format = useCaseFormat();
  const period = detail.record.periods[index];
  const event = period?.events[position];
  const movedEnd = event?.type === 'extended' || event?.type === 'ended';
  const words = event
    ? { type: eventTypeLabel(t, event.type), date: format.date(event.on) }
    : { type: '', date: '' };

  return (
    <RemovalForm<Values, 'end' | 'reason'>
      {...dialog}
      name="removeEvent"
      title={t('monitoring.event.removeTitle', words)}
      intro={t('monitoring.event.removeIntro')}
      fieldOf={fieldOf}
      initialValues={movedEnd ? { end: fromIsoDate(period?.end) } : undefined}
      remove={({ end, reason }) =>
        api.monitoring.removeEvent({
          id: detail.id,
          version: detail.version,
          period: index,
          event: position,
          ...(movedEnd ? { end: toIsoDate(end) } : {}),
          reason,
        })
      }
    >
      {movedEnd && (
        <Form.Item
          name="end"
          label={t('monitoring.event.endWithout')}
          extra={t('monitoring.event.endWithoutHint', {
            date: period?.end ? format.date(period.end) : t('monitoring.period.openEnd'),
          })}
          rules={[dateRule(periodTermsSchema.shape.end, t, false, { plan: true })]}
        >
          <DateInput plan />
        </Form.Item>
      )}
    </RemovalForm>
  );
}
