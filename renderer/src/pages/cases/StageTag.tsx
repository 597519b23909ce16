import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../../shared/domain/case';

/** One colour per step of the pipeline, so the list can be scanned by stage at a glance. */
const colors: Record<Stage, string> = {
  registered: 'blue',
  forwarded: 'gold',
  verdict: 'purple',
  sentenced: 'green',
  closed: 'default',
};

export function StageTag({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  return <Tag color={colors[stage]}>{t(`cases.stage.${stage}`)}</Tag>;
}
