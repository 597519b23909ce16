import type { LocaleStrings } from '../en';

const caseMonitoring: LocaleStrings['caseMonitoring'] = {
  title: 'Қадағалаудағылар тізілімі',
  flag: {
    title: {
      pending_one: 'Істе қадағалаудағылар тізіліміндегі адам болуы мүмкін',
      pending_other: 'Істе қадағалаудағылар тізіліміндегі адамдар болуы мүмкін',
      confirmed_one: 'Істе қадағалаудағылар тізіліміндегі адам бар',
      confirmed_other: 'Істе қадағалаудағылар тізіліміндегі адамдар бар',
    },
    details: 'есеп № {{personId}} · {{defendant}}',
    // A defendant with a name: the stage's word for them, then the name.
    defendantNamed: '{{who}}, {{name}}',
    defendantNumber: {
      accused: { M: '№ {{number}} күдікті немесе айыпталушы', F: '№ {{number}} күдікті немесе айыпталушы' },
      onTrial: { M: '№ {{number}} сотталушы', F: '№ {{number}} сотталушы' },
      convicted: { M: '№ {{number}} сотталған', F: '№ {{number}} сотталған' },
    },
    defendantGone: 'істегі бірде-бір адам енді сәйкес келмейді',
    basis: {
      iin: 'ЖСН сәйкес',
      nameAndBirthDate: 'аты-жөні мен туған күні сәйкес',
    },
    status: {
      pending: 'шешім күтілуде',
      confirmed: 'қайталанған қылмыс расталды',
    },
    confirm: 'Растау',
    reject: 'Қабылдамау',
    rejectedLine: 'есеп № {{personId}} · {{defendant}} — басқа адам (сәйкестік қабылданбады)',
    confirmed: 'Қайталанған қылмыс расталды',
    rejected: 'Сәйкестік қабылданбады',
  },
  reject: {
    title: 'Сәйкестікті қабылдамау',
    intro: '{{name}} (есеп № {{personId}}) және {{defendant}} әртүрлі адамдар ретінде жазылады.',
    reason: 'Себебі (міндетті емес)',
    hint: 'Аудит журналында сақталады, мысалы, «аттас адам».',
    ok: 'Қабылдамау',
    cancel: 'Бас тарту',
  },
  tag: {
    pending: 'Тізілімде болуы мүмкін',
    confirmed: 'Қайталанған қылмыс',
    registered: 'Есепте, № {{personId}}',
  },
  register: {
    action: 'Қадағалаудағылар тізіліміне есепке қою',
    confirmTitle: 'Қадағалаудағылар тізіліміне есепке қою: {{name}}?',
    confirmText:
      'Тізілім жазбасы сотталушы туралы мәліметтерден және осы іс бойынша үкімнен жасалады; содан кейін адамның беті ашылады.',
    ok: 'Есепке қою',
    cancel: 'Бас тарту',
    done: {
      M: '{{personId}} нөмірімен есепке қойылды',
      F: '{{personId}} нөмірімен есепке қойылды',
    },
  },
  /** The register's warnings, named alike on the dashboard and the Monitoring screen. */
  warning: {
    overdue: 'Өткізіп алынған келулер',
    dueSoon_one: 'Алдағы {{count, number}} күндегі келулер',
    dueSoon_other: 'Алдағы {{count, number}} күндегі келулер',
    endingSoon_one: 'Қадағалау {{count, number}} күн ішінде аяқталады',
    endingSoon_other: 'Қадағалау {{count, number}} күн ішінде аяқталады',
    pendingMatches: 'Шешім күтетін сәйкестіктер',
  },
  dashboard: {
    title: 'Бұрын сотталғандарды қадағалау',
    underSupervision: 'Қадағалауда: {{number}}',
    openRegister: 'Тізілімді ашу',
    emptyRegister: 'Қадағалаудағылар тізілімінде әзірге ешкім жоқ',
    showAll: 'Барлығын көрсету',
    more_one: 'тағы {{count, number}}',
    more_other: 'тағы {{count, number}}',
    overdue: {
      empty: 'Өткізіп алынған келулер жоқ',
    },
    dueSoon: {
      empty: 'Осы аптада келу жоқ',
    },
    endingSoon: {
      empty: 'Жақын арада қадағалау мерзімі аяқталмайды',
    },
    pending: {
      empty: 'Шешім күтетін сәйкестіктер жоқ',
    },
    due: 'мерзімі {{date}}',
    ends: '{{date}} дейін',
    case: '{{registryNumber}} іс',
  },
};

export default caseMonitoring;
