import { Tag } from 'antd';
import { memo } from 'react';
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

/** Memoised: the case list's virtual table draws its rows two or three times as it settles. */
export const StageTag = memo(function StageTag({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  return <Tag color={colors[stage]}>{t(`cases.stage.${stage}`)}</Tag>;
});
