import type { Queryable } from './sql';
import { row } from './sql';

/** The next free id per table, known to the write transaction on this connection. */
const known = new WeakMap<Queryable, Map<string, number>>();

/**
 * The first of `count` ids for new rows of `table`: the highest plus one, as SQLite gives a rowid.
 * Called only inside the store's write transaction, which holds the write lock, so no other writer can
 * take the same ids, and the same writes give the same ids on both engines (so their audit snapshots
 * hash the same). The highest id is read once per table and transaction, then counted on here.
 */
export async function nextId(db: Queryable, table: string, count = 1): Promise<number> {
  let tables = known.get(db);
  if (!tables) known.set(db, (tables = new Map<string, number>()));
  let next = tables.get(table);
  if (next === undefined) {
    next = (await row<{ next: number }>(db, `SELECT coalesce(max(id), 0) + 1 AS next FROM ${table}`))!.next;
  }
  tables.set(table, next + count);
  return next;
}

/** Forgets what the transaction on this connection knew: call when it commits or rolls back. */
export function forgetIds(db: Queryable): void {
  known.delete(db);
}
