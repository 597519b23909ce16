import type { LocaleStrings } from '../en';

const caseMonitoring: LocaleStrings['caseMonitoring'] = {
  title: 'Реестр поднадзорных',
  flag: {
    title_one: 'Подсудимый состоит в реестре поднадзорных',
    title_few: 'Подсудимые состоят в реестре поднадзорных',
    title_many: 'Подсудимые состоят в реестре поднадзорных',
    title_other: 'Подсудимые состоят в реестре поднадзорных',
    details: 'учётный № {{personId}} · {{defendant}}',
    defendant: 'подсудимый № {{number}}, {{name}}',
    defendantNumber: 'подсудимый № {{number}}',
    defendantGone: 'ни один подсудимый по делу больше не совпадает',
    basis: {
      iin: 'совпадает ИИН',
      nameAndBirthDate: 'совпадают ФИО и дата рождения',
    },
    status: {
      pending: 'ожидает решения',
      confirmed: 'подтверждено повторное преступление',
    },
    confirm: 'Подтвердить',
    reject: 'Отклонить',
    rejectedLine: 'учётный № {{personId}} · {{defendant}} — другое лицо (совпадение отклонено)',
    confirmed: 'Повторное преступление подтверждено',
    rejected: 'Совпадение отклонено',
  },
  reject: {
    title: 'Отклонение совпадения',
    intro: '{{name}} (учётный № {{personId}}) и {{defendant}} будут записаны как разные лица.',
    reason: 'Причина (необязательно)',
    hint: 'Сохраняется в журнале аудита, например «однофамилец».',
    ok: 'Отклонить',
    cancel: 'Отмена',
  },
  tag: {
    pending: 'Возможно, на учёте',
    confirmed: 'Повторное преступление',
  },
  register: {
    action: 'Поставить на учёт в реестр поднадзорных',
    confirmTitle: 'Поставить на учёт в реестр поднадзорных: {{name}}?',
    confirmText:
      'Запись реестра создаётся из сведений о подсудимом и приговора по этому делу; затем откроется страница лица.',
    ok: 'Поставить на учёт',
    cancel: 'Отмена',
    done: 'Поставлен на учёт под номером {{personId}}',
  },
  dashboard: {
    title: 'Надзор за ранее судимыми',
    underSupervision: 'Под надзором: {{number}}',
    openRegister: 'Открыть реестр',
    emptyRegister: 'В реестре поднадзорных пока никого нет',
    showAll: 'Показать все',
    more_one: 'и ещё {{count, number}}',
    more_few: 'и ещё {{count, number}}',
    more_many: 'и ещё {{count, number}}',
    more_other: 'и ещё {{count, number}}',
    overdue: {
      title: 'Пропущенные явки',
      empty: 'Пропущенных явок нет',
    },
    dueSoon: {
      title_one: 'Явки в ближайший {{count, number}} день',
      title_few: 'Явки в ближайшие {{count, number}} дня',
      title_many: 'Явки в ближайшие {{count, number}} дней',
      title_other: 'Явки в ближайшие {{count, number}} дня',
      empty: 'На этой неделе явок нет',
    },
    endingSoon: {
      title_one: 'Надзор истекает в течение {{count, number}} дня',
      title_few: 'Надзор истекает в течение {{count, number}} дней',
      title_many: 'Надзор истекает в течение {{count, number}} дней',
      title_other: 'Надзор истекает в течение {{count, number}} дня',
      empty: 'В ближайшее время сроки надзора не истекают',
    },
    pending: {
      title: 'Совпадения, ожидающие решения',
      empty: 'Совпадений, ожидающих решения, нет',
    },
    due: 'срок {{date}}',
    ends: 'до {{date}}',
    case: 'дело {{registryNumber}}',
  },
};

export default caseMonitoring;
