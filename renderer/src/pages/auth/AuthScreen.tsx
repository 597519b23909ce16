import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useWhereDataIs } from '../../state/connection';

interface Props {
  /** The screen's heading (its only h1). */
  title: string;
  /** A line under the heading saying why the screen is shown. */
  intro?: ReactNode;
  children: ReactNode;
  /** Above the card, in sight on a small screen before anything is typed: the language switch. */
  languageSwitch?: ReactNode;
}

/**
 * The frame of every screen shown before the app itself: one centred card with the emblem, the app's
 * name and purpose, and nothing of the data behind it.
 */
export function AuthScreen({ title, intro, children, languageSwitch }: Props) {
  const { t } = useTranslation();
  const whereDataIs = useWhereDataIs();
  return (
    <Flex
      vertical
      align="center"
      justify="center"
      gap={20}
      style={{ minHeight: '100%', padding: '32px 16px', background: '#f3f5f8', boxSizing: 'border-box' }}
    >
      {languageSwitch}
      <main style={{ width: '100%', maxWidth: 460 }}>
        <Card
          styles={{ body: { padding: '32px 36px 28px' } }}
          style={{ borderTop: '4px solid #0f2a4a', boxShadow: '0 6px 24px rgba(15, 42, 74, 0.08)' }}
        >
          <Flex
            align="center"
            gap={14}
            style={{ paddingBottom: 20, marginBottom: 20, borderBottom: '1px solid #e8ecf1' }}
          >
            <SafetyCertificateOutlined aria-hidden style={{ fontSize: 36, color: '#1d4f91' }} />
            <Flex vertical>
              <Typography.Text strong style={{ fontSize: 20, lineHeight: 1.3, color: '#0f2a4a' }}>
                {t('app.name')}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('app.tagline')}
              </Typography.Text>
            </Flex>
          </Flex>
          <Typography.Title level={1} style={{ fontSize: 20, margin: intro ? '0 0 8px' : '0 0 20px' }}>
            {title}
          </Typography.Title>
          {intro && (
            <Typography.Paragraph type="secondary" style={{ marginBottom: 20 }}>
              {intro}
            </Typography.Paragraph>
          )}
          {children}
        </Card>
      </main>
      {whereDataIs && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {whereDataIs}
        </Typography.Text>
      )}
    </Flex>
  );
}
