import type { Database } from 'better-sqlite3';
import { statement } from '../sqlite/statements';
import { caseAggregate } from './case-snapshot';
import type { AuditEntityType } from '../../shared/domain/audit-view';
import { personAggregate } from './person-snapshot';

/** A user as the trail records it: never the password hash, nor the sign-in bookkeeping. */
export const AUDITED_USER_COLUMNS =
  'id, login, full_name, role, must_change_password, disabled, language, created_at, password_changed_at';

/**
 * What `audit verify` cannot vouch for, and says so on every run (why each: docs/audit.md, "Outside
 * the chain"): a password hash in the trail would be shown wherever the trail is, and the sign-in
 * bookkeeping changes on every attempt at the door, not by anything done to the data. A hash copied
 * from another account, or a lock reset by hand, is therefore not caught.
 */
export const OUTSIDE_THE_CHAIN = [
  'users.password_hash',
  'users.failed_attempts',
  'users.locked_until',
  'users.last_login_at',
  'sign_in_journal',
] as const;

/**
 * The audited entities and how to read the current state of each, as the trail records it.
 * `audit verify` compares these snapshots with the last `after` the trail holds for each entity,
 * so a row edited behind the application's back is caught.
 */
export interface AuditedEntity {
  /** Current snapshot of one entity, or null when it does not exist. */
  load(db: Database, id: string): object | null;
  /** Every existing entity with its snapshot. */
  all(db: Database): Iterable<[string, object]>;
}

const rowEntity = (table: string, keyColumn: string, columns = '*'): AuditedEntity => {
  const select = `SELECT ${columns} FROM ${table}`;
  return {
    load: (db, id) =>
      (statement(db, `${select} WHERE ${keyColumn} = ?`).get(id) as object | undefined) ?? null,
    *all(db) {
      // Reference tables are small: read them whole, so no cursor stays open while the caller works.
      for (const row of db.prepare(`${select} ORDER BY ${keyColumn}`).all() as Record<string, unknown>[]) {
        yield [String(row[keyColumn]), row];
      }
    },
  };
};

export const auditedEntities = {
  case: caseAggregate,
  person: personAggregate,
  district: rowEntity('districts', 'id'),
  article: rowEntity('articles', 'id'),
  platform: rowEntity('platforms', 'id'),
  tactic: rowEntity('tactics', 'id'),
  setting: rowEntity('settings', 'key'),
  user: rowEntity('users', 'id', AUDITED_USER_COLUMNS),
  import: rowEntity('imports', 'id'),
} satisfies Record<AuditEntityType, AuditedEntity>;

export type EntityType = keyof typeof auditedEntities;
export const entityTypes = Object.keys(auditedEntities) as EntityType[];
