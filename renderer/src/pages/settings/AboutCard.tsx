import { Alert, Card, Descriptions, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../../shared/api/contract';
import { api } from '../../api';

type Info = { info: AppInfo } | { error: string } | null;

export function AboutCard() {
  const { t } = useTranslation();
  const [state, setState] = useState<Info>(null);

  useEffect(() => {
    let live = true;
    void api.app.info({}).then((result) => {
      if (live) setState(result.ok ? { info: result.value } : { error: result.error.message });
    });
    return () => {
      live = false;
    };
  }, []);

  return (
    <Card title={t('settings.about')} loading={state === null}>
      {state && 'error' in state && <Alert type="error" showIcon title={state.error} />}
      {state && 'info' in state && (
        <Descriptions
          column={1}
          bordered
          size="small"
          items={[
            { key: 'version', label: t('settings.version'), children: state.info.version },
            { key: 'schema', label: t('settings.schemaVersion'), children: state.info.schemaVersion },
            {
              key: 'database',
              label: t('settings.database'),
              children: (
                <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
                  {state.info.databasePath}
                </Typography.Text>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
