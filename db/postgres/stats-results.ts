import type { CaseStats } from '../../shared/domain/stats';
import type { StatsScope } from '../ports';
import { decodeFigures, encodeFigures } from '../stats-json';
import { row, type OnSnapshot, type Queryable } from './sql';

/*
 * The year's statistics as last computed, kept in `stats_results` (migrations 010 and 012, one row per
 * year, district and scope: period and articles) and used while the
 * data they count are unchanged: the Reports screen, its PDF and every colleague's screen ask for the
 * same year again and again, and at a million cases computing it takes about a second.
 *
 * A result is stamped with the change numbers of its years (its period's, and those of the same
 * days a year before, which the figures compare with) and of the reference names, read on the same snapshot as the figures; writes give those
 * scopes new numbers in their own transaction. A stored result whose stamp is no longer the current
 * one is never used: it is computed again and replaces it.
 */

/**
 * A standby server (a replica serving reports) refuses writes, and a role allowed only to read may
 * not keep results: there the figures are computed each time, and are no less right for it.
 */
const NOT_KEPT = new Set(['25006', '42501']); // read_only_sql_transaction, insufficient_privilege

interface Stored {
  stamp: string;
  figures: string | null;
}

const storedSql = `
  WITH stamp AS (
    SELECT string_agg(coalesce(c.change, 0)::text, '.' ORDER BY s.n) AS stamp
    FROM unnest(@scopes::text[]) WITH ORDINALITY AS s (scope, n)
      LEFT JOIN stats_changes c ON c.scope = s.scope
  )
  SELECT stamp.stamp, r.figures FROM stamp
    LEFT JOIN stats_results r
      ON r.year = @year AND r.district_id = @district AND r.scope = @scope AND r.stamp = stamp.stamp`;

/** The change scopes a scope's figures read: every year its days and the days before touch, and the names. */
const changeScopesOf = ({ period, previous }: StatsScope): string[] => {
  const first = Number(previous.from.slice(0, 4));
  const last = Number(period.to.slice(0, 4));
  return [...Array.from({ length: last - first + 1 }, (_, i) => String(first + i)), 'names'];
};

/** The calendar year of every case keeps its figures under '' (migration 012). */
const storedScopeOf = (scope: StatsScope): string => {
  const whole = scope.period.from === `${scope.year}-01-01` && scope.period.to === `${scope.year}-12-31`;
  return whole && scope.articles === null
    ? ''
    : JSON.stringify([scope.period, scope.previous, scope.articles]);
};

/**
 * The statistics of `scope`: the stored result when its data are unchanged, else computed (by
 * `compute`) on one snapshot and, when `keep` names where, stored for the next call.
 */
export async function storedAnnualStats(
  consistent: OnSnapshot,
  keep: Queryable | null,
  scope: StatsScope,
  compute: (db: Queryable, scope: StatsScope) => Promise<CaseStats>,
): Promise<CaseStats> {
  const key = { year: scope.year, district: scope.district?.id ?? 0, scope: storedScopeOf(scope) };
  const found = await consistent(async (db, widen) => {
    const stored = (await row<Stored>(db, storedSql, { ...key, scopes: changeScopesOf(scope) }))!;
    if (stored.figures !== null)
      return { stamp: stored.stamp, stats: decodeFigures<CaseStats>(stored.figures), fresh: false };
    // Counted again: its dozen counts side by side, on the snapshot the stamp was read on.
    return { stamp: stored.stamp, stats: await compute(await widen(), scope), fresh: true };
  });
  if (found.fresh && keep) {
    // One row per scope ever asked for (a handful of subjects and periods a year): each is replaced,
    // never added to, when its data change.
    await row(
      keep,
      `INSERT INTO stats_results (year, district_id, scope, stamp, figures)
       VALUES (@year, @district, @scope, @stamp, @figures)
       ON CONFLICT (year, district_id, scope) DO UPDATE SET stamp = EXCLUDED.stamp, figures = EXCLUDED.figures`,
      { ...key, stamp: found.stamp, figures: encodeFigures(found.stats) },
    ).catch((error: { code?: string }) => {
      if (!NOT_KEPT.has(error.code ?? '')) throw error;
    });
  }
  // The district's name is the caller's; the result is the same for any name of it.
  return { ...found.stats, year: scope.year, district: scope.district?.name ?? null };
}
