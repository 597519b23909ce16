import type { Database } from 'better-sqlite3';
import type { CaseMatch, RegisteredDefendant } from '../../shared/domain/monitoring-api';
import type { MatchBasis } from '../../shared/domain/person-match';
import type { MatchScope } from '../ports';
import { statement } from './statements';

/*
 * Defendants who may be a monitored person, found by index on reading (rules of
 * shared/domain/person-match.ts in SQL): the same IIN; or, when either side has no IIN, the same name
 * key and birth date. The case a person's conviction came from is theirs already, not a re-offence.
 * The supervisor's decisions are joined on; a decision outlives its match (the defendant may since
 * have been changed), so it is listed even without one.
 */

export interface CandidateRow {
  person_db_id: number;
  person_key: string;
  person_name: string;
  case_id: number;
  registry_number: string;
  registered_on: string;
  position: number;
  defendant_name: string | null;
  basis: MatchBasis;
}

export interface DecisionRow {
  person_db_id: number;
  person_key: string;
  person_name: string;
  case_id: number;
  registry_number: string;
  registered_on: string;
  status: 'confirmed' | 'rejected';
}

/** The cases of the person's own convictions, each matched or registered from. */
const convictionCases = `(
  SELECT registry_number FROM person_convictions WHERE person_id = p.id AND registry_number IS NOT NULL)`;
const convictionSource = `c.registry_number IN ${convictionCases}`;
const notConvictionSource = `c.registry_number NOT IN ${convictionCases}`;

/**
 * The case's defendants who are a person put on the register from this case's conviction: the pairs the
 * match rules find and leave out as that person's own case (`param` is the case's id, in both halves).
 * `join` is SQLite's CROSS JOIN (from the case's few defendants into the register by index, an order
 * it would not know to choose) or PostgreSQL's plain JOIN.
 */
export const registeredSql = (param: string, join = 'CROSS JOIN') => `
  SELECT d.position, p.id AS person_db_id, p.person_key, p.full_name AS person_name
  FROM defendants d ${join} monitored_persons p ON p.iin = d.iin JOIN cases c ON c.id = d.case_id
  WHERE d.case_id = ${param} AND d.iin IS NOT NULL AND ${convictionSource}
  UNION
  SELECT d.position, p.id, p.person_key, p.full_name
  FROM defendants d ${join} monitored_persons p ON p.name_key = d.name_key AND p.birth_date = d.birth_date
    JOIN cases c ON c.id = d.case_id
  WHERE d.case_id = ${param} AND (d.iin IS NULL OR p.iin IS NULL) AND ${convictionSource}
  ORDER BY 1, 2`;

export interface RegisteredRow {
  position: number;
  person_db_id: number;
  person_key: string;
  person_name: string;
}

export const registeredOf = (rows: RegisteredRow[]): RegisteredDefendant[] =>
  rows.map((row) => ({
    defendantIndex: row.position,
    personDbId: row.person_db_id,
    personId: row.person_key,
    personName: row.person_name,
  }));

export const findRegistered = (db: Database, caseId: number): RegisteredDefendant[] =>
  registeredOf(statement(db, registeredSql('?')).all(caseId, caseId) as RegisteredRow[]);

/**
 * CROSS JOIN fixes SQLite's join order (it has no statistics to choose by): from the few register
 * persons into the million defendants by index, or, for one case, from its defendants into the register.
 */
const candidateSql = (scope: string, fromCase: boolean) => {
  const pairs = fromCase
    ? 'defendants d CROSS JOIN monitored_persons p'
    : 'monitored_persons p CROSS JOIN defendants d';
  return `
  SELECT p.id AS person_db_id, p.person_key, p.full_name AS person_name, c.id AS case_id, c.registry_number,
         c.registered_on, d.position, d.full_name AS defendant_name, 'iin' AS basis
  FROM ${pairs} ON d.iin = p.iin JOIN cases c ON c.id = d.case_id
  WHERE p.iin IS NOT NULL AND ${notConvictionSource} ${scope}
  UNION ALL
  SELECT p.id, p.person_key, p.full_name, c.id, c.registry_number, c.registered_on, d.position, d.full_name,
         'nameAndBirthDate'
  FROM ${pairs} ON d.name_key = p.name_key AND d.birth_date = p.birth_date JOIN cases c ON c.id = d.case_id
  WHERE (d.iin IS NULL OR p.iin IS NULL) AND ${notConvictionSource} ${scope}
  ORDER BY 1, 4, 7`;
};

const decisionSql = (scope: string) => `
  SELECT p.id AS person_db_id, p.person_key, p.full_name AS person_name, c.id AS case_id, c.registry_number,
         c.registered_on, l.status
  FROM person_case_links l JOIN monitored_persons p ON p.id = l.person_id JOIN cases c ON c.id = l.case_id
  WHERE 1 ${scope.replace(/d\.case_id/g, 'l.case_id')}`;

/** The person and the case of a candidate or a decision row. */
const pairOf = (row: DecisionRow | CandidateRow) => ({
  personDbId: row.person_db_id,
  personId: row.person_key,
  personName: row.person_name,
  caseId: row.case_id,
  registryNumber: row.registry_number,
  registeredOn: row.registered_on,
});

function scopeOf(scope: MatchScope): { sql: string; params: number[] } {
  if (scope.personDbId !== undefined) return { sql: 'AND p.id = ?', params: [scope.personDbId] };
  if (scope.caseId !== undefined) return { sql: 'AND d.case_id = ?', params: [scope.caseId] };
  return { sql: '', params: [] };
}

export function findMatches(db: Database, scope: MatchScope): CaseMatch[] {
  const { sql, params } = scopeOf(scope);
  // Both halves of the UNION take the scope's parameter.
  const candidates = statement(db, candidateSql(sql, scope.caseId !== undefined)).all(
    ...params,
    ...params,
  ) as CandidateRow[];
  const decisions = statement(db, decisionSql(sql)).all(...params) as DecisionRow[];
  return mergeMatches(candidates, decisions);
}

/** One match per person and case from the candidate rows, with the supervisors' decisions joined on. */
export function mergeMatches(candidates: CandidateRow[], decisions: DecisionRow[]): CaseMatch[] {
  const byPair = new Map<string, CaseMatch>();
  for (const row of candidates) {
    const key = `${row.person_db_id}:${row.case_id}`;
    const known = byPair.get(key);
    // One entry per person and case: the IIN beats a name match, then the first defendant.
    if (known && (known.basis === 'iin' || row.basis !== 'iin')) continue;
    byPair.set(key, {
      ...pairOf(row),
      defendantIndex: row.position,
      defendantName: row.defendant_name,
      basis: row.basis,
      status: 'pending',
    });
  }
  for (const row of decisions) {
    const key = `${row.person_db_id}:${row.case_id}`;
    const known = byPair.get(key);
    if (known) known.status = row.status;
    else
      byPair.set(key, {
        ...pairOf(row),
        defendantIndex: null,
        defendantName: null,
        basis: null,
        status: row.status,
      });
  }
  const rank = { pending: 0, confirmed: 1, rejected: 2 } as const;
  return [...byPair.values()].sort(
    (a, b) =>
      rank[a.status] - rank[b.status] ||
      b.registeredOn.localeCompare(a.registeredOn) ||
      a.personDbId - b.personDbId,
  );
}
