import type { LocaleStrings } from '../en';

const caseMonitoring: LocaleStrings['caseMonitoring'] = {
  title: 'Реестр поднадзорных',
};

export default caseMonitoring;
