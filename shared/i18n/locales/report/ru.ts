import type { LocaleStrings } from '../en';

/*
 * Plural forms: _one (1, 21, 31…), _few (2–4, 22–24…), _many (0, 5–20, 25…), _other (fractions:
 * «3,5 года»). Verbs stay neuter singular («зарегистрировано 52 дела», «осуждено 27 лиц»), which
 * agrees with every number.
 */
const report: LocaleStrings['report'] = {
  title: 'Ежегодный обзор',
  subtitle: 'Преступность и досудебное расследование в {{year}} году',
  subtitleDistrict: 'Преступность и досудебное расследование в {{year}} году: район {{district}}',
  header: '{{office}} · Ежегодный обзор за {{year}} год',
  page: 'Страница {{page}} из {{total}}',
  issued: 'Дата выпуска: {{date}}',
  incomplete:
    'Показатели неполные: посчитаны на {{date}}, до окончания отчётного периода ({{end}}), а те же дни прошлого года — полностью.',
  section: {
    keyFigures: 'Основные показатели',
    districts: 'По районам',
    people: 'Потерпевшие и лица, совершившие преступления',
    shares: 'Платформы и способы',
    sentences: 'Назначенные наказания',
    legalFramework: 'Правовая основа',
    prevention: 'Профилактика',
    adviceToVictims: 'Советы потерпевшим',
    about: 'Об этом обзоре',
    trend: 'Динамика по годам',
  },
  figure: {
    registered: 'Зарегистрировано уголовных дел',
    forwardedToCourt: 'Направлено дел в суд',
    convictedPersons: 'Осуждено лиц',
    sentencedPersons: 'Назначено наказание лицам',
    imprisonedPersons: 'Приговорено к лишению свободы',
    // The same name on screen (Reports) and in the PDF: the screen reads this key.
    clearanceRate: 'Доля направленных в суд',
    imprisonmentTerms: 'Сроки лишения свободы',
  },
  funnel: {
    registered: 'Зарегистрировано',
    forwardedToCourt: 'Направлено в суд',
    convictedPersons: 'Осуждено',
    imprisonedPersons: 'Лишение свободы',
  },
  column: {
    indicator: 'Показатель',
    district: 'Район',
    change: 'Изменение',
    cases: 'Дел',
    persons: 'Лиц',
    victims: 'Потерпевших',
    share: 'Доля',
    rank: '№',
    platform: 'Платформа',
    tactic: 'Способ',
    ageBand: 'Возраст',
    employment: 'Род занятий',
    sentenceType: 'Вид наказания',
  },
  subsection: {
    offenders: 'Лица, совершившие преступления',
  },
  total: 'Всего',
  // The change of any figure that was zero the year before (район, дела, лица): an adverb agrees with all.
  new: 'впервые',
  chart: {
    funnel: 'От регистрации до приговора, {{year}} год',
    districts: 'Зарегистрировано дел по районам',
    ageBands: 'Потерпевшие по возрасту',
    employment: 'Потерпевшие по роду занятий',
    platforms: 'Платформы',
    tactics: 'Способы',
    sentences: 'Осуждённые по видам наказания',
    trend: 'Зарегистрировано, направлено в суд, осуждено и лишено свободы, {{from}}–{{to}} гг.',
  },
  ageBand: {
    under18: 'до 18 лет',
    '18to20': '18–20 лет',
    '21to39': '21–39 лет',
    '40to59': '40–59 лет',
    '60plus': '60 лет и старше',
    unknown: 'не указан',
  },
  employment: {
    employed: 'работающие',
    unemployed: 'безработные',
    informal: 'неофициально занятые',
    student: 'учащиеся',
    pensioner: 'пенсионеры',
    other: 'прочие',
    unknown: 'не указано',
  },
  sentenceType: {
    imprisonment: 'лишение свободы',
    restriction: 'ограничение свободы',
    suspended: 'условное осуждение',
    fine: 'штраф',
    other: 'иное',
  },
  years_one: '{{n}} год',
  years_few: '{{n}} года',
  years_many: '{{n}} лет',
  years_other: '{{n}} года',
  termRange_one: 'от {{min}} до {{max}} года',
  termRange_few: 'от {{min}} до {{max}} лет',
  termRange_many: 'от {{min}} до {{max}} лет',
  termRange_other: 'от {{min}} до {{max}} года',
  offender: {
    men: 'Мужчины',
    age17to60: 'В возрасте от 17 до 60 лет',
    priorConviction: 'Ранее судимые',
    unemployed: 'Не работавшие',
    groupCrime: 'Дела о преступлениях, совершённых группой',
  },
  list: {
    pair: '{{first}} и {{second}}',
    last: '{{rest}} и {{last}}',
  },
  narrative: {
    registered_one: 'В {{year}} году зарегистрировано {{n}} уголовное дело',
    registered_few: 'В {{year}} году зарегистрировано {{n}} уголовных дела',
    registered_many: 'В {{year}} году зарегистрировано {{n}} уголовных дел',
    registered_other: 'В {{year}} году зарегистрировано {{n}} уголовного дела',
    changeFewer: ' — на {{pct}} меньше, чем в {{previousYear}} году ({{previous}}).',
    changeMore: ' — на {{pct}} больше, чем в {{previousYear}} году ({{previous}}).',
    changeSame: ' — столько же, сколько в {{previousYear}} году.',
    changeNew: '; в {{previousYear}} году таких дел не было.',
    forwarded_one: 'В суд направлено {{n}} уголовное дело',
    forwarded_few: 'В суд направлено {{n}} уголовных дела',
    forwarded_many: 'В суд направлено {{n}} уголовных дел',
    forwarded_other: 'В суд направлено {{n}} уголовного дела',
    clearance: ' ({{pct}} от числа зарегистрированных).',
    convicted_one: 'Судами осуждено {{n}} лицо.',
    convicted_few: 'Судами осуждено {{n}} лица.',
    convicted_many: 'Судами осуждено {{n}} лиц.',
    convicted_other: 'Судами осуждено {{n}} лица.',
    imprisoned_one: 'К лишению свободы приговорено {{n}} лицо {{term}}.',
    imprisoned_few: 'К лишению свободы приговорено {{n}} лица {{term}}.',
    imprisoned_many: 'К лишению свободы приговорено {{n}} лиц {{term}}.',
    imprisoned_other: 'К лишению свободы приговорено {{n}} лица {{term}}.',
    termRange_one: 'на срок от {{min}} до {{max}} года',
    termRange_few: 'на срок от {{min}} до {{max}} лет',
    termRange_many: 'на срок от {{min}} до {{max}} лет',
    termRange_other: 'на срок от {{min}} до {{max}} года',
    termSingle_one: 'на срок {{n}} год',
    termSingle_few: 'на срок {{n}} года',
    termSingle_many: 'на срок {{n}} лет',
    termSingle_other: 'на срок {{n}} года',
    districtsNone: 'Ни в {{year}}, ни в {{previousYear}} году дела не регистрировались.',
    districtsFell_one: 'Число зарегистрированных дел снизилось в районе {{list}}.',
    districtsFell_few: 'Число зарегистрированных дел снизилось в районах {{list}}.',
    districtsFell_many: 'Число зарегистрированных дел снизилось в районах {{list}}.',
    districtsFell_other: 'Число зарегистрированных дел снизилось в районах {{list}}.',
    districtsRose_one: 'Рост отмечен в районе {{list}}.',
    districtsRose_few: 'Рост отмечен в районах {{list}}.',
    districtsRose_many: 'Рост отмечен в районах {{list}}.',
    districtsRose_other: 'Рост отмечен в районах {{list}}.',
    districtsRoseOnly_one: 'Число зарегистрированных дел выросло в районе {{list}}.',
    districtsRoseOnly_few: 'Число зарегистрированных дел выросло в районах {{list}}.',
    districtsRoseOnly_many: 'Число зарегистрированных дел выросло в районах {{list}}.',
    districtsRoseOnly_other: 'Число зарегистрированных дел выросло в районах {{list}}.',
    districtsNew_one:
      'Район {{list}}, где в {{previousYear}} году дела не регистрировались, отмечен пометкой «впервые».',
    districtsNew_few:
      'Районы {{list}}, где в {{previousYear}} году дела не регистрировались, отмечены пометкой «впервые».',
    districtsNew_many:
      'Районы {{list}}, где в {{previousYear}} году дела не регистрировались, отмечены пометкой «впервые».',
    districtsNew_other:
      'Районы {{list}}, где в {{previousYear}} году дела не регистрировались, отмечены пометкой «впервые».',
    districtsSteady: 'Число зарегистрированных дел ни в одном районе не изменилось.',
    // Every district of the table changed by the same percentage (never fewer than three districts).
    districtsFellAll_one: 'Число зарегистрированных дел снизилось во всех {{n}} районе ({{change}}).',
    districtsFellAll_few: 'Число зарегистрированных дел снизилось во всех {{n}} районах ({{change}}).',
    districtsFellAll_many: 'Число зарегистрированных дел снизилось во всех {{n}} районах ({{change}}).',
    districtsFellAll_other: 'Число зарегистрированных дел снизилось во всех {{n}} районах ({{change}}).',
    districtsRoseAll_one: 'Число зарегистрированных дел выросло во всех {{n}} районе ({{change}}).',
    districtsRoseAll_few: 'Число зарегистрированных дел выросло во всех {{n}} районах ({{change}}).',
    districtsRoseAll_many: 'Число зарегистрированных дел выросло во всех {{n}} районах ({{change}}).',
    districtsRoseAll_other: 'Число зарегистрированных дел выросло во всех {{n}} районах ({{change}}).',
    victims_one:
      'По делам, зарегистрированным в {{year}} году, проходит {{n}} потерпевший; женщины составляют {{women}}.',
    victims_few:
      'По делам, зарегистрированным в {{year}} году, проходят {{n}} потерпевших; женщины составляют {{women}}.',
    victims_many:
      'По делам, зарегистрированным в {{year}} году, проходят {{n}} потерпевших; женщины составляют {{women}}.',
    victims_other:
      'По делам, зарегистрированным в {{year}} году, проходят {{n}} потерпевшего; женщины составляют {{women}}.',
    victimsNone: 'По делам, зарегистрированным в {{year}} году, потерпевшие не указаны.',
    largestAge: 'Наиболее многочисленная возрастная группа — {{band}} ({{n}}).',
    largestEmployment: 'По роду занятий преобладают {{label}} ({{n}}).',
    // Several groups equally large: all of them, none called the largest alone.
    largestAgeTied: 'Наиболее многочисленные возрастные группы — {{list}} (по {{n}}).',
    largestEmploymentTied: 'Наиболее многочисленные группы по роду занятий — {{list}} (по {{n}}).',
    offenders_one:
      'По делам, зарегистрированным в {{year}} году, установлено {{n}} лицо, совершившее преступление.',
    offenders_few:
      'По делам, зарегистрированным в {{year}} году, установлено {{n}} лица, совершивших преступления.',
    offenders_many:
      'По делам, зарегистрированным в {{year}} году, установлено {{n}} лиц, совершивших преступления.',
    offenders_other:
      'По делам, зарегистрированным в {{year}} году, установлено {{n}} лица, совершивших преступления.',
    offenderProfile:
      'Мужчины составляют среди них {{men}}, лица в возрасте от 17 до 60 лет — {{age}}; ранее судимы {{prior}}, не работали {{unemployed}}.',
    offendersNone:
      'По делам, зарегистрированным в {{year}} году, лица, совершившие преступления, не установлены.',
    groupCrime: 'Группой лиц совершено {{pct}} преступлений, зарегистрированных в {{year}} году.',
    platforms: 'Чаще всего упоминаются платформы: {{list}}.',
    platformsNone: 'В делах, зарегистрированных в {{year}} году, платформы не указаны.',
    tactics: 'Наиболее распространённые способы: {{list}}.',
    tacticsNone: 'В делах, зарегистрированных в {{year}} году, способы не указаны.',
    sentenced_one:
      'В {{year}} году приговор вынесен в отношении {{n}} лица; наиболее частый вид наказания — {{type}} ({{typeCount}}).',
    sentenced_few:
      'В {{year}} году приговоры вынесены в отношении {{n}} лиц; наиболее частый вид наказания — {{type}} ({{typeCount}}).',
    sentenced_many:
      'В {{year}} году приговоры вынесены в отношении {{n}} лиц; наиболее частый вид наказания — {{type}} ({{typeCount}}).',
    sentenced_other:
      'В {{year}} году приговоры вынесены в отношении {{n}} лица; наиболее частый вид наказания — {{type}} ({{typeCount}}).',
    sentencedNone: 'В {{year}} году приговоры не выносились.',
    // Several sentence types equally frequent. {{In}}: «В 2024 году» (inYear), or a period's «В III квартале 2024 года».
    sentencedTied_one:
      '{{In}} приговор вынесен в отношении {{n}} лица; наиболее частые виды наказания — {{types}} (по {{typeCount}}).',
    sentencedTied_few:
      '{{In}} приговоры вынесены в отношении {{n}} лиц; наиболее частые виды наказания — {{types}} (по {{typeCount}}).',
    sentencedTied_many:
      '{{In}} приговоры вынесены в отношении {{n}} лиц; наиболее частые виды наказания — {{types}} (по {{typeCount}}).',
    sentencedTied_other:
      '{{In}} приговоры вынесены в отношении {{n}} лица; наиболее частые виды наказания — {{types}} (по {{typeCount}}).',
    inYear: 'В {{year}} году',
    acquitted_one: 'Оправдано {{n}} лицо.',
    acquitted_few: 'Оправдано {{n}} лица.',
    acquitted_many: 'Оправдано {{n}} лиц.',
    acquitted_other: 'Оправдано {{n}} лица.',
  },
  about: {
    intro:
      'Все показатели обзора вычислены по реестру дел «Надзор» по правилам подсчёта, установленным форматом обмена: по дате каждого события в пределах календарного года.',
    fingerprint: 'Отпечаток данных (SHA-256)',
    fingerprintHint:
      'Вычисляется по журналу аудита и показателям: одинаковый отпечаток означает одни и те же данные и показатели.',
    trailHead: 'Журнал аудита',
    trailHeadValue: 'записей: {{entries}}, хеш последней {{hash}}',
    trailHeadHint:
      'Чтобы позже убедиться, что журнал не переписан и не укорочен после этого обзора: audit verify --anchor {{anchor}} или «Сверить с распечаткой» на экране «Аудит».',
    year: 'Год',
    district: 'Район',
    allDistricts: 'все районы',
    language: 'Язык',
    dataAsOf: 'Данные по состоянию на',
    user: 'Сформировано пользователем',
  },
  errors: {
    noSuchJob: 'Этот отчёт больше не доступен; сформируйте его заново',
  },
};

export default report;
