import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PersonDetail } from '../../../../shared/domain/monitoring-api';
import { SectionCard } from '../../components/case/SectionCard';
import { ForRole } from '../../components/ForRole';
import { newestFirst } from './period-dates';
import { PeriodCard } from './PeriodCard';

interface Props {
  detail: PersonDetail;
  busy: boolean;
  onAdd: () => void;
  onCheckIn: (index: number) => void;
  onEvent: (index: number) => void;
  onEdit: (index: number) => void;
  onRemove: (index: number) => void;
  onRemoveEvent: (index: number, event: number) => void;
}

/** Every supervision period of the person, the latest first. */
export function PeriodsSection({
  detail,
  busy,
  onAdd,
  onCheckIn,
  onEvent,
  onEdit,
  onRemove,
  onRemoveEvent,
}: Props) {
  const { t } = useTranslation();
  return (
    <SectionCard
      title={t('monitoring.section.periods')}
      extra={
        <ForRole capability="monitoring.write">
          <Button icon={<PlusOutlined aria-hidden />} onClick={onAdd}>
            {t('monitoring.period.add')}
          </Button>
        </ForRole>
      }
    >
      {detail.record.periods.length === 0 ? (
        <Typography.Text type="secondary">{t('monitoring.period.empty')}</Typography.Text>
      ) : (
        <Flex vertical gap={16}>
          {newestFirst(detail.record.periods).map(({ period, index }) => (
            <PeriodCard
              key={index}
              period={period}
              status={detail.periods[index]!}
              today={detail.today}
              sex={detail.record.sex}
              busy={busy}
              onCheckIn={() => onCheckIn(index)}
              onEvent={() => onEvent(index)}
              onEdit={() => onEdit(index)}
              onRemove={() => onRemove(index)}
              onRemoveEvent={(event) => onRemoveEvent(index, event)}
            />
          ))}
        </Flex>
      )}
    </SectionCard>
  );
}
