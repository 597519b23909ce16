import { ClockCircleOutlined } from '@ant-design/icons';
import { Card, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../components/PageHeader';

export type PlannedArea = 'audit';

/** An area that is not built yet says what it will hold; it never shows made-up figures. */
export function PlaceholderPage({ area }: { area: PlannedArea }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t(`nav.${area}`)} />
      <Card>
        <Result
          icon={<ClockCircleOutlined aria-hidden />}
          title={t('placeholder.title')}
          subTitle={t(`placeholder.${area}`)}
        />
      </Card>
    </>
  );
}
