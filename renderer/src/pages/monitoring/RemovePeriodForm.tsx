import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useCaseFormat } from '../case/useCaseFormat';
import { fieldsAt } from './issue-fields';
import { supervisionTypeLabel } from './labels';
import { RemovalForm } from './RemovalForm';
import type { PersonDialogProps } from './usePersonForm';

interface Props extends PersonDialogProps {
  index: number;
}

const fieldOf = fieldsAt(['reason'] as const);

/** Removing a period recorded by mistake takes it off the record with its events: the grounds are required. */
export function RemovePeriodForm({ detail, index, ...dialog }: Props) {
  const { t } = useTranslation();
  const format = useCaseFormat();
  const period = detail.record.periods[index];
  const events = period?.events.length ?? 0;
  return (
    <RemovalForm<{ reason: string }, 'reason'>
      {...dialog}
      name="removePeriod"
      title={t('monitoring.period.removeTitle', {
        type: period ? supervisionTypeLabel(t, period.type) : '',
        start: period ? format.date(period.start) : '',
      })}
      intro={
        events > 0
          ? t('monitoring.period.removeIntroEvents', { count: events })
          : t('monitoring.period.removeIntro')
      }
      fieldOf={fieldOf}
      remove={({ reason }) =>
        api.monitoring.removePeriod({ id: detail.id, version: detail.version, index, reason })
      }
    />
  );
}
