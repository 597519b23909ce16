import type { LocaleStrings } from '../en';

const monitoring: LocaleStrings['monitoring'] = {
  title: 'Надзор за ранее судимыми',
};

export default monitoring;
