import { Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NewReferences } from '../../../../shared/domain/import';
import { referenceKinds } from '../../../../shared/domain/reference';

/** The districts, articles, platforms and tactics an import creates (or has created). */
export function NewReferenceList({ references }: { references: NewReferences }) {
  const { t } = useTranslation();
  const kinds = referenceKinds.filter((kind) => references[kind].length > 0);
  if (kinds.length === 0)
    return <Typography.Text type="secondary">{t('importFile.newReferences.none')}</Typography.Text>;
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      styles={{ label: { width: 220 } }}
      items={kinds.map((kind) => ({
        key: kind,
        label: t(`reference.kind.${kind}`),
        children: references[kind].map((name) => <Tag key={name}>{name}</Tag>),
      }))}
    />
  );
}
