/*
 * The register's figures for a year (`stats --json` → `monitoring`). A rate means nothing without its
 * definition, so the re-offence rate carries its own: who is counted (start), what counts as failing
 * (failure), and over which days (window).
 */

export interface ReoffenceDefinition {
  start: 'supervisionInForceDuringYear';
  failure: 'confirmedCaseRegisteredAfterPeriodStart';
  window: 'calendarYear';
  text: string;
}

export interface MonitoringStats {
  /** The last day counted: 31 December, or today while the year is running. */
  asOf: string;
  /** Persons with a supervision period in force on at least one day of the year, up to `asOf`. */
  personsMonitored: number;
  /** Persons with a period in force on `asOf`. */
  underMonitoringAtYearEnd: number;
  /** Periods that started in the year. */
  newPeriods: number;
  /** Check-ins due in the year up to `asOf`, and how many were attended (spec of the schedule: docs/monitoring.md). */
  checkIns: { expected: number; attended: number; compliancePct: number | null };
  /** Events in the year. */
  violations: number;
  warnings: number;
  /** Persons with a confirmed link to a case registered in the year. */
  reoffendedPersons: number;
  reoffenceRate: {
    cohort: number;
    reoffended: number;
    pct: number | null;
    definition: ReoffenceDefinition;
  };
}

export const REOFFENCE_DEFINITION: ReoffenceDefinition = {
  start: 'supervisionInForceDuringYear',
  failure: 'confirmedCaseRegisteredAfterPeriodStart',
  window: 'calendarYear',
  text:
    'Cohort: persons with a supervision period in force on at least one day of the year (up to asOf). ' +
    'Failure: a case registered in the year, on or after the start of such a period, confirmed by a ' +
    'supervisor as the person\u2019s. Window: 1 January to asOf. Rate = failing persons / cohort, in percent.',
};
