import type { LocaleStrings } from '../en';

const monitoringReport: LocaleStrings['monitoringReport'] = {
  title: 'Бұрын сотталған адамдарды қадағалау',
};

export default monitoringReport;
