import type { LocaleStrings } from '../en';

const caseMonitoring: LocaleStrings['caseMonitoring'] = {
  title: 'Реестр поднадзорных',
  flag: {
    title: {
      pending_one: 'В деле, возможно, фигурирует лицо из реестра поднадзорных',
      pending_few: 'В деле, возможно, фигурируют лица из реестра поднадзорных',
      pending_many: 'В деле, возможно, фигурируют лица из реестра поднадзорных',
      pending_other: 'В деле, возможно, фигурируют лица из реестра поднадзорных',
      confirmed_one: 'В деле фигурирует лицо из реестра поднадзорных',
      confirmed_few: 'В деле фигурируют лица из реестра поднадзорных',
      confirmed_many: 'В деле фигурируют лица из реестра поднадзорных',
      confirmed_other: 'В деле фигурируют лица из реестра поднадзорных',
    },
    details: 'учётный № {{personId}} · {{defendant}}',
    // A defendant with a name: the stage's word for them, then the name.
    defendantNamed: '{{who}}, {{name}}',
    defendantNumber: {
      accused: {
        M: 'подозреваемый или обвиняемый № {{number}}',
        F: 'подозреваемая или обвиняемая № {{number}}',
      },
      onTrial: { M: 'подсудимый № {{number}}', F: 'подсудимая № {{number}}' },
      convicted: { M: 'осуждённый № {{number}}', F: 'осуждённая № {{number}}' },
    },
    defendantGone: 'никто из лиц по делу больше не совпадает',
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
    registered: 'На учёте под № {{personId}}',
  },
  register: {
    action: 'Поставить на учёт в реестр поднадзорных',
    confirmTitle: 'Поставить на учёт в реестр поднадзорных: {{name}}?',
    confirmText:
      'Запись реестра создаётся из сведений о подсудимом и приговора по этому делу; затем откроется страница лица.',
    ok: 'Поставить на учёт',
    cancel: 'Отмена',
    done: {
      M: 'Поставлен на учёт под номером {{personId}}',
      F: 'Поставлена на учёт под номером {{personId}}',
    },
  },
  /** The register's warnings, named alike on the dashboard and the Monitoring screen. */
  warning: {
    overdue: 'Пропущенные явки',
    dueSoon_one: 'Явки в ближайший {{count, number}} день',
    dueSoon_few: 'Явки в ближайшие {{count, number}} дня',
    dueSoon_many: 'Явки в ближайшие {{count, number}} дней',
    dueSoon_other: 'Явки в ближайшие {{count, number}} дня',
    endingSoon_one: 'Надзор заканчивается в течение {{count, number}} дня',
    endingSoon_few: 'Надзор заканчивается в течение {{count, number}} дней',
    endingSoon_many: 'Надзор заканчивается в течение {{count, number}} дней',
    endingSoon_other: 'Надзор заканчивается в течение {{count, number}} дня',
    pendingMatches: 'Совпадения, ожидающие решения',
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
      empty: 'Пропущенных явок нет',
    },
    dueSoon: {
      empty: 'На этой неделе явок нет',
    },
    endingSoon: {
      empty: 'В ближайшее время сроки надзора не истекают',
    },
    pending: {
      empty: 'Совпадений, ожидающих решения, нет',
    },
    due: 'срок {{date}}',
    ends: 'до {{date}}',
    case: 'дело {{registryNumber}}',
  },
};

export default caseMonitoring;
