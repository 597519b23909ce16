import { CheckOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Flex,
  Row,
  Tag,
  Typography,
  type DescriptionsProps,
} from 'antd';
import { useTranslation } from 'react-i18next';
import type { Sex } from '../../../../shared/domain/case-record';
import type { SupervisionPeriod } from '../../../../shared/domain/monitoring';
import type { PeriodStatus } from '../../../../shared/domain/monitoring-api';
import { ForRole } from '../../components/ForRole';
import { useCaseFormat } from '../case/useCaseFormat';
import { EventTimeline } from './EventTimeline';
import { supervisionTypeLabel } from './labels';
import { daysBetween } from '../../../../shared/dates';
import { formatsFor } from '../../../../shared/format';
import { currentLanguage } from '../../i18n/i18n';
import { periodState, type PeriodState } from './period-dates';

interface Props {
  period: SupervisionPeriod;
  status: PeriodStatus;
  today: string;
  /** The person's recorded sex: "attended" agrees with it. */
  sex: Sex;
  busy: boolean;
  onCheckIn: () => void;
  onEvent: () => void;
  onEdit: () => void;
  onRemove: () => void;
  onRemoveEvent: (index: number) => void;
}

const stateColors: Record<PeriodState, string> = { inForce: 'green', upcoming: 'blue', ended: 'default' };
const none = <Typography.Text type="secondary">—</Typography.Text>;
const text = (value: string | null) =>
  value ? <Typography.Text style={{ whiteSpace: 'pre-line' }}>{value}</Typography.Text> : none;

/**
 * One supervision period: its terms, where its check-ins stand today, the actions on it (for a role that
 * keeps the register) and its events.
 */
export function PeriodCard({
  period,
  status,
  today,
  sex,
  busy,
  onCheckIn,
  onEvent,
  onEdit,
  onRemove,
  onRemoveEvent,
}: Props) {
  const { t } = useTranslation();
  const format = useCaseFormat();
  const state = periodState(period, status, today);
  const type = supervisionTypeLabel(t, period.type);
  const range = t('monitoring.period.range', {
    start: format.date(period.start),
    end: period.end ? format.date(period.end) : t('monitoring.period.openEnd'),
  });
  const title = `${type}, ${range}`;

  const terms: DescriptionsProps['items'] = [
    { key: 'basis', label: t('monitoring.period.basis'), children: text(period.basis) },
    {
      key: 'checkIns',
      label: t('monitoring.period.checkInsPerMonth'),
      children:
        period.checkInsPerMonth > 0
          ? t('monitoring.period.perMonth', { count: period.checkInsPerMonth })
          : t('monitoring.period.noCheckIns'),
    },
    { key: 'curfew', label: t('monitoring.period.curfew'), children: text(period.curfew) },
    { key: 'bannedPlaces', label: t('monitoring.period.bannedPlaces'), children: text(period.bannedPlaces) },
    { key: 'travel', label: t('monitoring.period.travel'), children: text(period.travel) },
    { key: 'officer', label: t('monitoring.period.officer'), children: text(period.officer) },
  ];

  // An ended period has nothing ahead and nothing left to act on: its check-ins read as its record,
  // the lapses among them counted whether or not a no-show was written down for each.
  const checkIns: DescriptionsProps['items'] =
    state === 'ended'
      ? [
          {
            key: 'missed',
            label: t('monitoring.period.overdue'),
            children: formatsFor(currentLanguage()).number(status.expected - status.attended),
          },
          {
            key: 'attended',
            label: t(`monitoring.period.attended.${sex}`),
            children: t('monitoring.period.attendedOfPeriod', {
              attended: status.attended,
              expected: status.expected,
            }),
          },
        ]
      : [
          {
            key: 'nextDue',
            label: t('monitoring.period.nextDue'),
            children: status.nextDue ? format.date(status.nextDue) : none,
          },
          {
            key: 'overdue',
            label: t('monitoring.period.overdue'),
            children:
              status.overdue.length > 0 ? (
                <Flex gap={4} wrap>
                  {status.overdue.map((due) => (
                    <Tag key={due} color="red" style={{ marginInlineEnd: 0 }}>
                      {format.date(due)}
                    </Tag>
                  ))}
                </Flex>
              ) : (
                <Typography.Text type="secondary">{t('monitoring.period.noneOverdue')}</Typography.Text>
              ),
          },
          {
            key: 'attended',
            label: t(`monitoring.period.attended.${sex}`),
            // Said apart, as they are counted with the due ones ("5 of 7" with 6 due by today).
            children:
              status.early > 0
                ? t('monitoring.period.attendedOfEarly', {
                    attended: status.attended,
                    expected: status.expected,
                    due: status.expected - status.early,
                    count: status.early,
                  })
                : t('monitoring.period.attendedOf', {
                    attended: status.attended,
                    expected: status.expected,
                  }),
          },
        ];

  return (
    <section aria-label={title}>
      <Card
        size="small"
        title={
          <Flex gap={8} align="baseline" wrap style={{ padding: '4px 0' }}>
            <Typography.Title level={3} style={{ fontSize: 15, margin: 0 }}>
              {type}
            </Typography.Title>
            <Typography.Text type="secondary">{range}</Typography.Text>
          </Flex>
        }
        extra={
          <Tag color={stateColors[state]} style={{ marginInlineEnd: 0 }}>
            {t(`monitoring.period.state.${state}`)}
          </Tag>
        }
      >
        {status.endingSoon && period.end && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('monitoring.period.endsIn', {
              count: daysBetween(today, period.end),
              date: format.date(period.end),
            })}
          />
        )}
        <Row gutter={[24, 16]}>
          <Col xs={24} lg={14}>
            <Descriptions
              size="small"
              column={1}
              colon={false}
              items={terms}
              styles={{ label: { width: 190 } }}
            />
            <Typography.Title level={4} style={{ fontSize: 14, margin: '16px 0 8px' }}>
              {t('monitoring.period.checkIns')}
            </Typography.Title>
            <Descriptions
              size="small"
              column={1}
              colon={false}
              items={checkIns}
              styles={{ label: { width: 190 } }}
            />
            <ForRole capability="monitoring.write">
              <Flex gap={8} wrap style={{ marginTop: 12 }}>
                <Button
                  type="primary"
                  icon={<CheckOutlined aria-hidden />}
                  disabled={busy || state !== 'inForce'}
                  onClick={onCheckIn}
                >
                  {t('monitoring.period.checkInToday')}
                </Button>
                <Button icon={<PlusOutlined aria-hidden />} disabled={busy} onClick={onEvent}>
                  {t('monitoring.period.recordEvent')}
                </Button>
                <Button icon={<EditOutlined aria-hidden />} disabled={busy} onClick={onEdit}>
                  {t('monitoring.period.editTerms')}
                </Button>
                <Button danger icon={<DeleteOutlined aria-hidden />} disabled={busy} onClick={onRemove}>
                  {t('monitoring.period.remove')}
                </Button>
              </Flex>
            </ForRole>
          </Col>
          <Col xs={24} lg={10}>
            <Typography.Title level={4} style={{ fontSize: 14, margin: '0 0 12px' }}>
              {t('monitoring.period.events')}
            </Typography.Title>
            <EventTimeline
              events={period.events}
              label={t('monitoring.period.eventsOf', { period: title })}
              busy={busy}
              onRemove={onRemoveEvent}
            />
          </Col>
        </Row>
      </Card>
    </section>
  );
}
