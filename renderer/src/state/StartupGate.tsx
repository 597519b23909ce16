import { Button, Flex, Result, Spin } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { applySavedLanguage } from './language';

type Startup = { status: 'loading' } | { status: 'ready' } | { status: 'failed'; message: string };

/** Nothing is shown until the saved language is applied, so the first screen is already in it. */
export function StartupGate({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const [attempt, setAttempt] = useState(0);
  const [startup, setStartup] = useState<Startup>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    void applySavedLanguage(i18n).then((error) => {
      if (live) setStartup(error ? { status: 'failed', message: error.message } : { status: 'ready' });
    });
    return () => {
      live = false;
    };
  }, [i18n, attempt]);

  if (startup.status === 'ready') return children;
  if (startup.status === 'loading') {
    return (
      <Flex align="center" justify="center" style={{ height: '100%' }}>
        <Spin size="large" description={t('app.loading')} />
      </Flex>
    );
  }
  const retry = () => {
    setStartup({ status: 'loading' });
    setAttempt((n) => n + 1);
  };
  return (
    <Result
      status="error"
      title={t('app.name')}
      subTitle={startup.message}
      extra={
        <Button type="primary" onClick={retry}>
          {t('app.retry')}
        </Button>
      }
    />
  );
}
