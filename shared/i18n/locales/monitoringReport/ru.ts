import type { LocaleStrings } from '../en';

const monitoringReport: LocaleStrings['monitoringReport'] = {
  title: 'Надзор за ранее судимыми лицами',
};

export default monitoringReport;
