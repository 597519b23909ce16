import { DeleteOutlined } from '@ant-design/icons';
import { Button, Flex, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MonitoringEvent, MonitoringEventType } from '../../../../shared/domain/monitoring';
import { useCan } from '../../state/session';
import { useCaseFormat } from '../case/useCaseFormat';
import { eventTypeLabel } from './labels';

const colors: Record<MonitoringEventType, string> = {
  attended: 'green',
  missed: 'red',
  violation: 'red',
  warning: 'orange',
  extended: 'blue',
  ended: 'gray',
};

interface Props {
  events: MonitoringEvent[];
  label: string;
  /** Removes the event at this place of `events` (a role that keeps the register sees the button). */
  onRemove: (index: number) => void;
  busy?: boolean;
}

/** What happened in a period, newest first, each dated as every list writes dates. */
export function EventTimeline({ events, label, onRemove, busy = false }: Props) {
  const { t } = useTranslation();
  const format = useCaseFormat();
  const canEdit = useCan('monitoring.write');
  if (events.length === 0)
    return <Typography.Text type="secondary">{t('monitoring.period.noEvents')}</Typography.Text>;
  const newestFirst = events.map((event, index) => ({ event, index })).reverse();
  return (
    <div role="group" aria-label={label}>
      <Timeline
        items={newestFirst.map(({ event, index }) => ({
          key: `${event.on}-${event.type}-${index}`,
          color: colors[event.type],
          content: (
            <Flex gap={8} align="flex-start" justify="space-between">
              <div style={{ minWidth: 0 }}>
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  <time dateTime={event.on}>{format.date(event.on)}</time>
                </Typography.Text>
                <Typography.Text strong>{eventTypeLabel(t, event.type)}</Typography.Text>
                {event.type === 'extended' && event.until && (
                  <span> — {t('monitoring.period.extendedUntil', { date: format.date(event.until) })}</span>
                )}
                {event.description && (
                  <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-line' }}>
                    {event.description}
                  </Typography.Paragraph>
                )}
              </div>
              {canEdit && (
                <Button
                  type="text"
                  size="small"
                  danger
                  disabled={busy}
                  icon={<DeleteOutlined aria-hidden />}
                  aria-label={t('monitoring.event.remove', {
                    type: eventTypeLabel(t, event.type),
                    date: format.date(event.on),
                  })}
                  title={t('monitoring.action.remove')}
                  onClick={() => onRemove(index)}
                />
              )}
            </Flex>
          ),
        }))}
      />
    </div>
  );
}
