import type { AgeBand } from '../../shared/domain/stats';

/*
 * The SQL pieces behind every figure of spec §3, shared by the counts and by the drill-down lists,
 * so "which 34?" always lists exactly the 34 the figure counted. Parameters are named:
 * @from/@to bound the period, @district is a district id (only bound when a district is chosen).
 * Parties and platform/tactic links carry their case's registration date, district and (parties)
 * age at registration (migration 002), so the yearly figures read one index range each.
 */

/** Rows of `table` (alias `alias`) whose `dateColumn` is in the period, optionally in one district. */
export interface Rows {
  from: string;
  where: string;
  alias: string;
}

const rows = (
  from: string,
  alias: string,
  dateColumn: string,
  districtColumn: string,
  districtId: number | null,
) => ({
  from,
  alias,
  where: `${alias}.${dateColumn} BETWEEN @from AND @to${districtId === null ? '' : ` AND ${alias}.${districtColumn} = @district`}`,
});

export const casesIn = (dateColumn: string, districtId: number | null): Rows =>
  rows('cases c', 'c', dateColumn, 'district_id', districtId);

export const defendantsIn = (dateColumn: string, districtId: number | null): Rows =>
  rows('defendants d', 'd', dateColumn, 'case_district_id', districtId);

/** Victims of the cases registered in the period. */
export const victimsIn = (districtId: number | null): Rows =>
  rows('victims v', 'v', 'case_registered_on', 'case_district_id', districtId);

/** Platform or tactic links of the cases registered in the period. */
export const linksIn = (table: 'case_platforms' | 'case_tactics', districtId: number | null): Rows =>
  rows(`${table} x`, 'x', 'case_registered_on', 'case_district_id', districtId);

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
export const offenderRowsCte = (districtId: number | null, onlyRepeated = false) => {
  const r = defendantsIn('case_registered_on', districtId);
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

export const periodOf = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });
