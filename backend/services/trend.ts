import type { Readers, StatsScope, Store } from '../../db/ports';
import {
  TREND_YEARS,
  trendYearOf,
  type CaseStats,
  type PipelineTrend,
  type StatsQuery,
} from '../../shared/domain/stats';
import { shiftPeriod } from '../../shared/domain/period';
import { resolveScope } from './stats-scope';

/**
 * The last TREND_YEARS years up to `query.year`, from the first year with a registered case on: each
 * year's figures are that year's review's (the same counting rules, the same store queries), so a
 * trend value always equals the figure of its own year's review.
 */
export const pipelineTrend = (store: Store, query: StatsQuery): Promise<PipelineTrend> =>
  store.read(async (r) => trendOf(r, await resolveScope(r, query)));

/**
 * The trend of `scope` read through `r`. `reviewed`, the figures of the scope itself when the caller
 * has them already (the review), is its last year, not counted twice.
 */
export async function trendOf(r: Readers, scope: StatsScope, reviewed?: CaseStats): Promise<PipelineTrend> {
  const { district, year: last } = scope;
  // One index entry, where the list's first page would count every case first.
  const earliest = await r.cases.earliestRegisteredOn();
  const dataFrom = earliest ? Number(earliest.slice(0, 4)) : last;
  const from = Math.min(last, Math.max(dataFrom, last - TREND_YEARS + 1));
  const years = Array.from({ length: last - from + 1 }, (_, i) => from + i);
  // Each year's same days (the third quarter of each year, for a third quarter's review), counted alike.
  const counted = await Promise.all(
    years.map((year) => {
      if (year === last && reviewed) return Promise.resolve(trendYearOf(reviewed));
      const period = shiftPeriod(scope.period, year - last);
      return r.stats.pipeline({ ...scope, year, period, previous: shiftPeriod(period, -1) });
    }),
  );
  return { district: district?.name ?? null, years: counted };
}
