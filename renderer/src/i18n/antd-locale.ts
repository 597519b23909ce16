import type { Locale } from 'antd/es/locale';
import enUS from 'antd/locale/en_US';
import kkKZ from 'antd/locale/kk_KZ';
import ruRU from 'antd/locale/ru_RU';
import dayjs from 'dayjs';
import 'dayjs/locale/kk';
import 'dayjs/locale/ru';
import type { Language } from '../../../shared/domain/fields';

/** antd's own texts (pagination, date picker, empty states) in the UI language. */
export const antdLocales: Record<Language, Locale> = { ru: ruRU, kk: kkKZ, en: enUS };

/** Month and weekday names in the date picker come from dayjs, which keeps its own global locale. */
export function applyDateLocale(language: Language): void {
  dayjs.locale(language);
}
