import type { Queryable } from './sql';
import { rows } from './sql';

/**
 * The tables whose ids the application gives: migration 009 gives each a sequence `<table>_id_seq`
 * (it keeps its own copy of this list, as a released migration must not change with the code).
 */
export const ID_TABLES = [
  'districts',
  'articles',
  'platforms',
  'tactics',
  'cases',
  'victims',
  'defendants',
  'monitored_persons',
  'users',
  'imports',
] as const;
export type IdTable = (typeof ID_TABLES)[number];

/**
 * The id for a new row of `table`, from its sequence: no other writer can be given the same one, and
 * none waits for it, so it needs no lock. While writes come one at a time it is the highest id plus
 * one, as SQLite gives a rowid; a rolled-back insert leaves a gap, and a deleted highest row is not
 * reused as SQLite would (ids are keys, never facts: `audit verify` compares the rows with the trail).
 */
export async function nextId(db: Queryable, table: IdTable): Promise<number> {
  return (await nextIds(db, table, 1))[0]!;
}

/** `count` ids for new rows of `table` (an import's cases), in one round trip, in the order given. */
export async function nextIds(db: Queryable, table: IdTable, count: number): Promise<number[]> {
  const found = await rows<{ id: number }>(
    db,
    `SELECT nextval('${table}_id_seq')::integer AS id FROM generate_series(1, $1::integer) ORDER BY 1`,
    [count],
  );
  return found.map((r) => r.id);
}

/**
 * Sets every id sequence after its table's highest id: after rows were written with their ids given
 * (the copy from a SQLite file, the benchmark's fill), so the next new row does not collide with them.
 */
export async function syncIdSequences(db: Queryable): Promise<void> {
  await db.query(
    `SELECT ${ID_TABLES.map(
      (table) => `setval('${table}_id_seq', coalesce((SELECT max(id) FROM ${table}), 0) + 1, false)`,
    ).join(', ')}`,
  );
}
