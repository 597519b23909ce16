import type { Database } from 'better-sqlite3';
import { statement } from '../sqlite/statements';
import type { AuditedEntity } from './entities';

/*
 * A monitored person is audited as one aggregate, like a case: the person row with its convictions,
 * periods, events and case decisions as stored (ids, not names, so renaming a district or renumbering
 * a case changes no person's snapshot). The name key is derived from the name and left out.
 */

type Row = Record<string, unknown> & { id: number };

export const PERSON_CHILDREN = {
  convictions: 'SELECT * FROM person_convictions WHERE person_id = ? ORDER BY position',
  periods: 'SELECT * FROM supervision_periods WHERE person_id = ? ORDER BY position',
  events: 'SELECT * FROM supervision_events WHERE person_id = ? ORDER BY period_position, position',
  caseLinks: 'SELECT * FROM person_case_links WHERE person_id = ? ORDER BY position',
};

/**
 * The person row as audited: the name key is derived, and the version (migration 008) only counts
 * writes for compare-and-set; neither is a fact of the person, and trails begun before must still verify.
 */
export function auditedPersonRow<R extends Row>({ name_key: _derived, version: _bookkeeping, ...row }: R) {
  return row;
}

function snapshot(db: Database, stored: Row): object {
  const row = auditedPersonRow(stored);
  const children = Object.fromEntries(
    Object.entries(PERSON_CHILDREN).map(([name, sql]) => [name, statement(db, sql).all(row.id)]),
  );
  return { ...row, ...children };
}

export const personAggregate: AuditedEntity = {
  load(db, id) {
    const row = statement(db, 'SELECT * FROM monitored_persons WHERE id = ?').get(id) as Row | undefined;
    return row ? snapshot(db, row) : null;
  },
  *all(db) {
    // The register is small: read the ids first, so no cursor stays open while the caller works.
    const rows = db.prepare('SELECT * FROM monitored_persons ORDER BY id').all() as Row[];
    for (const row of rows) yield [String(row.id), snapshot(db, row)];
  },
};
