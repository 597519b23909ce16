import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MonitoringEvent, MonitoringEventType } from '../../../../shared/domain/monitoring';
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

/** What happened in a period, newest first. */
export function EventTimeline({ events, label }: { events: MonitoringEvent[]; label: string }) {
  const { t } = useTranslation();
  const format = useCaseFormat();
  if (events.length === 0)
    return <Typography.Text type="secondary">{t('monitoring.period.noEvents')}</Typography.Text>;
  return (
    <div role="group" aria-label={label}>
      <Timeline
        items={[...events].reverse().map((event, i) => ({
          key: `${event.on}-${event.type}-${i}`,
          color: colors[event.type],
          content: (
            <>
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                <time dateTime={event.on}>{format.longDate(event.on)}</time>
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
            </>
          ),
        }))}
      />
    </div>
  );
}
