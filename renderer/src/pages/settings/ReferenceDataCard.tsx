import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { referenceKinds } from '../../../../shared/domain/reference';
import { ReferenceTable } from './ReferenceTable';

/** Districts, articles, platforms and tactics: add values, label them in three languages, retire them. */
export function ReferenceDataCard() {
  const { t } = useTranslation();
  return (
    <Card title={t('reference.title')}>
      <Tabs
        items={referenceKinds.map((kind) => ({
          key: kind,
          label: t(`reference.kind.${kind}`),
          children: <ReferenceTable kind={kind} />,
        }))}
      />
    </Card>
  );
}
