import { Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../../../shared/domain/fields';
import { currentLanguage, isLanguage } from '../../i18n/i18n';

/**
 * The language of the screens before sign-in. Nobody is signed in yet to save it for, so it changes
 * only this window; the gate saves it as the person's own once they have signed in.
 */
export function LanguageSwitch({ onChange }: { onChange: (language: Language) => void }) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      aria-label={t('auth.language')}
      size="small"
      optionType="button"
      value={currentLanguage()}
      onChange={(event) => {
        const next: unknown = event.target.value;
        if (isLanguage(next)) onChange(next);
      }}
      // Each language names itself, so someone who cannot read the current one still finds theirs.
      options={languages.map((language) => ({ value: language, label: t(`language.${language}`) }))}
    />
  );
}
