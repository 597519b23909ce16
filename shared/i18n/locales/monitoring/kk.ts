import type { LocaleStrings } from '../en';

const monitoring: LocaleStrings['monitoring'] = {
  title: 'Бұрын сотталғандарды қадағалау',
};

export default monitoring;
