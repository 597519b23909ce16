import type { LocaleStrings } from '../en';

/** Тоқсандар рим цифрларымен («2024 жылғы III тоқсан»), жартыжылдықтар араб цифрларымен жазылады. */
const period: LocaleStrings['period'] = {
  quarterOrdinal: { 1: 'I', 2: 'II', 3: 'III', 4: 'IV' },
  quarterShort: { 1: 'I тоқсан', 2: 'II тоқсан', 3: 'III тоқсан', 4: 'IV тоқсан' },
  halfOrdinal: { 1: '1', 2: '2' },
  halfShort: { 1: '1-жартыжылдық', 2: '2-жартыжылдық' },
  title: {
    year: '{{year}} жыл',
    quarter: '{{year}} жылғы {{ordinal}} тоқсан',
    half: '{{year}} жылғы {{ordinal}}-жартыжылдық',
    range: '{{from}}–{{to}}',
  },
  short: {
    year: '{{year}}',
    quarter: '{{year}} ж. {{short}}',
    half: '{{year}} ж. {{short}}',
    range: '{{from}}–{{to}}',
  },
  in: {
    year: '{{year}} жылы',
    quarter: '{{year}} жылғы {{ordinal}} тоқсанда',
    half: '{{year}} жылғы {{ordinal}}-жартыжылдықта',
    range: '{{from}}–{{to}} аралығында',
  },
  comparedWith: {
    year: '{{year}} жылмен салыстырғанда',
    period: '{{year}} жылдың сол кезеңімен салыстырғанда',
  },
  picker: {
    kind: 'Кезең',
    year: 'Толық жыл',
    quarter: 'Тоқсан',
    half: 'Жартыжылдық',
    range: 'Күндер',
    from: 'Бастап',
    to: 'Дейін',
  },
  samePeriod: '{{year}} жылғы сол кезеңде:',
  samePeriodLabel: '{{figure}}, {{year}} жылдың сол кезеңі',
  cellLabel: '{{name}}, {{period}}',
  drillIn: '{{title}} · {{period}}',
  districtsChart: 'Бағандар: аудандар бойынша тіркелген істер, {{previous}} және {{current}}',
  trendChart:
    'Тіркелген, сотқа жіберілген, сотталған және бас бостандығынан айырылғандар, {{from}} — {{to}}, сызықтармен',
  funnelChart: 'Тіркеуден үкімге дейін, {{title}}',
  trendTitle: 'Тіркелген, сотқа жолданған, сотталған және бас бостандығынан айырылғандар: {{from}} — {{to}}',
  reviewTitle: 'Шолу',
  pdfTitle: 'Шолу: {{title}}, PDF',
  subtitle: 'Қылмыстық жағдай және сотқа дейінгі тергеп-тексеру ({{in}})',
  subtitleDistrict: 'Қылмыстық жағдай және сотқа дейінгі тергеп-тексеру ({{in}}): {{district}} ауданы',
  header: '{{office}} · Шолу: {{title}}',
};
export default period;
