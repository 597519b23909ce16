import type { SupervisionType } from '../../../shared/domain/monitoring';

/*
 * The shape of the demo monitoring register's persons who are in no demo case: how many of each kind
 * of supervision, when it began and for how long, and how it went. Persons who are also defendants
 * (re-offenders, a namesake, persons registered from a demo conviction) come from the cases
 * (reoffenders.ts). Periods are anchored to fixed years so the demo stays the same; a few run into
 * 2027, so the register has people under supervision whenever it is opened.
 */

/**
 * How the period went: `served` to its end (or still running), `extended` by a court for violations,
 * `revoked` early after repeated violations, `watchAfter` followed by a prosecutor's watch.
 */
export type Course = 'served' | 'extended' | 'revoked' | 'watchAfter';

export type RegisterRow = readonly [
  count: number,
  type: SupervisionType,
  startFrom: string,
  startTo: string,
  months: readonly [number, number],
  checkInsPerMonth: readonly [number, number],
  course: Course,
];

export const registerPlan: readonly RegisterRow[] = [
  [4, 'administrative', '2022-01-10', '2022-09-30', [12, 24], [1, 4], 'served'],
  [3, 'administrative', '2023-01-10', '2024-03-31', [12, 24], [1, 4], 'served'],
  [2, 'administrative', '2023-02-01', '2023-10-31', [12, 12], [2, 4], 'extended'],
  [1, 'administrative', '2025-03-01', '2025-06-30', [24, 30], [1, 1], 'served'],
  [4, 'probation', '2022-03-01', '2024-06-30', [12, 36], [1, 2], 'served'],
  [1, 'probation', '2023-01-10', '2023-06-30', [24, 24], [2, 2], 'revoked'],
  [2, 'probation', '2022-02-01', '2022-10-31', [12, 18], [1, 2], 'watchAfter'],
  [5, 'parole', '2022-01-10', '2024-09-30', [6, 24], [1, 1], 'served'],
  [1, 'parole', '2025-01-10', '2025-05-31', [24, 30], [1, 1], 'served'],
  [3, 'prosecutorWatch', '2022-06-01', '2024-12-31', [12, 12], [0, 0], 'served'],
  [2, 'prosecutorWatch', '2024-11-01', '2025-06-30', [24, 30], [0, 0], 'served'],
];

/** Demo defendants who become register persons, by the year of the case and what the supervisor did. */
export type Reoffence = 'confirmed' | 'flaggedByIin' | 'suggestedByName';

export const reoffencePlan: readonly (readonly [year: number, outcome: Reoffence])[] = [
  [2023, 'confirmed'],
  [2024, 'confirmed'],
  [2024, 'confirmed'],
  [2024, 'flaggedByIin'],
  [2024, 'suggestedByName'],
  [2025, 'confirmed'],
  [2025, 'flaggedByIin'],
  [2025, 'suggestedByName'],
];

/** Defendants convicted in 2025 to probation who were put on the register from their case. */
export const REGISTERED_FROM_CASES = 2;
