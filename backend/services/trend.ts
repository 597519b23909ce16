import type { Store } from '../../db/ports';
import { TREND_YEARS, type PipelineTrend, type StatsQuery } from '../../shared/domain/stats';
import { shiftPeriod } from '../../shared/domain/period';
import { resolveScope } from './stats-scope';

/**
 * The last TREND_YEARS years up to `query.year`, from the first year with a registered case on: each
 * year's figures are that year's review's (the same counting rules, the same store query), so a
 * trend value always equals the figure of its own year's review.
 */
export const pipelineTrend = (store: Store, query: StatsQuery): Promise<PipelineTrend> =>
  store.read(async (r) => {
    const scope = await resolveScope(r, query);
    const { district } = scope;
    const oldest = await r.cases.list({ page: 1, pageSize: 1, sort: 'registeredOn', order: 'asc' });
    const dataFrom = oldest.items[0] ? Number(oldest.items[0].registeredOn.slice(0, 4)) : query.year;
    const from = Math.min(query.year, Math.max(dataFrom, query.year - TREND_YEARS + 1));
    const years = Array.from({ length: query.year - from + 1 }, (_, i) => from + i);
    // Each year's same days (the third quarter of each year, for a third quarter's review), counted alike.
    const stats = await Promise.all(
      years.map((year) => {
        const period = shiftPeriod(scope.period, year - query.year);
        return r.stats.annual({ ...scope, year, period, previous: shiftPeriod(period, -1) });
      }),
    );
    return {
      district: district?.name ?? null,
      years: stats.map(({ year, pipeline }) => ({
        year,
        registered: pipeline.registered,
        forwardedToCourt: pipeline.forwardedToCourt,
        convictedPersons: pipeline.convictedPersons,
        sentencedPersons: pipeline.sentencedPersons,
        imprisonedPersons: pipeline.imprisonedPersons,
        clearanceRatePct: pipeline.clearanceRatePct,
      })),
    };
  });
