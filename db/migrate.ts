import type { Database } from 'better-sqlite3';
import { DatabaseOpenError } from './open-errors';
import type { Migration } from './migrations/migration';

/** 'NDZR': marks a file as a Nadzor database so a stranger's SQLite file is never migrated. */
export const APPLICATION_ID = 0x4e445a52;

export function assertOrdered(list: readonly Migration[]): void {
  list.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new Error(`migration ${m.name} has version ${m.version}, expected ${i + 1}`);
    }
  });
}

/**
 * Brings the schema up to the last migration, all pending steps in one transaction.
 * A database written by a newer Nadzor is refused before anything is changed.
 */
export function migrate(db: Database, list: readonly Migration[]): number {
  assertOrdered(list);
  const latest = list.length;
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) throw DatabaseOpenError.tooNew(current, latest);
  const pending = list.slice(current);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const m of pending) m.up(db);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${latest}`);
  }).immediate();
  return latest;
}
