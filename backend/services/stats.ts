import type { Readers, StatsScope, Store } from '../../db/ports';
import type {
  AnnualStats,
  DrillFigure,
  DrillPageOf,
  DrillRequest,
  StatsQuery,
} from '../../shared/domain/stats';
import { todayIso } from '../../shared/dates';
import { DomainError } from '../errors';
import { monitoringDrill } from './monitoring/drill';
import { monitoringStats } from './monitoring/statistics';
import { resolveScope } from './stats-scope';

/**
 * The year's figures: the cases' (spec §3/§4) and the monitoring register's. `today` bounds a running
 * year's register figures (check-ins not yet due are not yet expected).
 */
export const annualStats = (store: Store, query: StatsQuery, today = todayIso()): Promise<AnnualStats> =>
  store.read(async (r) => (await scopedStats(r, query, today)).stats);

/** The figures of `query` read through `r`, with the scope they counted (the review reuses it). */
export async function scopedStats(
  r: Readers,
  query: StatsQuery,
  today: string,
): Promise<{ stats: AnnualStats; scope: StatsScope }> {
  const scope = await resolveScope(r, query);
  const [cases, monitoring] = await Promise.all([
    r.stats.annual(scope),
    monitoringStats(r, scope.period, scope.district, today),
  ]);
  const counted = { subject: scope.subject?.name ?? null, articles: scope.articles && [...scope.articles] };
  return { stats: { ...cases, period: scope.period, scope: counted, monitoring }, scope };
}

/** The cases or persons behind one figure; `today` bounds the register's figures as in annualStats. */
export const drillDown = <F extends DrillFigure>(
  store: Store,
  query: DrillRequest & { figure: F } & Pick<StatsQuery, 'district'>,
  today = todayIso(),
): Promise<DrillPageOf<F>> =>
  store.read(async (r) => {
    const { district: _name, ...request } = query;
    const scope = await resolveScope(r, query);
    const page =
      request.figure === 'monitoredPersons'
        ? await monitoringDrill(r, request, scope.district, today)
        : await r.stats.drill(request, scope);
    if (!page) {
      throw DomainError.field('invalid_input', {
        path: 'key',
        key: 'errors.stats.unknownKey',
        params: { key: query.key ?? '' },
      });
    }
    return page as DrillPageOf<F>;
  });
