import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** The whole window when what it opens on could not be read: why, and a way to try again. */
export function LoadFailed({ message, onRetry }: { message: string; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      title={t('app.name')}
      subTitle={message}
      extra={
        <Button type="primary" onClick={onRetry}>
          {t('app.retry')}
        </Button>
      }
    />
  );
}
