import { App, Alert, Card, Descriptions, Flex, Radio, Typography, type RadioChangeEvent } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/api/contract';
import { languages } from '../../../shared/domain/fields';
import { api } from '../api';
import { PageHeader } from '../components/PageHeader';
import { currentLanguage, isLanguage } from '../i18n/i18n';
import { saveLanguage } from '../state/language';

type Info = { info: AppInfo } | { error: string } | null;

function LanguageCard() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);

  const onChange = async (event: RadioChangeEvent) => {
    const next: unknown = event.target.value;
    if (!isLanguage(next)) return;
    setSaving(true);
    const error = await saveLanguage(i18n, next);
    setSaving(false);
    if (error) void message.error(error.message);
    else void message.success(i18n.t('settings.languageSaved'));
  };

  return (
    <Card title={t('settings.language')}>
      <Radio.Group
        aria-label={t('settings.language')}
        optionType="button"
        buttonStyle="solid"
        value={currentLanguage()}
        disabled={saving}
        onChange={(event) => void onChange(event)}
        // Each language names itself, so someone who cannot read the current one still finds theirs.
        options={languages.map((language) => ({ value: language, label: t(`language.${language}`) }))}
      />
    </Card>
  );
}

function AboutCard() {
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

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('settings.title')} />
      <Flex vertical gap={16} style={{ maxWidth: 820 }}>
        <LanguageCard />
        <AboutCard />
      </Flex>
    </>
  );
}
