import { Timeline, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/domain/case-detail';
import type { TimelineEvent, TimelineKind } from '../../../../shared/domain/timeline';
import type { CaseFormat } from './format';
import { useCaseFormat } from './useCaseFormat';

/** The colours of the stage tags, so an event and the stage it leads to read alike. */
const colors: Record<TimelineKind, string> = {
  registered: 'blue',
  forwarded: 'gold',
  closed: 'gray',
  convicted: 'purple',
  acquitted: 'purple',
  sentenced: 'green',
};

/** One event in a sentence of the UI language: "Подсудимый Аманов Е. Б. осуждён". */
export function describeEvent(
  event: TimelineEvent,
  detail: CaseDetail,
  t: TFunction,
  format: CaseFormat,
): string {
  const { record } = detail;
  if (event.kind === 'registered' || event.kind === 'forwarded') return t(`caseView.event.${event.kind}`);
  if (event.kind === 'closed') {
    return t(
      record.closedReason ? `caseView.event.closed.${record.closedReason}` : 'caseView.event.closedNoReason',
    );
  }
  const index = event.defendant ?? 0;
  const defendant = record.defendants[index];
  if (!defendant)
    return t(`caseView.event.${event.kind}.M`, { name: t('caseView.unnamed', { number: index + 1 }) });
  const params = { name: format.defendantName(defendant, index) };
  if (event.kind === 'sentenced' && defendant.sentence) {
    // Mid-sentence the kind of sentence is not capitalised: "…: назначено наказание — лишение свободы, 5 лет".
    const sentence = format.sentence(defendant.sentence);
    const lower = sentence.charAt(0).toLocaleLowerCase() + sentence.slice(1);
    return t(`caseView.event.sentenced.${defendant.sex}`, { ...params, sentence: lower });
  }
  return t(`caseView.event.${event.kind}.${defendant.sex}`, params);
}

/** Every dated event of the case, oldest first. */
export function CaseTimeline({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const format = useCaseFormat();
  return (
    <Timeline
      items={detail.timeline.map((event, i) => ({
        key: `${event.kind}-${event.defendant ?? ''}-${i}`,
        color: colors[event.kind],
        content: (
          <>
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              <time dateTime={event.date}>{format.longDate(event.date)}</time>
            </Typography.Text>
            <span>{describeEvent(event, detail, t, format)}</span>
          </>
        ),
      }))}
    />
  );
}
