import ruRU from 'antd/locale/ru_RU';
import 'dayjs/locale/ru';
import ru from '../../../../shared/i18n/locales/ru';
import type { LanguagePack } from '../language-packs';

export const pack: LanguagePack = { translation: ru, antd: ruRU };
