import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fingerprintLines } from '../../../../shared/domain/connection';
import { useConnection } from '../../state/connection';

/** Which database the desktop app works on, and for the office server the fingerprint confirmed for it. */
export function ConnectionCard() {
  const { t } = useTranslation();
  const connection = useConnection();
  if (!connection?.mode) return null;
  const items = [
    {
      key: 'mode',
      label: t('connection.settings.mode'),
      children:
        connection.mode === 'office'
          ? t('connection.database.office', { address: connection.address })
          : t('connection.database.local'),
    },
    ...(connection.mode === 'office'
      ? [
          {
            key: 'fingerprint',
            label: t('connection.settings.fingerprint'),
            children: (
              <Typography.Text code style={{ whiteSpace: 'pre' }}>
                {fingerprintLines(connection.fingerprint).join('\n')}
              </Typography.Text>
            ),
          },
        ]
      : []),
  ];
  return (
    <Card title={t('connection.settings.title')}>
      <Descriptions column={1} bordered size="small" items={items} />
    </Card>
  );
}
