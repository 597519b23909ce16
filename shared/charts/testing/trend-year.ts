import type { TrendYear } from '../../domain/stats';

/**
 * One year of the trend for tests: the sentenced equal the convicted, and the clearance rate is left
 * out unless given, as the charts never draw it.
 */
export const trendYear = (
  year: number,
  registered: number,
  forwarded: number,
  convicted: number,
  imprisoned: number,
  clearanceRatePct: number | null = null,
): TrendYear => ({
  year,
  registered,
  forwardedToCourt: forwarded,
  convictedPersons: convicted,
  sentencedPersons: convicted,
  imprisonedPersons: imprisoned,
  clearanceRatePct,
});
