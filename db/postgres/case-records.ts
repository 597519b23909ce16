import type { CaseRecord } from '../../shared/domain/case-record';
import { comparableName } from '../../shared/domain/person-match';
import type { CaseFilterQuery, CaseRefs } from '../ports';
import { pgCaseWhere } from './case-filters';
import { StaleVersion } from '../stale-version';
import { nextIds } from './next-id';
import { insertMany, row, rows, type Queryable } from './sql';
import {
  assembleRecords,
  CASE_SELECT,
  caseColumns,
  groupByCase,
  type CaseRow,
  type DefendantRow,
  type VictimRow,
} from '../case-rows';

/* Full case records read and written whole, as db/sqlite/case-records.ts does on SQLite. */

/** Full records of the given case rows, in their order: one query per child table for all of them. */
async function recordsOf(db: Queryable, cases: CaseRow[]): Promise<{ id: number; record: CaseRecord }[]> {
  if (cases.length === 0) return [];
  const ids = cases.map((c) => c.id);
  // One after another: the queries may share one connection (a write's), which runs one at a time.
  const children = <T extends { case_id: number }>(sql: string) =>
    rows<T>(db, sql, [ids]).then((found) => groupByCase(found));
  const victims = await children<VictimRow>(
    'SELECT * FROM victims WHERE case_id = ANY($1) ORDER BY case_id, position',
  );
  const defendants = await children<DefendantRow>(
    'SELECT * FROM defendants WHERE case_id = ANY($1) ORDER BY case_id, position',
  );
  const platforms = await children<{ case_id: number; name: string }>(
    `SELECT cp.case_id, p.name FROM case_platforms cp JOIN platforms p ON p.id = cp.platform_id
     WHERE cp.case_id = ANY($1) ORDER BY cp.case_id, cp.position`,
  );
  const tactics = await children<{ case_id: number; name: string }>(
    `SELECT ct.case_id, t.name FROM case_tactics ct JOIN tactics t ON t.id = ct.tactic_id
     WHERE ct.case_id = ANY($1) ORDER BY ct.case_id, ct.position`,
  );
  return assembleRecords(cases, { victims, defendants, platforms, tactics });
}

export async function readPgRecord(db: Queryable, id: number): Promise<CaseRecord | null> {
  const found = await row<CaseRow>(db, `${CASE_SELECT} WHERE c.id = $1`, [id]);
  return found ? (await recordsOf(db, [found]))[0]!.record : null;
}

export async function readPgRecordsAfter(
  db: Queryable,
  afterId: number,
  limit: number,
  filter: CaseFilterQuery = {},
): Promise<{ id: number; record: CaseRecord }[]> {
  const { sql, params } = pgCaseWhere(filter);
  const where = sql ? `${sql} AND c.id > @afterId` : 'WHERE c.id > @afterId';
  const cases = await rows<CaseRow>(db, `${CASE_SELECT} ${where} ORDER BY c.id LIMIT @limit`, {
    ...params,
    afterId,
    limit,
  });
  return recordsOf(db, cases);
}

/** A case being written with its parties: its id, its record and the reference ids it names. */
interface Written {
  caseId: number;
  record: CaseRecord;
  refs: CaseRefs;
}

/**
 * The parties and links of the cases, each table in as few statements as it takes for all of them, ids
 * given case after case in their order (as writing one case after another gives them).
 */
