import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useCaseFormat } from '../case/useCaseFormat';
import { articleText } from './ConvictionsSection';
import { fieldsAt } from './issue-fields';
import { RemovalForm } from './RemovalForm';
import type { PersonDialogProps } from './usePersonForm';

interface Props extends PersonDialogProps {
  index: number;
}

const fieldOf = fieldsAt(['reason'] as const);

/** Removing a recorded conviction takes it off the person's record, so the grounds are required. */
export function RemoveConvictionForm({ detail, index, ...dialog }: Props) {
  const { t } = useTranslation();
  const format = useCaseFormat();
  const conviction = detail.record.convictions[index];
  return (
    <RemovalForm<{ reason: string }, 'reason'>
      {...dialog}
      name="removeConviction"
      title={t('monitoring.conviction.removeTitle', {
        article: conviction ? articleText(t, conviction) : '',
        date: conviction ? format.date(conviction.courtDate) : '',
      })}
      intro={t('monitoring.conviction.removeIntro')}
      fieldOf={fieldOf}
      remove={({ reason }) =>
        api.monitoring.removeConviction({ id: detail.id, version: detail.version, index, reason })
      }
    />
  );
}
