import kkKZ from 'antd/locale/kk_KZ';
import 'dayjs/locale/kk';
import kk from '../../../../shared/i18n/locales/kk';
import type { LanguagePack } from '../language-packs';

export const pack: LanguagePack = { translation: kk, antd: kkKZ };
