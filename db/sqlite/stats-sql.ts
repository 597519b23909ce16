import type { AgeBand } from '../../shared/domain/stats';
import type { StatsDays, StatsScope } from '../ports';

/*
 * The SQL pieces behind every figure of spec §3, shared by the counts and by the drill-down lists,
 * so "which 34?" always lists exactly the 34 the figure counted. Parameters are named:
 * @from/@to bound the period, @district is a district id (only bound when a district is chosen),
 * @article0… the articles counted (only bound when a subject narrows the cases).
 * Parties and platform/tactic links carry their case's registration date, district and (parties)
 * age at registration (migration 002), so the yearly figures read one index range each.
 */

/**
 * Which rows a review counts besides their dates: one district (bound as @district) and the cases of
 * some articles (bound as @article0, @article1…; 0 articles: every case). Only the number of articles
 * shapes the SQL, so a statement is prepared once per shape, never per value.
 */
export interface RowFilter {
  districtId: number | null;
  articles: number;
}

/** Rows of `table` (alias `alias`) whose `dateColumn` is in the period, narrowed by `filter`. */
export interface Rows {
  from: string;
  where: string;
  alias: string;
}

/** The condition on a case's `article_id` column that its article is one of `filter`'s. */
export const articleIn = (column: string, filter: RowFilter): string =>
  `${column} IN (SELECT id FROM articles WHERE code IN (${Array.from({ length: filter.articles }, (_, i) => `@article${i}`).join(', ')}))`;

const rows = (from: string, alias: string, dateColumn: string, districtColumn: string, filter: RowFilter) => {
  const district = filter.districtId === null ? '' : ` AND ${alias}.${districtColumn} = @district`;
  // Parties and links carry their case's date and district, not its article: that is asked of the case.
  const articles =
    filter.articles === 0
      ? ''
      : alias === 'c'
        ? ` AND ${articleIn('c.article_id', filter)}`
        : ` AND ${alias}.case_id IN (SELECT id FROM cases WHERE ${articleIn('article_id', filter)})`;
  return { from, alias, where: `${alias}.${dateColumn} BETWEEN @from AND @to${district}${articles}` };
};

export const casesIn = (dateColumn: string, filter: RowFilter): Rows =>
  rows('cases c', 'c', dateColumn, 'district_id', filter);

export const defendantsIn = (dateColumn: string, filter: RowFilter): Rows =>
  rows('defendants d', 'd', dateColumn, 'case_district_id', filter);

/** Victims of the cases registered in the period. */
export const victimsIn = (filter: RowFilter): Rows =>
  rows('victims v', 'v', 'case_registered_on', 'case_district_id', filter);

/** Platform or tactic links of the cases registered in the period. */
export const linksIn = (table: 'case_platforms' | 'case_tactics', filter: RowFilter): Rows =>
  rows(`${table} x`, 'x', 'case_registered_on', 'case_district_id', filter);

/** The same rows with their case joined (as `c`), for lists that show case details. */
export const withCase = (r: Rows): string =>
  r.alias === 'c'
    ? `FROM ${r.from} WHERE ${r.where}`
    : `FROM ${r.from} JOIN cases c ON c.id = ${r.alias}.case_id WHERE ${r.where}`;

/** Age bands of spec §3 as inclusive ranges of full years. */
const bandRanges: Record<Exclude<AgeBand, 'unknown'>, [number | null, number | null]> = {
  under18: [null, 17],
  '18to20': [18, 20],
  '21to39': [21, 39],
  '40to59': [40, 59],
  '60plus': [60, null],
};

/** A condition true when `age` falls in `band`. */
export function inAgeBand(age: string, band: AgeBand): string {
  if (band === 'unknown') return `${age} IS NULL`;
  const [min, max] = bandRanges[band];
  if (min === null) return `${age} <= ${max}`;
  return max === null ? `${age} >= ${min}` : `${age} BETWEEN ${min} AND ${max}`;
}

/**
 * Offenders are the defendants of the cases registered in the period, one per person id (each
 * defendant without one is a person of its own). A person met in several cases is described by the
 * first: earliest registration, then registry number, then order in the case. `nth` numbers a
 * person's rows in that order.
 */
export const offenderRowsCte = (filter: RowFilter, onlyRepeated = false) => {
  const r = defendantsIn('case_registered_on', filter);
  const repeated = onlyRepeated
    ? ` AND d.person_id IN (SELECT person_id FROM defendants d WHERE ${r.where} AND d.person_id IS NOT NULL
         GROUP BY person_id HAVING count(*) > 1)`
    : '';
  return `
  WITH offender_rows AS (
    SELECT d.*, c.registry_number,
      row_number() OVER (
        PARTITION BY d.person_id, CASE WHEN d.person_id IS NULL THEN d.id END
        ORDER BY d.case_registered_on, c.registry_number, d.position
      ) AS nth
    ${withCase(r)}${repeated}
  )`;
};

/** What the offender shares count, as sums over defendant rows aliased `a`. */
export const offenderSums = (a: string) => `count(*) AS total,
  coalesce(sum(${a}.sex = 'M'), 0) AS men,
  coalesce(sum(${a}.age BETWEEN 17 AND 60), 0) AS age17to60,
  coalesce(sum(${a}.prior_convictions >= 1), 0) AS prior,
  coalesce(sum(${a}.employment = 'unemployed'), 0) AS unemployed`;

/** Months of a sentence with a term (imprisonment, restriction, suspended). */
export const termMonthsSql = 'coalesce(d.sentence_years, 0) * 12 + coalesce(d.sentence_months, 0)';

/** The narrowing of `scope`, as the row builders take it. */
export const filterOf = (scope: StatsScope): RowFilter => ({
  districtId: scope.district?.id ?? null,
  articles: scope.articles?.length ?? 0,
});

export type StatsParams = { from: string; to: string; district?: number } & Record<string, string | number>;

/** The parameters of `scope`'s statements over `days` (its period, or the same days a year before). */
export const paramsOf = (scope: StatsScope, days: StatsDays = scope.period): StatsParams => ({
  from: days.from,
  to: days.to,
  ...(scope.district ? { district: scope.district.id } : {}),
  ...Object.fromEntries((scope.articles ?? []).map((article, i) => [`article${i}`, article])),
});

/** One text per scope, for keeping its figures: the same text means the same rows counted. */
export const scopeKey = (scope: StatsScope): string =>
  JSON.stringify([scope.year, scope.period, scope.previous, scope.district?.id ?? null, scope.articles]);
