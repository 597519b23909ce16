import enUS from 'antd/locale/en_US';
import en from '../../../../shared/i18n/locales/en';
import type { LanguagePack } from '../language-packs';

// dayjs speaks English without a locale file.
export const pack: LanguagePack = { translation: en, antd: enUS };
