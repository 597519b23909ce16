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
  inSamePeriod: '{{year}} жылдың сол кезеңінде',
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
  basis: 'Тек {{from}}–{{to}} аралығындағы күндер (екеуін қоса) есептелді.',
  districtsChart: 'Бағандар: аудандар бойынша тіркелген істер, {{previous}} және {{current}}',
  trendChart:
    'Тіркелген, сотқа жіберілген, сотталған және бас бостандығынан айырылғандар, {{from}} — {{to}}, сызықтармен',
  funnelChart: 'Тіркеуден үкімге дейін, {{title}}',
  trendTitle: 'Тіркелген, сотқа жіберілген, сотталған және бас бостандығынан айырылғандар: {{from}} — {{to}}',
  narrative: {
    registered_one: '{{In}} {{n}} қылмыстық іс тіркелді',
    registered_other: '{{In}} {{n}} қылмыстық іс тіркелді',
    changeFewer: ', бұл {{inBefore}} тіркелгеннен ({{previous}}) {{pctNumber}} пайызға аз.',
    changeMore: ', бұл {{inBefore}} тіркелгеннен ({{previous}}) {{pctNumber}} пайызға көп.',
    changeSame: ', бұл {{inBefore}} тіркелгенмен бірдей.',
    changeNew: '; {{inBefore}} мұндай істер тіркелмеген.',
    districtsNone: '{{in}} да, {{inBefore}} да істер тіркелмеген.',
    districtsNew_one: '{{inBefore}} іс тіркелмеген {{list}} ауданы «жаңа» деп белгіленді.',
    districtsNew_other: '{{inBefore}} іс тіркелмеген {{list}} аудандары «жаңа» деп белгіленді.',
    victims_one:
      '{{in}} тіркелген істер бойынша {{n}} жәбірленуші бар; олардың {{womenNumber}} пайызы — әйелдер.',
    victims_other:
      '{{in}} тіркелген істер бойынша {{n}} жәбірленуші бар; олардың {{womenNumber}} пайызы — әйелдер.',
    victimsNone: '{{in}} тіркелген істерде жәбірленушілер көрсетілмеген.',
    offenders_one: '{{in}} тіркелген істер бойынша қылмыс жасаған {{n}} адам анықталды.',
    offenders_other: '{{in}} тіркелген істер бойынша қылмыс жасаған {{n}} адам анықталды.',
    offendersNone: '{{in}} тіркелген істер бойынша қылмыс жасаған адамдар анықталмаған.',
    groupCrime: '{{in}} тіркелген істердің {{pctNumber}} пайызы — топ болып жасалған қылмыстар туралы.',
    platformsNone: '{{in}} тіркелген істерде платформалар көрсетілмеген.',
    tacticsNone: '{{in}} тіркелген істерде тәсілдер көрсетілмеген.',
    sentenced_one: '{{In}} {{n}} адамға үкім шығарылды; жазаның ең жиі түрі — {{type}} ({{typeCount}}).',
    sentenced_other: '{{In}} {{n}} адамға үкім шығарылды; жазаның ең жиі түрі — {{type}} ({{typeCount}}).',
    sentencedNone: '{{in}} үкім шығарылмаған.',
  },
  monitoringNarrative: {
    monitored_one: '{{In}} қадағалауда {{n}} адам болды',
    monitored_other: '{{In}} қадағалауда {{n}} адам болды',
    newPeriods_zero: 'Кезең ішінде жаңа қадағалау кезеңі басталмады.',
    newPeriods_one: 'Кезең ішінде {{n}} жаңа қадағалау кезеңі басталды.',
    newPeriods_other: 'Кезең ішінде {{n}} жаңа қадағалау кезеңі басталды.',
  },
  monitoringFigure: {
    personsMonitored: '{{in}} қадағалауда болған адамдар',
    offendersOnRegister: '{{in}} қылмыс жасағандар арасында есепте тұрғандар',
  },
  monitoringNone:
    'Қадағалау тізілімінде {{in}} деректер жоқ: ешкім қадағалауда болмаған, жаңа қылмыстар расталмаған.',
  aboutIntro:
    'Шолудың барлық көрсеткіштері «Қадағалау» істер тізілімі бойынша алмасу форматында белгіленген есептеу ережелерімен есептелген: әр оқиғаның кезең ішіндегі (бірінші және соңғы күнін қоса) күні бойынша.',
  empty: '{{in}} ештеңе тіркелмеген: бірде-бір іс тіркелмеген, сотқа жіберілмеген және қаралмаған.',
  emptyDistrict:
    '{{district}} ауданында {{in}} ештеңе тіркелмеген: бірде-бір іс тіркелмеген, сотқа жіберілмеген және қаралмаған.',
  reviewTitle: 'Шолу',
  pdfTitle: 'Шолу: {{title}}, PDF',
  subtitle: 'Қылмыстық жағдай және сотқа дейінгі тергеп-тексеру ({{in}})',
  subtitleDistrict: 'Қылмыстық жағдай және сотқа дейінгі тергеп-тексеру ({{in}}): {{district}} ауданы',
  header: '{{office}} · Шолу: {{title}}',
};
export default period;
