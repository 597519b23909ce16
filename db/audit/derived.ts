import { comparableName } from '../../shared/domain/person-match';

/*
 * The statistics, the case list's counts and the register's matching read copies and counts that
 * triggers keep beside the audited facts (the case's date, district and article on its child rows,
 * ages, name keys, per-district and per-day case counts, search copies). The trail's snapshots leave
 * them out, so `audit verify` recomputes each from the audited columns and names the first row that
 * disagrees: one UPDATE of a copy can no longer change a figure unseen. Each check is one set-based
 * query (a scan with a join on the case's primary key), written once for both engines.
 */

/** The first disagreeing row of a derived table: which table, which row (its key), which column. */
export interface DerivedMismatch {
  table: string;
  row: string;
  column: string;
}

/** What differs between the engines' SQL in these checks. */
export interface Dialect {
  /** True when the two values differ, NULLs compared as values. */
  differs(a: string, b: string): string;
  /** Full years from a birth date (or a bare birth year) to the registration date; spec §3. */
  age(birthDate: string, birthYear: string, registeredOn: string): string;
  /** Text for a row key made of parts. */
  key(...parts: string[]): string;
  /** The engine's own derived tables (search copies, day counts), beyond those both engines have. */
  extra: DerivedQuery[];
}

/** One check: a query returning at most one row `{ row_key, column_name }`, the first disagreement. */
export interface DerivedQuery {
  table: string;
  sql: (d: Dialect) => string;
}

/** The first column (in the order given) whose copy differs from what it is derived from. */
function firstDiffering(d: Dialect, pairs: [column: string, stored: string, derived: string][]): string {
  return `CASE ${pairs.map(([column, s, v]) => `WHEN ${d.differs(s, v)} THEN '${column}'`).join(' ')} END`;
}

/** A child row's copies of its case: compared with the case row they were copied from. */
function caseCopies(
  table: string,
  key: string[],
  extra: (d: Dialect) => [string, string, string][],
): DerivedQuery {
  return {
    table,
    sql: (d) => {
      const pairs: [string, string, string][] = [
        ['case_registered_on', 'x.case_registered_on', 'c.registered_on'],
        ['case_district_id', 'x.case_district_id', 'c.district_id'],
        ...extra(d),
      ];
      // A row whose case does not exist (inserted with the foreign keys off) is counted by the
      // statistics all the same, and no case's snapshot holds it: its case_id is what disagrees.
      return `SELECT ${d.key(...key.map((k) => `x.${k}`))} AS row_key,
          CASE WHEN c.id IS NULL THEN 'case_id' ELSE ${firstDiffering(d, pairs)} END AS column_name
        FROM ${table} x LEFT JOIN cases c ON c.id = x.case_id
        WHERE c.id IS NULL OR ${pairs.map(([, s, v]) => d.differs(s, v)).join(' OR ')}
        LIMIT 1`;
    },
  };
}

/** A count table against the count of the cases it counts; a row at 0 may stay after deletes. */
function caseCounts(table: string, keys: string[]): DerivedQuery {
  return {
    table,
    sql: (
      d,
    ) => `SELECT ${d.key(...keys.map((k) => `coalesce(k.${k}, n.${k})`))} AS row_key, 'cases' AS column_name
      FROM ${table} k
      FULL JOIN (SELECT ${keys.join(', ')}, count(*) AS cases FROM cases GROUP BY ${keys.join(', ')}) n
        ON ${keys.map((k) => `n.${k} = k.${k}`).join(' AND ')}
      WHERE coalesce(k.cases, 0) <> coalesce(n.cases, 0)
      LIMIT 1`,
  };
}

export const commonDerivedQueries: DerivedQuery[] = [
  caseCopies('victims', ['id'], (d) => [
    ['age', 'x.age', d.age('x.birth_date', 'x.birth_year', 'c.registered_on')],
  ]),
  caseCopies('defendants', ['id'], (d) => [
    ['age', 'x.age', d.age('x.birth_date', 'NULL', 'c.registered_on')],
  ]),
  caseCopies('case_platforms', ['case_id', 'position'], () => [
    ['case_article_id', 'x.case_article_id', 'c.article_id'],
  ]),
  caseCopies('case_tactics', ['case_id', 'position'], () => []),
  caseCounts('district_case_counts', ['district_id']),
];

/** PostgreSQL's search copies (migration 007) and per-day counts (migration 008). */
export const pgDerivedQueries: DerivedQuery[] = [
  caseCounts('case_day_counts', ['stage', 'registered_on']),
  {
    table: 'case_search_numbers',
    sql: (d) => `SELECT coalesce(s.case_id, c.id)::text AS row_key,
        ${firstDiffering(d, [
          ['case_id', 's.case_id', 'c.id'],
          ['registered_on', 's.registered_on', 'c.registered_on'],
          ['registry_number', 's.registry_number', 'c.registry_number'],
        ])} AS column_name
      FROM case_search_numbers s FULL JOIN cases c ON c.id = s.case_id
      WHERE s.case_id IS NULL OR c.id IS NULL OR ${d.differs('s.registered_on', 'c.registered_on')}
        OR ${d.differs('s.registry_number', 'c.registry_number')}
      LIMIT 1`,
  },
  {
    table: 'case_search_names',
    sql: (d) => `SELECT coalesce(s.defendant_id, x.id)::text AS row_key,
        ${firstDiffering(d, [
          ['defendant_id', 's.defendant_id', 'x.id'],
          ['case_id', 's.case_id', 'x.case_id'],
          ['registered_on', 's.registered_on', 'x.case_registered_on'],
          ['full_name', 's.full_name', 'x.full_name'],
        ])} AS column_name
      FROM case_search_names s
      FULL JOIN (SELECT id, case_id, case_registered_on, full_name FROM defendants WHERE full_name IS NOT NULL) x
        ON x.id = s.defendant_id
      WHERE s.defendant_id IS NULL OR x.id IS NULL OR ${d.differs('s.case_id', 'x.case_id')}
        OR ${d.differs('s.registered_on', 'x.case_registered_on')} OR ${d.differs('s.full_name', 'x.full_name')}
      LIMIT 1`,
  },
];

/** Name keys are computed in TypeScript (comparableName), so they are compared row by row. */
export const NAME_KEY_TABLES = ['defendants', 'monitored_persons'] as const;

export interface NamedRow {
  id: number;
  full_name: string | null;
  name_key: string | null;
}

/**
 * The stored name key of a row checked against its name, as the writers compute it (a defendant
 * without a name has none; a register person always has one): null when it agrees.
 */
export function nameKeyMismatch(
  table: (typeof NAME_KEY_TABLES)[number],
  row: NamedRow,
): DerivedMismatch | null {
  // Migration 003 keyed an empty defendant name where writers leave none: both are right.
  if (table === 'defendants' && row.full_name === '') return null;
  const expected =
    table === 'defendants' && row.full_name === null ? null : comparableName(row.full_name ?? '');
  return expected === row.name_key ? null : { table, row: String(row.id), column: 'name_key' };
}

/** The row a derived query returns, as a mismatch. */
export function asMismatch(
  table: string,
  found: { row_key: unknown; column_name: unknown } | undefined | null,
): DerivedMismatch | null {
  return found ? { table, row: String(found.row_key), column: String(found.column_name) } : null;
}
