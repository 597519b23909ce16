import type { Database } from 'better-sqlite3';
import {
  asMismatch,
  commonDerivedQueries,
  NAME_KEY_TABLES,
  nameKeyMismatch,
  type DerivedMismatch,
  type Dialect,
  type NamedRow,
} from './derived';

/** SQLite's words for the derived checks (the age as migration 002's triggers compute it). */
const sqlite: Dialect = {
  differs: (a, b) => `(${a} IS NOT ${b})`,
  age: (birthDate, birthYear, registeredOn) => `(CASE
      WHEN ${birthDate} IS NOT NULL THEN
        CAST(substr(${registeredOn}, 1, 4) AS INTEGER) - CAST(substr(${birthDate}, 1, 4) AS INTEGER)
        - (substr(${registeredOn}, 6, 5) < substr(${birthDate}, 6, 5))
      WHEN ${birthYear} IS NOT NULL THEN CAST(substr(${registeredOn}, 1, 4) AS INTEGER) - ${birthYear}
    END)`,
  key: (...parts) => parts.join(` || ':' || `),
  extra: [],
};

const DROP_NAME_CHECK = `
  DROP TABLE IF EXISTS temp.defendant_names_terms;
  DROP TABLE IF EXISTS temp.verify_names_terms;
  DROP TABLE IF EXISTS temp.verify_names;`;

/**
 * The name search over defendants (an FTS5 index on their names, migration 001): rebuilt from the
 * names in a temporary index with the same tokenizer, then compared term by term (how many names hold
 * each term, how often). FTS5's own integrity-check would need a write, and verify reads through the
 * store's read-only connection; the temporary tables live in this connection's temp schema only.
 */
function nameIndexMismatch(db: Database): DerivedMismatch | null {
  try {
    db.exec(`${DROP_NAME_CHECK}
      CREATE VIRTUAL TABLE temp.verify_names USING fts5 (full_name, tokenize = 'unicode61 remove_diacritics 2');
      INSERT INTO temp.verify_names (rowid, full_name)
        SELECT id, full_name FROM defendants WHERE full_name IS NOT NULL;
      CREATE VIRTUAL TABLE temp.verify_names_terms USING fts5vocab (temp, verify_names, row);
      CREATE VIRTUAL TABLE temp.defendant_names_terms USING fts5vocab (main, defendant_names, row);`);
    const found = db
      .prepare(
        `SELECT term FROM (SELECT term, doc, cnt FROM temp.defendant_names_terms
                           EXCEPT SELECT term, doc, cnt FROM temp.verify_names_terms)
         UNION ALL
         SELECT term FROM (SELECT term, doc, cnt FROM temp.verify_names_terms
                           EXCEPT SELECT term, doc, cnt FROM temp.defendant_names_terms)
         LIMIT 1`,
      )
      .get() as { term: string } | undefined;
    return found ? { table: 'defendant_names', row: found.term, column: 'full_name' } : null;
  } finally {
    db.exec(DROP_NAME_CHECK);
  }
}

/** The first copy, count or key on SQLite that disagrees with the audited rows, or null. */
export function sqliteDerivedMismatch(db: Database): DerivedMismatch | null {
  for (const query of [...commonDerivedQueries, ...sqlite.extra]) {
    const found = asMismatch(
      query.table,
      db.prepare(query.sql(sqlite)).get() as { row_key: unknown; column_name: unknown } | undefined,
    );
    if (found) return found;
  }
  for (const table of NAME_KEY_TABLES) {
    for (const row of db
      .prepare(`SELECT id, full_name, name_key FROM ${table} ORDER BY id`)
      .iterate() as Iterable<NamedRow>) {
      const found = nameKeyMismatch(table, row);
      if (found) return found;
    }
  }
  return nameIndexMismatch(db);
}
