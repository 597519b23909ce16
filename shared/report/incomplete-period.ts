import type { StatsPeriod } from '../domain/stats';

/**
 * The day the figures were counted, when it comes before the last day they count: a review of the
 * year still running, whose changes against the whole year before are mostly the months not yet
 * lived. Null when the days counted are all past.
 */
export const incompleteAsOf = (period: StatsPeriod, asOf: string | null): string | null =>
  asOf !== null && asOf < period.to ? asOf : null;
