import type { CaseRecord } from '../../shared/domain/case-record';
import { caseLockStatement } from './audit';
import {
  forgetAfterWritten,
  keepAfterWritten,
  keepBeforeRead,
  ONE_CASE_SQL,
  takeLoadedParties,
  type OneCaseRow,
} from './audit-entities';
import type { Row } from '../audit/case-snapshot';
import type { CaseFilterQuery, CasePage, CaseRefs } from '../ports';
import {
  CASE_MATCHES_SQL,
  CASE_REGISTERED_SQL,
  matchesOf,
  type MatchesRow,
  type RegisteredJsonRow,
} from './monitoring';
import { registeredOf } from '../sqlite/monitoring-matches';
import { pgCaseWhere } from './case-filters';
import { StaleVersion } from '../stale-version';
import { nextIds } from './next-id';
import { inLockThen, insertMany, prepared, row, rows, type Queryable } from './sql';
import {
  assembleRecords,
  CASE_SELECT,
  caseColumns,
  groupByCase,
  PARTY_TABLES,
  partyRowsOf,
  sameParties,
  type CaseRow,
  type PartyTable,
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

/**
 * One case's record and its version in one round trip (a case page, an edit's check, the page after
 * it): its parties come as JSON arrays, whose numbers and strings read back as the columns do.
 */
const ONE_RECORD_SQL = `SELECT c.*, (SELECT version FROM cases v WHERE v.id = c.id) AS version,
  (SELECT coalesce(json_agg(v ORDER BY v.position), '[]') FROM victims v WHERE v.case_id = c.id) AS victims,
  (SELECT coalesce(json_agg(d ORDER BY d.position), '[]') FROM defendants d WHERE d.case_id = c.id)
    AS defendants,
  (SELECT coalesce(json_agg(json_build_object('name', p.name) ORDER BY cp.position), '[]')
     FROM case_platforms cp JOIN platforms p ON p.id = cp.platform_id WHERE cp.case_id = c.id) AS platforms,
  (SELECT coalesce(json_agg(json_build_object('name', t.name) ORDER BY ct.position), '[]')
     FROM case_tactics ct JOIN tactics t ON t.id = ct.tactic_id WHERE ct.case_id = c.id) AS tactics
  FROM (${CASE_SELECT} WHERE c.id = $1) c`;
const ONE_RECORD = prepared(ONE_RECORD_SQL);

type OneRecordRow = CaseRow & {
  version: number;
  victims: VictimRow[];
  defendants: DefendantRow[];
  platforms: { name: string }[];
  tactics: { name: string }[];
};

export async function readPgRecord(db: Queryable, id: number): Promise<CaseRecord | null> {
  return (await readPgVersionedRecord(db, id))?.record ?? null;
}

export async function readPgVersionedRecord(
  db: Queryable,
  id: number,
): Promise<{ version: number; record: CaseRecord } | null> {
  const found = await row<OneRecordRow>(db, ONE_RECORD, [id]);
  return found ? versionedRecordOf(id, found) : null;
}

/**
 * A case page's record, its version, its matches and its defendants on the register from it, in one
 * statement (readPgCasePage).
 */
const CASE_PAGE = prepared(`SELECT r.*, m.candidates, m.decisions, g.registered FROM (${ONE_RECORD_SQL}) r
  CROSS JOIN (${CASE_MATCHES_SQL}) m CROSS JOIN (${CASE_REGISTERED_SQL}) g`);

/** What a case page shows from the store (CaseReader.pageOf), in one statement. */
export async function readPgCasePage(db: Queryable, id: number): Promise<CasePage | null> {
  const found = await row<OneRecordRow & MatchesRow & RegisteredJsonRow>(db, CASE_PAGE, [id]);
  if (!found) return null;
  const { candidates, decisions, registered, ...read } = found;
  return {
    ...versionedRecordOf(id, read),
    matches: matchesOf({ candidates, decisions }),
    registered: registeredOf(registered),
  };
}

/** The record, its version and the case's audit snapshot, in one statement (readPgRecordForWrite). */
const RECORD_AND_BEFORE = prepared(`SELECT r.*, b.before FROM (${ONE_RECORD_SQL}) r
  CROSS JOIN (SELECT to_json(s) AS before FROM (${ONE_CASE_SQL}) s) b`);

/**
 * readPgVersionedRecord in a write, which is about to change the case: in one round trip it takes the
 * case's lock (held to the commit, as the store's apply takes it), then reads the record, its version
 * and the audit snapshot the change's entry starts from (kept for the apply: keepBeforeRead). An edit
 * so reads its case once, where it read it three times (its version, its record, its `before`) and
 * took the lock in a round trip of its own. (The connection's first such read takes two: inLockThen.)
 */
export async function readPgRecordForWrite(
  db: Queryable,
  id: number,
): Promise<{ version: number; record: CaseRecord } | null> {
  const [found] = await inLockThen<OneRecordRow & { before: OneCaseRow }>(
    db,
    caseLockStatement(id),
    RECORD_AND_BEFORE,
    [id],
  );
  if (!found) return null;
  const { before, ...read } = found;
  keepBeforeRead(db, before);
  return versionedRecordOf(id, read);
}

function versionedRecordOf(id: number, found: OneRecordRow): { version: number; record: CaseRecord } {
  const { version, victims, defendants, platforms, tactics, ...caseRow } = found;
  const one = <T>(list: T[]) => new Map([[id, list]]);
  const { record } = assembleRecords([caseRow], {
    victims: one(victims),
    defendants: one(defendants),
    platforms: one(platforms),
    tactics: one(tactics),
  })[0]!;
  return { version, record };
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
 * The parties and links of the cases (of the given tables), each table in as few statements as it takes
 * for all of them, ids from each table's sequence (the column's default, migration 009) case after case
 * in their order (as writing one case after another gives them).
 */
async function writeChildren(
  db: Queryable,
  cases: Written[],
  tables: readonly PartyTable[] = PARTY_TABLES,
): Promise<void> {
  const parties = cases.map(({ caseId, record, refs }) => partyRowsOf(caseId, record, refs));
  for (const table of tables) {
    const rows = parties.flatMap((p) => p[table]);
    if (rows.length === 0) continue;
    await insertMany(
      db,
      table,
      Object.keys(rows[0]!),
      rows.map((r) => Object.values(r)),
    );
  }
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

const VERSION = prepared('SELECT version FROM cases WHERE id = $1');

export async function readPgVersion(db: Queryable, id: number): Promise<number | null> {
  return (await row<{ version: number }>(db, VERSION, [id]))?.version ?? null;
}

const REPLACE_CASE = prepared(`UPDATE cases SET registry_number = $1, article_id = $2, part = $3,
  district_id = $4, registered_on = $5, forwarded_to_court_on = $6, closed_on = $7, closed_reason = $8,
  group_crime = $9, damage_kzt = $10, stage = $11, version = version + 1
  WHERE id = $12 AND version = coalesce($13, version) RETURNING to_json(cases) AS "case"`);

/**
 * Replaces a case's fields and parties with the record's, keeping its id (and so its history), and
 * raises its version; with `expectedVersion`, only while the case is still at it (CaseWriter). When no
 * party table is rewritten, the case as the UPDATE returned it with the party rows its `before` read
 * is its `after` (keepAfterWritten): the store's apply need not read it again.
 */
export async function replacePgRecord(
  db: Queryable,
  id: number,
  record: CaseRecord,
  refs: CaseRefs,
  expectedVersion?: number,
): Promise<number> {
  const {
    rows: [written],
  } = await db.query<{ case: Row }>({
    ...REPLACE_CASE,
    values: [...caseColumns(record, refs), id, expectedVersion ?? null],
  });
  forgetAfterWritten(db, id);
  if (!written && expectedVersion !== undefined) throw new StaleVersion('case', id, expectedVersion);
  // Only the party tables the edit changes are rewritten (sameParties), compared with the rows the
  // write's `before` read under the case's lock; without them, all four.
  const stored = takeLoadedParties(db, id);
  const wanted = partyRowsOf(id, record, refs);
  const changed = stored
    ? PARTY_TABLES.filter((table) => !sameParties(stored[table], wanted[table]))
    : PARTY_TABLES;
  for (const table of changed) await db.query(`DELETE FROM ${table} WHERE case_id = $1`, [id]);
  await writeChildren(db, [{ caseId: id, record, refs }], changed);
  if (written && stored && changed.length === 0) keepAfterWritten(db, written.case, stored);
  return id;
}
