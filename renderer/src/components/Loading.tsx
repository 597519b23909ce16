import { Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * The one "loading" sign: a spinner that says what it is in the UI language (antd marks it busy for
 * screen readers). Shown while the session is read and while a screen's code arrives.
 */
export function Loading() {
  const { t } = useTranslation();
  return (
    <Flex align="center" justify="center" style={{ height: '100%', minHeight: 240 }}>
      <Spin size="large" description={t('app.loading')} />
    </Flex>
  );
}
