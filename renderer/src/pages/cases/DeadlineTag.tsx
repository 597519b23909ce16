import { ClockCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../../shared/domain/case';

/**
 * Only what needs attention is tagged: an overdue investigation, and one whose term ends soon.
 * Memoised: the case list's virtual table draws its rows two or three times as it settles.
 */
export const DeadlineTag = memo(function DeadlineTag({ status }: { status: CaseSummary['deadline'] }) {
  const { t } = useTranslation();
  if (status === 'overdue')
    return (
      <Tag color="red" icon={<ExclamationCircleOutlined aria-hidden />}>
        {t('caseList.deadline.overdue')}
      </Tag>
    );
  if (status === 'dueSoon')
    return (
      <Tag color="orange" icon={<ClockCircleOutlined aria-hidden />}>
        {t('caseList.deadline.dueSoon')}
      </Tag>
    );
  return null;
});
