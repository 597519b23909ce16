import type { CaseMatch } from '../../shared/domain/monitoring-api';
import type { MatchScope, MonitoringReader, MonitoringWriter } from '../ports';
import {
  mergeMatches,
  registeredOf,
  registeredSql,
  type CandidateRow,
  type DecisionRow,
  type RegisteredRow,
} from '../sqlite/monitoring-matches';
import {
  insertPgPerson,
  pgAllPersonRecords,
  pgPersonRecord,
  pgPersonVersion,
  replacePgPerson,
} from './monitoring-records';
import { prepared, row, type Queryable } from './sql';

/*
 * Defendants who may be a monitored person (rules of shared/domain/person-match.ts), found by index on
 * reading as on SQLite (db/sqlite/monitoring-matches.ts), and merged with the decisions the same way.
 */

const notConvictionSource = `c.registry_number NOT IN (
  SELECT registry_number FROM person_convictions WHERE person_id = p.id AND registry_number IS NOT NULL)`;

const candidateSql = (scope: string) => `
  SELECT p.id AS person_db_id, p.person_key, p.full_name AS person_name, c.id AS case_id, c.registry_number,
         c.registered_on, d.position, d.full_name AS defendant_name, 'iin' AS basis
  FROM monitored_persons p JOIN defendants d ON d.iin = p.iin JOIN cases c ON c.id = d.case_id
  WHERE p.iin IS NOT NULL AND ${notConvictionSource} ${scope}
  UNION ALL
  SELECT p.id, p.person_key, p.full_name, c.id, c.registry_number, c.registered_on, d.position, d.full_name,
         'nameAndBirthDate'
  FROM monitored_persons p JOIN defendants d ON d.name_key = p.name_key AND d.birth_date = p.birth_date
    JOIN cases c ON c.id = d.case_id
  WHERE (d.iin IS NULL OR p.iin IS NULL) AND ${notConvictionSource} ${scope}
  ORDER BY 1, 4, 7`;

const decisionSql = (scope: string) => `
  SELECT p.id AS person_db_id, p.person_key, p.full_name AS person_name, c.id AS case_id, c.registry_number,
         c.registered_on, l.status
  FROM person_case_links l JOIN monitored_persons p ON p.id = l.person_id JOIN cases c ON c.id = l.case_id
  WHERE true ${scope.replace(/d\.case_id/g, 'l.case_id')}`;

function scopeOf(scope: MatchScope): { sql: string; params: number[] } {
  if (scope.personDbId !== undefined) return { sql: 'AND p.id = $1', params: [scope.personDbId] };
  if (scope.caseId !== undefined) return { sql: 'AND d.case_id = $1', params: [scope.caseId] };
  return { sql: '', params: [] };
}

/**
 * The candidates and the decisions in one statement, as JSON rows (whose numbers and strings read
 * back as the columns do): a case page reads them at every call.
 */
const matchesSql = (scope: string) => `SELECT
  (SELECT coalesce(json_agg(x ORDER BY x.person_db_id, x.case_id, x.position), '[]')
   FROM (${candidateSql(scope)}) x) AS candidates,
  (SELECT coalesce(json_agg(y), '[]') FROM (${decisionSql(scope)}) y) AS decisions`;

export interface MatchesRow {
  candidates: CandidateRow[];
  decisions: DecisionRow[];
}

/** matchesSql for the case whose id is `$1` (a case page's, case-records.ts). */
export const CASE_MATCHES_SQL = matchesSql(scopeOf({ caseId: 0 }).sql);

export const matchesOf = (found: MatchesRow): CaseMatch[] => mergeMatches(found.candidates, found.decisions);

/** The defendants of the case whose id is `$1` on the register from its conviction, as one JSON row. */
export const CASE_REGISTERED_SQL = `SELECT coalesce(json_agg(z ORDER BY z.position, z.person_db_id), '[]')
  AS registered FROM (${registeredSql('$1', 'JOIN')}) z`;
const CASE_REGISTERED = prepared(CASE_REGISTERED_SQL);

export interface RegisteredJsonRow {
  registered: RegisteredRow[];
}

const KEY_PREFIX = 'M-';

export const pgMonitoringReader = (db: Queryable): MonitoringReader => ({
  record: (id) => pgPersonRecord(db, id),
  version: (id) => pgPersonVersion(db, id),
  all: () => pgAllPersonRecords(db),
  idByKey: async (key) =>
    (await row<{ id: number }>(db, 'SELECT id FROM monitored_persons WHERE person_key = $1', [key]))?.id ??
    null,
  idByIin: async (iin) =>
    (await row<{ id: number }>(db, 'SELECT id FROM monitored_persons WHERE iin = $1', [iin]))?.id ?? null,
  async nextKey() {
    // The highest number given so far, plus one: register numbers are never reused.
    const found = await row<{ n: number | null }>(
      db,
      `SELECT max(substring(person_key FROM '^${KEY_PREFIX}([0-9]+)')::numeric) AS n FROM monitored_persons`,
    );
    return `${KEY_PREFIX}${String((found?.n ?? 0) + 1).padStart(6, '0')}`;
  },
  async matches(scope) {
    const { sql, params } = scopeOf(scope);
    const text = matchesSql(sql);
    // A case's or a person's (one of two texts, by one key) is prepared; the whole register's is not.
    const found = await row<MatchesRow>(db, params.length > 0 ? prepared(text) : text, params);
    return matchesOf(found!);
  },
  registeredFrom: async (caseId) =>
    registeredOf((await row<RegisteredJsonRow>(db, CASE_REGISTERED, [caseId]))!.registered),
});

export const pgMonitoringWriter = (db: Queryable): MonitoringWriter => ({
  insert: (record, refs) => insertPgPerson(db, record, refs),
  replace: (id, record, refs, expected) => replacePgPerson(db, id, record, refs, expected),
});
