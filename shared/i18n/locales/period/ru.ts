import type { LocaleStrings } from '../en';

/** Кварталы пишутся римскими цифрами («III квартал 2024 года»), полугодия — арабскими («1-е полугодие»). */
const period: LocaleStrings['period'] = {
  quarterOrdinal: { 1: 'I', 2: 'II', 3: 'III', 4: 'IV' },
  quarterShort: { 1: 'I кв.', 2: 'II кв.', 3: 'III кв.', 4: 'IV кв.' },
  halfOrdinal: { 1: '1', 2: '2' },
  halfShort: { 1: '1-е пол.', 2: '2-е пол.' },
  title: {
    year: '{{year}} год',
    quarter: '{{ordinal}} квартал {{year}} года',
    half: '{{ordinal}}-е полугодие {{year}} года',
    range: '{{from}}–{{to}}',
  },
  short: {
    year: '{{year}}',
    quarter: '{{short}} {{year}}',
    half: '{{short}} {{year}}',
    range: '{{from}}–{{to}}',
  },
  in: {
    year: 'в {{year}} году',
    quarter: 'в {{ordinal}} квартале {{year}} года',
    half: 'в {{ordinal}}-м полугодии {{year}} года',
    range: 'в период с {{from}} по {{to}}',
  },
  comparedWith: {
    year: 'по сравнению с {{year}} годом',
    period: 'по сравнению с тем же периодом {{year}} года',
  },
  picker: {
    kind: 'Период',
    year: 'Весь год',
    quarter: 'Квартал',
    half: 'Полугодие',
    range: 'Даты',
    from: 'С',
    to: 'По',
  },
  samePeriod: 'за тот же период {{year}} г.:',
  samePeriodLabel: '{{figure}} за тот же период {{year}} года',
  cellLabel: '{{name}}, {{period}}',
  drillIn: '{{title}} · {{period}}',
  districtsChart: 'Столбцы: дела, зарегистрированные по районам, {{previous}} и {{current}}',
  trendChart: 'Зарегистрировано, направлено в суд, осуждено и лишено свободы с {{from}} по {{to}}, линиями',
  funnelChart: 'От регистрации до приговора, {{title}}',
  trendTitle: 'Зарегистрировано, направлено в суд, осуждено и лишено свободы: {{from}} — {{to}}',
  reviewTitle: 'Обзор',
  pdfTitle: 'Обзор за {{title}}, PDF',
  subtitle: 'Преступность и досудебное расследование {{in}}',
  subtitleDistrict: 'Преступность и досудебное расследование {{in}}: район {{district}}',
  header: '{{office}} · Обзор за {{title}}',
};
export default period;
