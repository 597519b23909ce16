import type { Database } from 'better-sqlite3';
import { statement } from '../sqlite/statements';
import type { AuditedEntity } from './entities';

/*
 * A case is audited as one aggregate: its row with its victims, defendants, platforms and tactics,
 * so one entry tells the whole change of one supervisor action, and history reads case by case.
 */

export type Row = Record<string, unknown> & { id: number };
export type ChildRow = Record<string, unknown> & { case_id: number };

const BATCH = 2000;

/**
 * Copies of case data kept on child rows for the statistics (migration 002) and the case list
 * (migration 005), and the defendants' name keys for matching (migration 003); derived, not audited facts.
 */
const DERIVED_COLUMNS = ['case_registered_on', 'case_district_id', 'case_article_id', 'age', 'name_key'];
/** Columns added after trails began: absent from the snapshot while empty, so older trails still verify. */
const LATER_OPTIONAL_COLUMNS = ['iin'];

export function withoutDerived(row: ChildRow): ChildRow {
  const copy = { ...row };
  for (const column of DERIVED_COLUMNS) delete copy[column];
  for (const column of LATER_OPTIONAL_COLUMNS) if (copy[column] === null) delete copy[column];
  return copy;
}

function childrenByCase(db: Database, table: string, from: number, to: number): Map<number, ChildRow[]> {
  const rows = statement(
    db,
    `SELECT * FROM ${table} WHERE case_id BETWEEN ? AND ? ORDER BY case_id, position`,
  ).all(from, to) as ChildRow[];
  const map = new Map<number, ChildRow[]>();
  for (const stored of rows) {
    const row = withoutDerived(stored);
    const list = map.get(row.case_id);
    if (list) list.push(row);
    else map.set(row.case_id, [row]);
  }
  return map;
}

export function assembleCaseSnapshot(
  { version: _bookkeeping, ...row }: Row,
  children: Record<string, Map<number, ChildRow[]>>,
): object {
  // The version (migration 008) only counts writes for compare-and-set; it is no fact of the case, and
  // trails begun before it must still verify.
  const pick = (table: string) => children[table]!.get(row.id) ?? [];
  return {
    ...row,
    victims: pick('victims'),
    defendants: pick('defendants'),
    platforms: pick('case_platforms').map((r) => r.platform_id),
    tactics: pick('case_tactics').map((r) => r.tactic_id),
  };
}

export const CHILD_TABLES = ['victims', 'defendants', 'case_platforms', 'case_tactics'];

function loadRange(db: Database, rows: Row[]): [string, object][] {
  if (rows.length === 0) return [];
  const from = rows[0]!.id;
  const to = rows.at(-1)!.id;
  const children = Object.fromEntries(CHILD_TABLES.map((t) => [t, childrenByCase(db, t, from, to)]));
  return rows.map((row) => [String(row.id), assembleCaseSnapshot(row, children)]);
}

export const caseAggregate: AuditedEntity = {
  load(db, id) {
    const row = statement(db, 'SELECT * FROM cases WHERE id = ?').get(id) as Row | undefined;
    return row ? loadRange(db, [row])[0]![1] : null;
  },
  *all(db) {
    // Batches, not one long cursor: better-sqlite3 allows no other statement while a cursor is open.
    const page = db.prepare('SELECT * FROM cases WHERE id > ? ORDER BY id LIMIT ?');
    let after = 0;
    for (;;) {
      const rows = page.all(after, BATCH) as Row[];
      if (rows.length === 0) return;
      yield* loadRange(db, rows);
      after = rows.at(-1)!.id;
    }
  },
};
