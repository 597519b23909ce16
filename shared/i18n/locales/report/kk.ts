import type { LocaleStrings } from '../en';

/*
 * Kazakh nouns do not change after a numeral («52 қылмыстық іс», «27 адам»), so _one and _other
 * read the same. A case ending never follows a digit (its form depends on how the number is
 * pronounced): shares are written with the word «пайыз», which takes the ending itself
 * («1,9 пайызға аз»).
 */
const report: LocaleStrings['report'] = {
  title: 'Жылдық шолу',
  subtitle: '{{year}} жылғы қылмыстық жағдай және сотқа дейінгі тергеп-тексеру',
  subtitleDistrict: '{{year}} жылғы қылмыстық жағдай және сотқа дейінгі тергеп-тексеру: {{district}} ауданы',
  header: '{{office}} · {{year}} жылғы жылдық шолу',
  page: '{{total}} беттің {{page}}-беті',
  incomplete:
    'Көрсеткіштер толық емес: есепті кезең аяқталғанға ({{end}}) дейін, {{date}} күні есептелді, ал өткен жылдың сол күндері толық есептелді.',
  issued: 'Шығарылған күні: {{date}}',
  section: {
    keyFigures: 'Негізгі көрсеткіштер',
    districts: 'Аудандар бойынша',
    people: 'Жәбірленушілер және қылмыс жасаған адамдар',
    shares: 'Платформалар мен тәсілдер',
    sentences: 'Тағайындалған жазалар',
    legalFramework: 'Құқықтық негіз',
    prevention: 'Алдын алу',
    adviceToVictims: 'Жәбірленушілерге кеңестер',
    about: 'Осы шолу туралы',
    trend: 'Жылдар бойынша серпін',
  },
  figure: {
    registered: 'Тіркелген қылмыстық істер',
    forwardedToCourt: 'Сотқа жіберілген істер',
    convictedPersons: 'Сотталған адамдар',
    sentencedPersons: 'Жаза тағайындалған адамдар',
    imprisonedPersons: 'Бас бостандығынан айыруға сотталғандар',
    // The same name on screen (Reports) and in the PDF: the screen reads this key.
    clearanceRate: 'Сотқа жіберілгендер үлесі',
    imprisonmentTerms: 'Бас бостандығынан айыру мерзімдері',
  },
  funnel: {
    registered: 'Тіркелді',
    forwardedToCourt: 'Сотқа жіберілді',
    convictedPersons: 'Сотталды',
    imprisonedPersons: 'Бас бостандығынан айыру',
  },
  column: {
    indicator: 'Көрсеткіш',
    district: 'Аудан',
    change: 'Өзгеріс',
    cases: 'Істер',
    persons: 'Адамдар',
    victims: 'Жәбірленушілер',
    share: 'Үлесі',
    rank: '№',
    platform: 'Платформа',
    tactic: 'Тәсіл',
    ageBand: 'Жасы',
    employment: 'Жұмыспен қамтылуы',
    sentenceType: 'Жаза түрі',
  },
  subsection: {
    offenders: 'Қылмыс жасаған адамдар',
  },
  total: 'Барлығы',
  new: 'жаңа',
  chart: {
    funnel: 'Тіркеуден үкімге дейін, {{year}} жыл',
    districts: 'Аудандар бойынша тіркелген істер',
    ageBands: 'Жәбірленушілердің жасы',
    employment: 'Жәбірленушілердің жұмыспен қамтылуы',
    platforms: 'Платформалар',
    tactics: 'Тәсілдер',
    sentences: 'Жаза түрлері бойынша сотталғандар',
    trend: 'Тіркелген, сотқа жіберілген, сотталған және бас бостандығынан айырылғандар, {{from}}–{{to}} жж.',
  },
  ageBand: {
    under18: '18 жасқа дейін',
    '18to20': '18–20 жас',
    '21to39': '21–39 жас',
    '40to59': '40–59 жас',
    '60plus': '60 жас және одан үлкен',
    unknown: 'көрсетілмеген',
  },
  employment: {
    employed: 'жұмыс істейтіндер',
    unemployed: 'жұмыссыздар',
    informal: 'бейресми жұмыспен қамтылғандар',
    student: 'білім алушылар',
    pensioner: 'зейнеткерлер',
    other: 'басқалар',
    unknown: 'көрсетілмеген',
  },
  sentenceType: {
    imprisonment: 'бас бостандығынан айыру',
    restriction: 'бас бостандығын шектеу',
    suspended: 'шартты түрде соттау',
    fine: 'айыппұл',
    other: 'басқа',
  },
  years_one: '{{n}} жыл',
  years_other: '{{n}} жыл',
  termRange_one: '{{min}}–{{max}} жыл',
  termRange_other: '{{min}}–{{max}} жыл',
  offender: {
    men: 'Ер адамдар',
    age17to60: '17–60 жастағылар',
    priorConviction: 'Бұрын сотталғандар',
    unemployed: 'Жұмыссыздар',
    groupCrime: 'Топ болып жасалған қылмыстар туралы істер',
  },
  list: {
    pair: '{{first}} және {{second}}',
    last: '{{rest}} және {{last}}',
  },
  narrative: {
    registered_one: '{{year}} жылы {{n}} қылмыстық іс тіркелді',
    registered_other: '{{year}} жылы {{n}} қылмыстық іс тіркелді',
    changeFewer: ', бұл {{previousYear}} жылғы көрсеткіштен ({{previous}}) {{pctNumber}} пайызға аз.',
    changeMore: ', бұл {{previousYear}} жылғы көрсеткіштен ({{previous}}) {{pctNumber}} пайызға көп.',
    changeSame: ', бұл {{previousYear}} жылғы көрсеткішпен бірдей.',
    changeNew: '; {{previousYear}} жылы мұндай істер тіркелмеген.',
    forwarded_one: 'Сотқа {{n}} іс жіберілді',
    forwarded_other: 'Сотқа {{n}} іс жіберілді',
    clearance: ' (тіркелгендердің {{pct}}).',
    convicted_one: '{{n}} адам сотталды.',
    convicted_other: '{{n}} адам сотталды.',
    imprisoned_one: '{{n}} адамға {{term}} бас бостандығынан айыру жазасы тағайындалды.',
    imprisoned_other: '{{n}} адамға {{term}} бас бостандығынан айыру жазасы тағайындалды.',
    termRange_one: '{{min}} жылдан {{max}} жылға дейінгі мерзімге',
    termRange_other: '{{min}} жылдан {{max}} жылға дейінгі мерзімге',
    termSingle_one: '{{n}} жыл мерзімге',
    termSingle_other: '{{n}} жыл мерзімге',
    districtsNone: '{{year}} жылы да, {{previousYear}} жылы да істер тіркелмеген.',
    districtsFell_one: 'Тіркелген істер саны {{list}} ауданында азайды.',
    districtsFell_other: 'Тіркелген істер саны {{list}} аудандарында азайды.',
    districtsRose_one: 'Өсім {{list}} ауданында байқалды.',
    districtsRose_other: 'Өсім {{list}} аудандарында байқалды.',
    districtsRoseOnly_one: 'Тіркелген істер саны {{list}} ауданында көбейді.',
    districtsRoseOnly_other: 'Тіркелген істер саны {{list}} аудандарында көбейді.',
    districtsNew_one: '{{previousYear}} жылы іс тіркелмеген {{list}} ауданы «жаңа» деп белгіленді.',
    districtsNew_other: '{{previousYear}} жылы іс тіркелмеген {{list}} аудандары «жаңа» деп белгіленді.',
    districtsSteady: 'Аудандардың ешқайсысында тіркелген істер саны өзгерген жоқ.',
    // Every district of the table changed by the same percentage (never fewer than three districts).
    districtsFellAll_one: 'Тіркелген істер саны барлық {{n}} ауданда ({{change}}) азайды.',
    districtsFellAll_other: 'Тіркелген істер саны барлық {{n}} ауданда ({{change}}) азайды.',
    districtsRoseAll_one: 'Тіркелген істер саны барлық {{n}} ауданда ({{change}}) көбейді.',
    districtsRoseAll_other: 'Тіркелген істер саны барлық {{n}} ауданда ({{change}}) көбейді.',
    victims_one:
      '{{year}} жылы тіркелген істер бойынша {{n}} жәбірленуші бар; олардың {{womenNumber}} пайызы — әйелдер.',
    victims_other:
      '{{year}} жылы тіркелген істер бойынша {{n}} жәбірленуші бар; олардың {{womenNumber}} пайызы — әйелдер.',
    victimsNone: '{{year}} жылы тіркелген істерде жәбірленушілер көрсетілмеген.',
    largestAge: 'Ең көп жас тобы — {{band}} ({{n}}).',
    largestEmployment: 'Жұмыспен қамтылуы бойынша ең көп топ — {{label}} ({{n}}).',
    // Several groups equally large: all of them, none called the largest alone.
    largestAgeTied: 'Ең көп жас топтары — {{list}} (әрқайсысында {{n}}).',
    largestEmploymentTied: 'Жұмыспен қамтылуы бойынша ең көп топтар — {{list}} (әрқайсысында {{n}}).',
    offenders_one: '{{year}} жылы тіркелген істер бойынша қылмыс жасаған {{n}} адам анықталды.',
    offenders_other: '{{year}} жылы тіркелген істер бойынша қылмыс жасаған {{n}} адам анықталды.',
    offenderProfile:
      'Олардың {{menNumber}} пайызы — ер адамдар, {{ageNumber}} пайызы — 17–60 жастағылар; {{priorNumber}} пайызы бұрын сотталған, {{unemployedNumber}} пайызы жұмыссыз болған.',
    offendersNone: '{{year}} жылы тіркелген істер бойынша қылмыс жасаған адамдар анықталмаған.',
    groupCrime:
      '{{year}} жылы тіркелген істердің {{pctNumber}} пайызы — топ болып жасалған қылмыстар туралы.',
    platforms: 'Ең жиі аталған платформалар: {{list}}.',
    platformsNone: '{{year}} жылы тіркелген істерде платформалар көрсетілмеген.',
    tactics: 'Ең жиі қолданылған тәсілдер: {{list}}.',
    tacticsNone: '{{year}} жылы тіркелген істерде тәсілдер көрсетілмеген.',
    sentenced_one:
      '{{year}} жылы {{n}} адамға үкім шығарылды; жазаның ең жиі түрі — {{type}} ({{typeCount}}).',
    sentenced_other:
      '{{year}} жылы {{n}} адамға үкім шығарылды; жазаның ең жиі түрі — {{type}} ({{typeCount}}).',
    sentencedNone: '{{year}} жылы үкім шығарылмаған.',
    // Several sentence types equally frequent. {{In}}: «2024 жылы» (inYear), or a period's own words.
    sentencedTied_one:
      '{{In}} {{n}} адамға үкім шығарылды; жазаның ең жиі түрлері — {{types}} (әрқайсысы {{typeCount}} адамға).',
    sentencedTied_other:
      '{{In}} {{n}} адамға үкім шығарылды; жазаның ең жиі түрлері — {{types}} (әрқайсысы {{typeCount}} адамға).',
    inYear: '{{year}} жылы',
    acquitted_one: '{{n}} адам ақталды.',
    acquitted_other: '{{n}} адам ақталды.',
  },
  about: {
    intro:
      'Шолудың барлық көрсеткіштері «Қадағалау» істер тізілімі бойынша алмасу форматында белгіленген есептеу ережелерімен есептелген: әр оқиғаның күнтізбелік жыл ішіндегі күні бойынша.',
    fingerprint: 'Деректердің цифрлық ізі (SHA-256)',
    fingerprintHint:
      'Аудит журналы мен көрсеткіштер бойынша есептеледі: бірдей із бірдей деректер мен көрсеткіштерді білдіреді.',
    trailHead: 'Аудит журналы',
    trailHeadValue: '{{entries}} жазба, соңғысының хеші {{hash}}',
    trailHeadHint:
      'Журналдың осы шолудан кейін қайта жазылмағанын және қысқартылмағанын кейін тексеру үшін: audit verify --anchor {{anchor}} немесе «Аудит» экранындағы «Басылған көшірмемен салыстыру».',
    year: 'Жыл',
    district: 'Аудан',
    allDistricts: 'барлық аудандар',
    language: 'Тіл',
    dataAsOf: 'Деректердің жай-күйі',
    user: 'Қалыптастырған пайдаланушы',
  },
  errors: {
    noSuchJob: 'Бұл есеп енді қолжетімді емес; оны қайта қалыптастырыңыз',
  },
};

export default report;
