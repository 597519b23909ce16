/** The monitoring register as the case page and the dashboard show it. */
const caseMonitoring = {
  title: 'Monitoring register',
  flag: {
    title: {
      pending_one: 'A person on the monitoring register may be in this case',
      pending_other: 'Persons on the monitoring register may be in this case',
      confirmed_one: 'A person on the monitoring register is in this case',
      confirmed_other: 'Persons on the monitoring register are in this case',
    },
    details: 'register No. {{personId}} · {{defendant}}',
    // A defendant with a name: the stage's word for them, then the name.
    defendantNamed: '{{who}}, {{name}}',
    defendantNumber: {
      accused: { M: 'suspect or accused No. {{number}}', F: 'suspect or accused No. {{number}}' },
      onTrial: { M: 'defendant No. {{number}}', F: 'defendant No. {{number}}' },
      convicted: { M: 'convicted person No. {{number}}', F: 'convicted person No. {{number}}' },
    },
    defendantGone: 'no one in the case matches any more',
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
    registered: 'On the register as {{personId}}',
  },
  register: {
    action: 'Put on the monitoring register',
    confirmTitle: 'Put on the monitoring register: {{name}}?',
    confirmText:
      'A register entry is made from the defendant’s details and the conviction in this case; the person’s page opens next.',
    ok: 'Put on the register',
    cancel: 'Cancel',
    done: {
      M: 'On the register as {{personId}}',
      F: 'On the register as {{personId}}',
    },
  },
  /** The register's warnings, named alike on the dashboard and the Monitoring screen. */
  warning: {
    overdue: 'Missed check-ins',
    dueSoon_one: 'Check-ins due within {{count, number}} day',
    dueSoon_other: 'Check-ins due within {{count, number}} days',
    endingSoon_one: 'Supervision ending within {{count, number}} day',
    endingSoon_other: 'Supervision ending within {{count, number}} days',
    pendingMatches: 'Matches awaiting a decision',
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
      empty: 'No missed check-ins',
    },
    dueSoon: {
      empty: 'No check-ins due this week',
    },
    endingSoon: {
      empty: 'No supervision period ends soon',
    },
    pending: {
      empty: 'No matches awaiting a decision',
    },
    due: 'due {{date}}',
    ends: 'ends {{date}}',
    case: 'case {{registryNumber}}',
  },
};

export default caseMonitoring;
