import { App, Card, Radio, type RadioChangeEvent } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languages } from '../../../../shared/domain/fields';
import { currentLanguage, isLanguage } from '../../i18n/i18n';
import { saveLanguage } from '../../state/language';

export function LanguageCard() {
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
    <Card title={t('settings.language')} style={{ height: '100%' }}>
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
