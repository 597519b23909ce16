import {
  asMismatch,
  commonDerivedQueries,
  NAME_KEY_TABLES,
  nameKeyMismatch,
  pgDerivedQueries,
  type DerivedMismatch,
  type Dialect,
  type NamedRow,
} from '../audit/derived';
import { row, rows, type Queryable } from './sql';

/** PostgreSQL's words for the derived checks: the age by the very function the copy triggers use. */
const postgres: Dialect = {
  differs: (a, b) => `(${a} IS DISTINCT FROM ${b})`,
  age: (birthDate, birthYear, registeredOn) => `nadzor_age(${birthDate}, ${birthYear}, ${registeredOn})`,
  key: (...parts) => parts.map((p) => `(${p})::text`).join(` || ':' || `),
  extra: pgDerivedQueries,
};

const NAME_BATCH = 5000;

/**
 * The first copy, count, search copy or name key on PostgreSQL that disagrees with the audited rows,
 * or null. Call on the same snapshot as the chain's check (verifyPgTrail).
 */
export async function pgDerivedMismatch(db: Queryable): Promise<DerivedMismatch | null> {
  for (const query of [...commonDerivedQueries, ...postgres.extra]) {
    const found = asMismatch(
      query.table,
      await row<{ row_key: unknown; column_name: unknown }>(db, query.sql(postgres)),
    );
    if (found) return found;
  }
  for (const table of NAME_KEY_TABLES) {
    for (let after = 0; ;) {
      const batch = await rows<NamedRow>(
        db,
        `SELECT id, full_name, name_key FROM ${table} WHERE id > $1 ORDER BY id LIMIT $2`,
        [after, NAME_BATCH],
      );
      if (batch.length === 0) break;
      for (const named of batch) {
        const found = nameKeyMismatch(table, named);
        if (found) return found;
      }
      after = batch.at(-1)!.id;
    }
  }
  return null;
}
