import type { Readers, StatsDistrict, Store } from '../../db/ports';
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

const fold = (text: string) => text.trim().toLocaleLowerCase('ru');

/**
 * A district as a person names it: its file name, or its label in any language, in any letter case.
 * An unknown name is refused with the known ones listed, never read as "the whole city".
 */
export async function resolveDistrict(
  r: Readers,
  name: string | null | undefined,
): Promise<StatsDistrict | null> {
  if (name === null || name === undefined) return null;
  const districts = await r.reference.districts();
  const wanted = fold(name);
  const found =
    districts.find((d) => d.name === name) ??
    districts.find((d) =>
      [d.name, d.labels.ru, d.labels.kk, d.labels.en].some((v) => v && fold(v) === wanted),
    );
  if (!found) {
    throw DomainError.field('not_found', {
      path: 'district',
      key: 'errors.stats.unknownDistrict',
      params: { district: name, known: districts.map((d) => d.name).join(', ') },
    });
  }
  return { id: found.id, name: found.name };
}

/**
 * The year's figures: the cases' (spec §3/§4) and the monitoring register's. `today` bounds a running
 * year's register figures (check-ins not yet due are not yet expected).
 */
export const annualStats = (store: Store, query: StatsQuery, today = todayIso()): Promise<AnnualStats> =>
  store.read(async (r) => {
    const district = await resolveDistrict(r, query.district);
    const [cases, monitoring] = await Promise.all([
      r.stats.annual(query.year, district),
      monitoringStats(r, query.year, district, today),
    ]);
    return { ...cases, monitoring };
  });

/** The cases or persons behind one figure; `today` bounds the register's figures as in annualStats. */
export const drillDown = <F extends DrillFigure>(
  store: Store,
  query: DrillRequest & { figure: F } & Pick<StatsQuery, 'district'>,
  today = todayIso(),
): Promise<DrillPageOf<F>> =>
  store.read(async (r) => {
    const { district: name, ...request } = query;
    const district = await resolveDistrict(r, name);
    const page =
      request.figure === 'monitoredPersons'
        ? await monitoringDrill(r, request, district, today)
        : await r.stats.drill(request, district);
    if (!page) {
      throw DomainError.field('invalid_input', {
        path: 'key',
        key: 'errors.stats.unknownKey',
        params: { key: query.key ?? '' },
      });
    }
    return page as DrillPageOf<F>;
  });
