import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/domain/case-detail';
import { useCaseFormat } from './useCaseFormat';

const tagColors = { ok: 'default', dueSoon: 'orange', overdue: 'red' } as const;

/** The investigation deadline as a tag for the page header: red when overdue, orange when due soon. */
export function DeadlineTag({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const format = useCaseFormat();
  const { status, date } = detail.deadline;
  if (status === 'done') return null;
  return (
    <Tag color={tagColors[status]}>{t(`caseView.deadline.tag.${status}`, { date: format.date(date) })}</Tag>
  );
}

/**
 * The deadline in the case details: the date and, while the investigation runs, how it stands; once
 * it has ended (forwarded or closed), whether that was within the term.
 */
export function DeadlineText({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const format = useCaseFormat();
  const { status, date, termDays } = detail.deadline;
  const ended = detail.record.forwardedToCourtOn ?? detail.record.closedOn;
  const note =
    status === 'done'
      ? t(ended !== null && ended > date ? 'caseView.deadline.endedLate' : 'caseView.deadline.endedInTime')
      : t(`caseView.deadline.status.${status}`);
  const type = status === 'overdue' ? 'danger' : status === 'dueSoon' ? 'warning' : undefined;
  return (
    <span>
      <Typography.Text type={type} strong={type !== undefined}>
        {format.date(date)}
      </Typography.Text>{' '}
      <Typography.Text type={type ?? 'secondary'}>
        ({note}; {t('caseView.deadline.term', { count: termDays })})
      </Typography.Text>
    </span>
  );
}
