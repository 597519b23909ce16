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
  inSamePeriod: 'в тот же период {{year}} года',
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
  narrative: {
    registered_one: '{{In}} зарегистрировано {{n}} уголовное дело',
    registered_few: '{{In}} зарегистрировано {{n}} уголовных дела',
    registered_many: '{{In}} зарегистрировано {{n}} уголовных дел',
    registered_other: '{{In}} зарегистрировано {{n}} уголовного дела',
    changeFewer: ' — на {{pct}} меньше, чем {{inBefore}} ({{previous}}).',
    changeMore: ' — на {{pct}} больше, чем {{inBefore}} ({{previous}}).',
    changeSame: ' — столько же, сколько {{inBefore}}.',
    changeNew: '; {{inBefore}} таких дел не было.',
    districtsNone: 'Ни {{in}}, ни {{inBefore}} дела не регистрировались.',
    districtsNew_one: 'Район {{list}}, где {{inBefore}} дела не регистрировались, отмечен как «новый».',
    districtsNew_few: 'Районы {{list}}, где {{inBefore}} дела не регистрировались, отмечены как «новые».',
    districtsNew_many: 'Районы {{list}}, где {{inBefore}} дела не регистрировались, отмечены как «новые».',
    districtsNew_other: 'Районы {{list}}, где {{inBefore}} дела не регистрировались, отмечены как «новые».',
    victims_one:
      'По делам, зарегистрированным {{in}}, проходит {{n}} потерпевший; женщины составляют {{women}}.',
    victims_few:
      'По делам, зарегистрированным {{in}}, проходят {{n}} потерпевших; женщины составляют {{women}}.',
    victims_many:
      'По делам, зарегистрированным {{in}}, проходят {{n}} потерпевших; женщины составляют {{women}}.',
    victims_other:
      'По делам, зарегистрированным {{in}}, проходят {{n}} потерпевшего; женщины составляют {{women}}.',
    victimsNone: 'По делам, зарегистрированным {{in}}, потерпевшие не указаны.',
    offenders_one: 'По делам, зарегистрированным {{in}}, установлено {{n}} лицо, совершившее преступление.',
    offenders_few: 'По делам, зарегистрированным {{in}}, установлено {{n}} лица, совершивших преступления.',
    offenders_many: 'По делам, зарегистрированным {{in}}, установлено {{n}} лиц, совершивших преступления.',
    offenders_other: 'По делам, зарегистрированным {{in}}, установлено {{n}} лица, совершивших преступления.',
    offendersNone: 'По делам, зарегистрированным {{in}}, лица, совершившие преступления, не установлены.',
    groupCrime: 'Группой лиц совершено {{pct}} преступлений, зарегистрированных {{in}}.',
    platformsNone: 'В делах, зарегистрированных {{in}}, платформы не указаны.',
    tacticsNone: 'В делах, зарегистрированных {{in}}, способы не указаны.',
    sentenced_one:
      '{{In}} приговор вынесен в отношении {{n}} лица; наиболее частый вид наказания — {{type}} ({{typeCount}}).',
    sentenced_few:
      '{{In}} приговоры вынесены в отношении {{n}} лиц; наиболее частый вид наказания — {{type}} ({{typeCount}}).',
    sentenced_many:
      '{{In}} приговоры вынесены в отношении {{n}} лиц; наиболее частый вид наказания — {{type}} ({{typeCount}}).',
    sentenced_other:
      '{{In}} приговоры вынесены в отношении {{n}} лица; наиболее частый вид наказания — {{type}} ({{typeCount}}).',
    sentencedNone: 'Приговоры {{in}} не выносились.',
  },
  monitoringNarrative: {
    monitored_one: '{{In}} под надзором находилось {{n}} лицо',
    monitored_few: '{{In}} под надзором находилось {{n}} лица',
    monitored_many: '{{In}} под надзором находилось {{n}} лиц',
    monitored_other: '{{In}} под надзором находилось {{n}} лица',
    newPeriods_one: 'За период начат {{n}} новый период надзора.',
    newPeriods_few: 'За период начато {{n}} новых периода надзора.',
    newPeriods_many: 'За период начато {{n}} новых периодов надзора.',
    newPeriods_other: 'За период начато {{n}} новых периода надзора.',
  },
  reviewTitle: 'Обзор',
  pdfTitle: 'Обзор за {{title}}, PDF',
  subtitle: 'Преступность и досудебное расследование {{in}}',
  subtitleDistrict: 'Преступность и досудебное расследование {{in}}: район {{district}}',
  header: '{{office}} · Обзор за {{title}}',
};
export default period;
