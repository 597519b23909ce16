import type { SupervisionType } from './monitoring';

/*
 * The register's figures for a year (`stats --json` → `monitoring`). A rate means nothing without its
 * definition, so the re-offence rate carries its own: who is counted (start), what counts as failing
 * (failure), and over which days (window).
 */

export interface ReoffenceDefinition {
  start: 'supervisionInForceDuringYear' | 'supervisionInForceDuringReviewPeriod';
  failure: 'confirmedCaseRegisteredAfterPeriodStart';
  /** The calendar year, or the review's period (a quarter, a half-year, any dates). */
  window: 'calendarYear' | 'reviewPeriod';
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
  /** Persons with a confirmed link to a case registered in the year (up to `asOf`). */
  reoffendedPersons: number;
  /**
   * Register persons among the year's offenders: a case registered in the year (in the district, by
   * the case's district) has a defendant with their IIN, or a supervisor confirmed the case as theirs.
   * A rejected decision rules a case out; the case of their own conviction never counts.
   */
  offendersOnRegister: number;
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

/** The same rate over a review's period other than a calendar year (a quarter…). */
export const PERIOD_REOFFENCE_DEFINITION: ReoffenceDefinition = {
  start: 'supervisionInForceDuringReviewPeriod',
  failure: 'confirmedCaseRegisteredAfterPeriodStart',
  window: 'reviewPeriod',
  text:
    'Cohort: persons with a supervision period in force on at least one day of the review period (up to asOf). ' +
    'Failure: a case registered in the review period, on or after the start of such a supervision period, ' +
    'confirmed by a supervisor as the person\u2019s. Window: the review period\u2019s first day to asOf. ' +
    'Rate = failing persons / cohort, in percent.',
};

/**
 * The persons behind each register figure, as the Reports screen lists them (`reports.drilldown`,
 * figure `monitoredPersons`). Person figures list their persons; `newPeriods`, `violations` and
 * `warnings` list the persons with their own count, which adds up to the figure.
 */
export const monitoringDrillKeys = [
  'monitored',
  'atYearEnd',
  'newPeriods',
  'missedCheckIns',
  'violations',
  'warnings',
  'reoffended',
  'reoffenceFailures',
  'amongOffenders',
] as const;
export type MonitoringDrillKey = (typeof monitoringDrillKeys)[number];

export interface MonitoredDrillRow {
  personDbId: number;
  personId: string;
  fullName: string;
  birthDate: string;
  district: string | null;
  /** The latest period in force in the year up to `asOf`; null when none was. */
  period: { type: SupervisionType; start: string; end: string | null } | null;
  /** This person's part of a figure that counts periods or events; null for a figure of persons. */
  count: number | null;
  /** The cases that put the person into a re-offence or offender figure, by registration. */
  cases: { caseId: number; registryNumber: string; registeredOn: string }[];
}