async function writeChildren(db: Queryable, cases: Written[]): Promise<void> {
  const victims = cases.flatMap(({ caseId, record }) => record.victims.map((v, i) => ({ caseId, v, i })));
  // Ids from each table's sequence (the column's default, migration 009), in the parties' order.
  if (victims.length > 0) {
    await insertMany(
      db,
      'victims',
      ['case_id', 'position', 'sex', 'birth_date', 'birth_year', 'employment'],
      victims.map(({ caseId, v, i }) => [caseId, i, v.sex, v.birthDate, v.birthYear, v.employment]),
    );
  }
  const defendants = cases.flatMap(({ caseId, record }) =>
    record.defendants.map((d, i) => ({ caseId, d, i })),
  );
  if (defendants.length > 0) {
    await insertMany(
      db,
      'defendants',
      [
        'case_id',
        'position',
        'person_id',
        'full_name',
        'sex',
        'birth_date',
        'employment',
        'prior_convictions',
        'convicted_on',
        'acquitted_on',
        'sentence_type',
        'sentence_years',
        'sentence_months',
        'sentence_fine_kzt',
        'sentenced_on',
        'iin',
        'name_key',
      ],
      defendants.map(({ caseId, d, i }) => [
        caseId,
        i,
        d.personId,
        d.fullName,
        d.sex,
        d.birthDate,
        d.employment,
        d.priorConvictions,
        d.convictedOn,
        d.acquittedOn,
        d.sentence?.type ?? null,
        d.sentence?.years ?? null,
        d.sentence?.months ?? null,
        d.sentence?.fineKzt ?? null,
        d.sentence?.on ?? null,
        d.iin ?? null,
        d.fullName ? comparableName(d.fullName) : null,
      ]),
    );
  }
  await insertMany(
    db,
    'case_platforms',
    ['case_id', 'position', 'platform_id'],
    cases.flatMap(({ caseId, refs }) => refs.platformIds.map((id, i) => [caseId, i, id])),
  );
  await insertMany(
    db,
    'case_tactics',
    ['case_id', 'position', 'tactic_id'],
    cases.flatMap(({ caseId, refs }) => refs.tacticIds.map((id, i) => [caseId, i, id])),
  );
}

const CASE_COLUMNS = [
  'registry_number',
  'article_id',
  'part',
  'district_id',
  'registered_on',
  'forwarded_to_court_on',
  'closed_on',
  'closed_reason',
  'group_crime',
  'damage_kzt',
  'stage',
  'id',
];

/** New cases, with their parties, in a few statements for all: the ids one insert after another gives. */
export async function insertPgRecords(
  db: Queryable,
  items: { record: CaseRecord; refs: CaseRefs }[],
): Promise<number[]> {
  if (items.length === 0) return [];
  const ids = await nextIds(db, 'cases', items.length);
  const cases = items.map(({ record, refs }, i) => ({ caseId: ids[i]!, record, refs }));
  await insertMany(
    db,
    'cases',
    CASE_COLUMNS,
    cases.map(({ caseId, record, refs }) => [...caseColumns(record, refs), caseId]),
  );
  await writeChildren(db, cases);
  return cases.map((c) => c.caseId);
}

export async function insertPgRecord(db: Queryable, record: CaseRecord, refs: CaseRefs): Promise<number> {
  return (await insertPgRecords(db, [{ record, refs }]))[0]!;
}

export async function readPgVersion(db: Queryable, id: number): Promise<number | null> {
  return (
    (await row<{ version: number }>(db, 'SELECT version FROM cases WHERE id = $1', [id]))?.version ?? null
  );
}

/**
 * Replaces a case's fields and parties with the record's, keeping its id (and so its history), and
 * raises its version; with `expectedVersion`, only while the case is still at it (CaseWriter).
 */
export async function replacePgRecord(
  db: Queryable,
  id: number,
  record: CaseRecord,
  refs: CaseRefs,
  expectedVersion?: number,
): Promise<number> {
  const { rowCount } = await db.query(
    `UPDATE cases SET registry_number = $1, article_id = $2, part = $3, district_id = $4, registered_on = $5,
       forwarded_to_court_on = $6, closed_on = $7, closed_reason = $8, group_crime = $9, damage_kzt = $10,
       stage = $11, version = version + 1 WHERE id = $12 AND version = coalesce($13, version)`,
    [...caseColumns(record, refs), id, expectedVersion ?? null],
  );
  if (rowCount === 0 && expectedVersion !== undefined) throw new StaleVersion('case', id, expectedVersion);
  for (const table of ['victims', 'defendants', 'case_platforms', 'case_tactics']) {
    await db.query(`DELETE FROM ${table} WHERE case_id = $1`, [id]);
  }
  await writeChildren(db, [{ caseId: id, record, refs }]);
  return id;
}
