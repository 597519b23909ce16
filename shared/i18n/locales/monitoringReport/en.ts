/** The monitoring figures on the Reports screen and in the review PDF. */
const monitoringReport = {
  title: 'Monitoring of previously convicted persons',
  none: 'The monitoring register holds no supervision and no confirmed re-offence for {{year}}.',
  figure: {
    personsMonitored: 'Persons under supervision during the year',
    underMonitoringOn: 'Under supervision on {{date}}',
    newPeriods: 'Supervision periods begun',
    checkInsExpected: 'Check-ins due',
    checkInsAttended: 'Check-ins attended',
    compliance: 'Check-in compliance',
    violations: 'Violations recorded',
    warnings: 'Warnings issued',
    reoffendedPersons: 'Persons who re-offended',
    cohort: 'Re-offence rate: persons counted',
    failures: 'Re-offence rate: re-offended while supervised',
    reoffenceRate: 'Re-offence rate',
    offendersOnRegister: 'Offenders of the year on the register',
  },
  column: { value: 'Value' },
  rateDetail: '{{failures}} of {{cohort}} persons',
  checkInsDetail: '{{attended}} of {{expected}} due',
  definition:
    'How the re-offence rate is counted. Persons counted: everyone with a supervision period in force on at least one day from {{from}} to {{asOf}}. Re-offended: a case registered in that time, on or after the start of such a period, that a supervisor confirmed as the person’s. The rate is the re-offended divided by the persons counted. Only confirmed links count: a matching IIN or name is a suggestion until a supervisor has checked it. For a district, the persons living in it are counted.',
  narrative: {
    monitored_one: 'In {{year}}, {{n}} person was under supervision',
    monitored_other: 'In {{year}}, {{n}} persons were under supervision',
    atEnd: ', {{n}} of them on {{date}}.',
    newPeriods_zero: 'In the year, no new supervision period began.',
    newPeriods_one: 'In the year, {{n}} new supervision period began.',
    newPeriods_other: 'In the year, {{n}} new supervision periods began.',
    checkIns: 'Check-ins attended: {{attended}} of {{expected}} due ({{pct}}).',
    checkInsNone: 'No check-ins were due.',
    violations_one: 'Supervisors recorded {{n}} violation',
    violations_other: 'Supervisors recorded {{n}} violations',
    warnings_one: ' and issued {{n}} warning.',
    warnings_other: ' and issued {{n}} warnings.',
    reoffended_one: 'A supervisor confirmed a new case against {{n}} person',
    reoffended_other: 'Supervisors confirmed new cases against {{n}} persons',
    reoffendedNone: 'No new case against a supervised person was confirmed',
    rate: '; the re-offence rate was {{pct}} ({{failures}} of {{cohort}}).',
  },
  offendersOnRegister: 'of them on the monitoring register',
  drill: {
    title: {
      monitored: 'Persons under supervision {{in}}',
      atYearEnd: 'Persons under supervision at the end of {{year}}',
      atPeriodEnd: 'Persons under supervision at the end of {{title}}',
      newPeriods: 'Persons whose supervision period began {{in}}',
      violations: 'Persons with violations recorded {{in}}',
      warnings: 'Persons warned {{in}}',
      missedCheckIns: 'Persons who missed a check-in due {{in}}',
      reoffended: 'Persons who re-offended {{in}}',
      reoffenceFailures: 'Re-offended after their supervision began, {{title}}',
      amongOffenders: 'Persons on the monitoring register among those who offended {{in}}',
    },
    basis: {
      monitored:
        'A supervision period in force on at least one day {{in}} (up to today while the review period runs). A district counts the persons living in it.',
      atYearEnd:
        'A supervision period in force on 31 December {{year}}, or today while the year runs. A district counts the persons living in it.',
      atPeriodEnd:
        'A supervision period in force on the last day of the review period, or today while it runs. A district counts the persons living in it.',
      newPeriods: 'Periods that began {{in}}; the last column counts each person’s.',
      violations: 'Violations recorded {{in}}; the last column counts each person’s.',
      warnings: 'Warnings issued {{in}}; the last column counts each person’s.',
      missedCheckIns:
        'Check-ins due {{in}} that no attendance filled; the last column counts each person’s. With those attended, they make the check-in compliance.',
      reoffended:
        'A case registered {{in}} that a supervisor confirmed as the person’s. Matches awaiting a decision are not counted.',
      reoffenceFailures:
        'Persons counted for the re-offence rate whose confirmed case was registered {{in}} on or after the start of their supervision.',
      amongOffenders:
        'A defendant of a case registered {{in}} (in the district, by the case’s district) has the person’s IIN, or a supervisor confirmed the case as theirs.',
    },
    column: {
      person: 'Person',
      personId: 'Register No.',
      district: 'District of residence',
      supervision: 'Supervision in the period',
      cases: 'Cases',
      count: {
        newPeriods: 'Periods',
        missedCheckIns: 'Missed',
        violations: 'Violations',
        warnings: 'Warnings',
      },
    },
    since: '{{type}} since {{start}}',
    between: '{{type}}, {{start}} – {{end}}',
  },
};

export default monitoringReport;
