import { Descriptions, Flex, Tag, Typography, type DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/domain/case-detail';
import type { CaseRecord } from '../../../../shared/domain/case-record';
import { labelOf, type ReferenceItem } from '../../../../shared/domain/reference';
import { currentLanguage } from '../../i18n/i18n';
import { articleTitle, districtLabel } from '../../i18n/reference-labels';
import { useReference } from '../../state/reference';
import { DeadlineText } from './DeadlineStatus';
import { useCaseFormat } from './useCaseFormat';
import type { CaseReference } from './useCaseReference';

const none = <Typography.Text type="secondary">—</Typography.Text>;

function ReferenceTags({ names, items }: { names: string[]; items: ReferenceItem[] }) {
  const language = currentLanguage();
  if (names.length === 0) return none;
  return (
    <Flex gap={4} wrap>
      {names.map((name) => {
        const item = items.find((i) => i.name === name);
        return (
          <Tag key={name} style={{ marginInlineEnd: 0 }}>
            {item ? labelOf(item, language) : name}
          </Tag>
        );
      })}
    </Flex>
  );
}

/** The case's article (with part and title) and district as the UI language writes them. */
export function useOffenceLabels(record: CaseRecord): { article: string; district: string } {
  const { t } = useTranslation();
  const { articles, districts } = useReference();
  const language = currentLanguage();
  const article = articles.find((a) => a.code === record.article);
  const title = article ? articleTitle(article, language) : '';
  const district = districts.find((d) => d.name === record.district);
  const articleText = record.part
    ? t('caseView.value.articlePart', { article: record.article, part: record.part })
    : t('caseView.value.article', { article: record.article });
  return {
    article: title ? `${articleText} — ${title}` : articleText,
    district: district ? districtLabel(district, language) : record.district,
  };
}

/** Registration facts and what is known of the offence. */
export function CaseDetails({ detail, reference }: { detail: CaseDetail; reference: CaseReference }) {
  const { t } = useTranslation();
  const format = useCaseFormat();
  const { record } = detail;
  const offence = useOffenceLabels(record);

  const items: DescriptionsProps['items'] = [
    { key: 'article', label: t('cases.field.article'), children: offence.article },
    { key: 'district', label: t('cases.field.district'), children: offence.district },
    { key: 'registeredOn', label: t('cases.field.registeredOn'), children: format.date(record.registeredOn) },
    {
      key: 'deadline',
      label: t('caseView.field.deadline'),
      children: <DeadlineText detail={detail} />,
    },
    {
      key: 'groupCrime',
      label: t('caseView.field.groupCrime'),
      children: t(record.groupCrime ? 'caseView.value.yes' : 'caseView.value.no'),
    },
    {
      key: 'damage',
      label: t('caseView.field.damageKzt'),
      children: record.damageKzt !== null ? format.money(record.damageKzt) : none,
    },
    {
      key: 'platforms',
      label: t('caseView.field.platforms'),
      children: <ReferenceTags names={record.platforms} items={reference.platforms} />,
    },
    {
      key: 'tactics',
      label: t('caseView.field.tactics'),
      children: <ReferenceTags names={record.tactics} items={reference.tactics} />,
    },
  ];
  return (
    <Descriptions column={1} size="small" colon={false} items={items} styles={{ label: { width: 210 } }} />
  );
}
