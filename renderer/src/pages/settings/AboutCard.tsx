import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../query/LoadError';
import { useApiQuery } from '../../query/use-api';

export function AboutCard() {
  const { t } = useTranslation();
  const { data: info, apiError, refetch, isPending } = useApiQuery('app.info', {});

  return (
    <Card title={t('settings.about')} loading={isPending}>
      <LoadError error={apiError} onRetry={refetch} />
      {info && (
        <Descriptions
          column={1}
          bordered
          size="small"
          items={[
            { key: 'version', label: t('settings.version'), children: info.version },
            { key: 'schema', label: t('settings.schemaVersion'), children: info.schemaVersion },
            {
              key: 'database',
              label: t('settings.database'),
              children: (
                <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
                  {info.databasePath}
                </Typography.Text>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
