import type { LocaleStrings } from '../en';

const caseMonitoring: LocaleStrings['caseMonitoring'] = {
  title: 'Қадағалаудағылар тізілімі',
};

export default caseMonitoring;
