import type { LocaleStrings } from '../en';

const caseMonitoring: LocaleStrings['caseMonitoring'] = {
  title: 'Қадағалаудағылар тізілімі',
  flag: {
    title_one: 'Сотталушы қадағалаудағылар тізілімінде тұр',
    title_other: 'Сотталушылар қадағалаудағылар тізілімінде тұр',
    details: 'есеп № {{personId}} · {{defendant}}',
    defendant: '№ {{number}} сотталушы, {{name}}',
    defendantNumber: '№ {{number}} сотталушы',
    defendantGone: 'істегі бірде-бір сотталушы енді сәйкес келмейді',
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
  },
  register: {
    action: 'Қадағалаудағылар тізіліміне есепке қою',
    confirmTitle: 'Қадағалаудағылар тізіліміне есепке қою: {{name}}?',
    confirmText:
      'Тізілім жазбасы сотталушы туралы мәліметтерден және осы іс бойынша үкімнен жасалады; содан кейін адамның беті ашылады.',
    ok: 'Есепке қою',
    cancel: 'Бас тарту',
    done: '{{personId}} нөмірімен есепке қойылды',
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
      title: 'Өткізіп алынған келулер',
      empty: 'Өткізіп алынған келулер жоқ',
    },
    dueSoon: {
      title_one: 'Алдағы {{count, number}} күндегі келулер',
      title_other: 'Алдағы {{count, number}} күндегі келулер',
      empty: 'Осы аптада келу жоқ',
    },
    endingSoon: {
      title_one: 'Қадағалау {{count, number}} күн ішінде аяқталады',
      title_other: 'Қадағалау {{count, number}} күн ішінде аяқталады',
      empty: 'Жақын арада қадағалау мерзімі аяқталмайды',
    },
    pending: {
      title: 'Шешім күтетін сәйкестіктер',
      empty: 'Шешім күтетін сәйкестіктер жоқ',
    },
    due: 'мерзімі {{date}}',
    ends: '{{date}} дейін',
    case: '{{registryNumber}} іс',
  },
};

export default caseMonitoring;
