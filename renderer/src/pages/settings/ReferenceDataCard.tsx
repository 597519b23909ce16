import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { referenceKinds } from '../../../../shared/domain/reference';
import { ViewOnlyTag } from '../../components/ViewOnlyTag';
import { useCan } from '../../state/session';
import { ReferenceTable } from './ReferenceTable';

/**
 * Districts, articles, platforms and tactics: add values, label them in three languages, retire them
 * (the administrator; other roles read them).
 */
export function ReferenceDataCard() {
  const { t } = useTranslation();
  const canEdit = useCan('reference');
  return (
    <Card title={t('reference.title')} extra={canEdit ? undefined : <ViewOnlyTag />}>
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
