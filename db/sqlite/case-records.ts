import type { Database } from 'better-sqlite3';
import type { CaseRecord } from '../../shared/domain/case-record';
import type { CaseFilterQuery, CaseRefs } from '../ports';
import { caseWhere } from './case-filters';
import { StaleVersion } from '../stale-version';
import { statement } from './statements';
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

/**
 * Full records of the given case rows, in their order. Children are read for the rows' id range in one
 * query per table when the rows are contiguous (no filter), or for exactly these ids otherwise.
 */
function recordsInRange(
  db: Database,
  rows: CaseRow[],
  contiguous = true,
): { id: number; record: CaseRecord }[] {
  if (rows.length === 0) return [];
  if (!contiguous && rows.length > 1) {
    return rows.flatMap((row) => recordsInRange(db, [row]));
  }
  const range = [rows[0]!.id, rows.at(-1)!.id];
  const victims = groupByCase(
    statement(db, 'SELECT * FROM victims WHERE case_id BETWEEN ? AND ? ORDER BY case_id, position').all(
      ...range,
    ) as VictimRow[],
  );
  const defendants = groupByCase(
    statement(db, 'SELECT * FROM defendants WHERE case_id BETWEEN ? AND ? ORDER BY case_id, position').all(
      ...range,
    ) as DefendantRow[],
  );
  const platforms = groupByCase(
    statement(
      db,
      `SELECT cp.case_id, p.name FROM case_platforms cp JOIN platforms p ON p.id = cp.platform_id
       WHERE cp.case_id BETWEEN ? AND ? ORDER BY cp.case_id, cp.position`,
    ).all(...range) as { case_id: number; name: string }[],
  );
  const tactics = groupByCase(
    statement(
      db,
      `SELECT ct.case_id, t.name FROM case_tactics ct JOIN tactics t ON t.id = ct.tactic_id
       WHERE ct.case_id BETWEEN ? AND ? ORDER BY ct.case_id, ct.position`,
    ).all(...range) as { case_id: number; name: string }[],
  );
  return assembleRecords(rows, { victims, defendants, platforms, tactics });
}

export function readRecord(db: Database, id: number): CaseRecord | null {
  const row = statement(db, `${CASE_SELECT} WHERE c.id = ?`).get(id) as CaseRow | undefined;
  return row ? recordsInRange(db, [row])[0]!.record : null;
}

/** A page of full records after `afterId`, for export and other whole-database passes. */
export function readRecordsAfter(
  db: Database,
  afterId: number,
  limit: number,
  filter: CaseFilterQuery = {},
): { id: number; record: CaseRecord }[] {
  const { sql, params } = caseWhere(filter);
  const where = sql ? `${sql} AND c.id > @afterId` : 'WHERE c.id > @afterId';
  const rows = statement(db, `${CASE_SELECT} ${where} ORDER BY c.id LIMIT @limit`).all({
    ...params,
    afterId,
    limit,
  }) as CaseRow[];
  return recordsInRange(db, rows, !sql);
}

/** Writes the record's rows of the given party tables (all of them for a new case). */
function writeChildren(
  db: Database,
  caseId: number,
  record: CaseRecord,
  refs: CaseRefs,
  tables: readonly PartyTable[] = PARTY_TABLES,
): void {
  const parties = partyRowsOf(caseId, record, refs);
  for (const table of tables) {
    const rows = parties[table];
    if (rows.length === 0) continue;
    const columns = Object.keys(rows[0]!);
    const insert = statement(
      db,
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    );
    for (const row of rows) insert.run(...Object.values(row));
  }
}

export function insertRecord(db: Database, record: CaseRecord, refs: CaseRefs): number {
  const result = statement(
    db,
    `INSERT INTO cases (registry_number, article_id, part, district_id, registered_on, forwarded_to_court_on,
       closed_on, closed_reason, group_crime, damage_kzt, stage) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(...caseColumns(record, refs));
  const id = Number(result.lastInsertRowid);
  writeChildren(db, id, record, refs);
  return id;
}

export function readVersion(db: Database, id: number): number | null {
  const row = statement(db, 'SELECT version FROM cases WHERE id = ?').get(id) as
    { version: number } | undefined;
  return row?.version ?? null;
}

/**
 * Replaces a case's fields and parties with the record's, keeping its id (and so its history), and
 * raises its version; with `expectedVersion`, only while the case is still at it (CaseWriter).
 */
export function replaceRecord(
  db: Database,
  id: number,
  record: CaseRecord,
  refs: CaseRefs,
  expectedVersion?: number,
): number {
  const { changes } = statement(
    db,
    `UPDATE cases SET registry_number = ?, article_id = ?, part = ?, district_id = ?, registered_on = ?,
       forwarded_to_court_on = ?, closed_on = ?, closed_reason = ?, group_crime = ?, damage_kzt = ?, stage = ?,
       version = version + 1
     WHERE id = ? AND version = coalesce(?, version)`,
  ).run(...caseColumns(record, refs), id, expectedVersion ?? null);
  if (changes === 0 && expectedVersion !== undefined) throw new StaleVersion('case', id, expectedVersion);
  // Only the party tables the edit changes are rewritten (sameParties), as on PostgreSQL.
  const wanted = partyRowsOf(id, record, refs);
  const changed = PARTY_TABLES.filter((table) => {
    const stored = statement(db, `SELECT * FROM ${table} WHERE case_id = ? ORDER BY position`).all(id);
    return !sameParties(stored as Record<string, unknown>[], wanted[table]);
  });
  for (const table of changed) statement(db, `DELETE FROM ${table} WHERE case_id = ?`).run(id);
  writeChildren(db, id, record, refs, changed);
  return id;
}
