import { Result } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * The office server presents another certificate than the one confirmed on this computer: nothing
 * is sent to it, and the person is told to go to the administrator rather than offered a way past.
 */
export function CertificateChangedScreen({ address }: { address: string }) {
  const { t } = useTranslation();
  return (
    <main>
      <Result
        status="warning"
        title={<h1 style={{ fontSize: 'inherit', margin: 0 }}>{t('connection.changed.title')}</h1>}
        subTitle={<span role="alert">{t('connection.error.certificateChanged', { address })}</span>}
      />
    </main>
  );
}
