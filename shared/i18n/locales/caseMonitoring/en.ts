/** The monitoring register as the case page and the dashboard show it. */
const caseMonitoring = {
  title: 'Monitoring register',
  flag: {
    title_one: 'A defendant is on the monitoring register',
    title_other: 'Defendants are on the monitoring register',
    details: 'register No. {{personId}} · {{defendant}}',
    defendant: 'defendant No. {{number}}, {{name}}',
    defendantNumber: 'defendant No. {{number}}',
    defendantGone: 'no defendant of the case matches any more',
    basis: {
      iin: 'same IIN',
      nameAndBirthDate: 'same full name and date of birth',
    },
    status: {
      pending: 'awaiting a decision',
      confirmed: 'confirmed re-offence',
    },
    confirm: 'Confirm',
    reject: 'Reject',
    rejectedLine: 'register No. {{personId}} · {{defendant}} is someone else (match rejected)',
    confirmed: 'Re-offence confirmed',
    rejected: 'Match rejected',
  },
  reject: {
    title: 'Reject the match',
    intro: '{{name}} (register No. {{personId}}) and {{defendant}} will be recorded as different persons.',
    reason: 'Reason (optional)',
    hint: 'Kept in the audit trail, for example "a namesake".',
    ok: 'Reject',
    cancel: 'Cancel',
  },
  tag: {
    pending: 'On the register?',
    confirmed: 'Re-offence',
  },
  register: {
    action: 'Put on the monitoring register',
    confirmTitle: 'Put on the monitoring register: {{name}}?',
    confirmText:
      'A register entry is made from the defendant’s details and the conviction in this case; the person’s page opens next.',
    ok: 'Put on the register',
    cancel: 'Cancel',
    done: 'On the register as {{personId}}',
  },
  dashboard: {
    title: 'Monitoring of previously convicted persons',
    underSupervision: 'Under supervision: {{number}}',
    openRegister: 'Open the register',
    emptyRegister: 'No one is on the monitoring register yet',
    showAll: 'Show all',
    more_one: 'and {{count, number}} more',
    more_other: 'and {{count, number}} more',
    overdue: {
      title: 'Missed check-ins',
      empty: 'No missed check-ins',
    },
    dueSoon: {
      title_one: 'Check-ins due within {{count, number}} day',
      title_other: 'Check-ins due within {{count, number}} days',
      empty: 'No check-ins due this week',
    },
    endingSoon: {
      title_one: 'Supervision ending within {{count, number}} day',
      title_other: 'Supervision ending within {{count, number}} days',
      empty: 'No supervision period ends soon',
    },
    pending: {
      title: 'Matches awaiting a decision',
      empty: 'No matches awaiting a decision',
    },
    due: 'due {{date}}',
    ends: 'ends {{date}}',
    case: 'case {{registryNumber}}',
  },
};

export default caseMonitoring;
