import type { Queryable } from './sql';
import { row } from './sql';

/**
 * The id a new row of `table` gets: the highest plus one, as SQLite gives a rowid. Called only inside
 * the store's write transaction, which holds the write lock, so no two writers can take the same id;
 * and the same writes give the same ids on both engines (so their audit snapshots hash the same).
 */
export async function nextId(db: Queryable, table: string, column = 'id'): Promise<number> {
  const r = await row<{ next: number }>(db, `SELECT coalesce(max(${column}), 0) + 1 AS next FROM ${table}`);
  return r!.next;
}
