import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/result';

interface Props {
  error: ApiError | null;
  /** Ask again (the query's `refetch`); without it the message stands alone. */
  onRetry?: () => unknown;
  style?: CSSProperties;
}

/** How every screen says that something could not be read: the backend's words, and a way to retry. */
export function LoadError({ error, onRetry, style }: Props) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={error.message}
      style={style}
      action={
        onRetry && (
          <Button icon={<ReloadOutlined aria-hidden />} onClick={() => void onRetry()}>
            {t('app.retry')}
          </Button>
        )
      }
    />
  );
}
