import type { Migration } from './migration';

/*
 * The search box at a million cases, in the list's default order (newest first). A common surname
 * prefix finds tens of thousands of cases and a registry number's office part a few per cent of all:
 * ordering them by registration date read every matching case from the table (about 3 µs a row, wide
 * rows scattered over a gigabyte), twice, for the count and for the page.
 *
 * Both search indexes are now keyed by the list's order instead of by case id: each row's rowid is
 * the case's registration date (YYYYMMDD) shifted above its id, so an index alone gives the matches
 * in date-then-id order (a page is the first rows of a match, not a sort of all of them) and the case
 * ids themselves (the low 36 bits), without reading a case.
 * - `case_numbers` (migration 005's trigram index of registry numbers) is rebuilt with that key.
 * - `case_names`: the full names of a case's defendants in one document per case, in position order,
 *   each name followed by U+E000 (a private-use character, which the tokenizer keeps as a word no
 *   typed text can match), so a phrase never runs from one defendant's name into the next. Words of
 *   one search that must all be in ONE defendant's name still use `defendant_names` (migration 001).
 * Both tables are contentless (the text is in `cases` and `defendants`) and kept in step by triggers.
 */

/** The row key of a case: registration date above the id (ids stay below 2^36). */
const key = (row: string) => `((CAST(replace(${row}.registered_on, '-', '') AS INTEGER) << 36) | ${row}.id)`;

/**
 * The names documents of the cases that `where` picks (no row for a case none of whose defendants has
 * a name), in key order. One statement for the first build and for a trigger's one case.
 */
const namesDocuments = (where: string) => `
  SELECT ${key('c')}, group_concat(d.full_name || ' ' || char(57344), ' ' ORDER BY d.position)
  FROM cases c JOIN defendants d ON d.case_id = c.id
  WHERE ${where} AND d.full_name IS NOT NULL GROUP BY c.registered_on, c.id`;

/** Rewrites the names document of case `caseId` (or removes it). */
const refreshNames = (caseId: string) => `
  DELETE FROM case_names WHERE rowid = (SELECT ${key('c')} FROM cases c WHERE c.id = ${caseId});
  INSERT INTO case_names (rowid, names) ${namesDocuments(`c.id = ${caseId}`)};`;

export const migration006: Migration = {
  version: 6,
  name: 'search-in-list-order',
  up: (db) =>
    db.exec(`
      DROP TRIGGER cases_numbers_ai;
      DROP TRIGGER cases_numbers_ad;
      DROP TRIGGER cases_numbers_au;
      DROP TABLE case_numbers;

      CREATE VIRTUAL TABLE case_numbers USING fts5 (
        registry_number, content = '', contentless_delete = 1, tokenize = 'trigram'
      );
      INSERT INTO case_numbers (rowid, registry_number)
        SELECT ${key('c')}, c.registry_number FROM cases c ORDER BY c.registered_on, c.id;

      CREATE VIRTUAL TABLE case_names USING fts5 (
        names, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
      );
      INSERT INTO case_names (rowid, names) ${namesDocuments('1')};
      -- Rows are written in key order above: FTS5 starts a new segment whenever a rowid is not above
      -- the last one, and a case written out of date order (an import of old cases) does so. The
      -- segments are merged into one per index, a third less to read for a common number prefix at a
      -- million cases (about 3 s to merge them there).
      INSERT INTO case_numbers (case_numbers) VALUES ('optimize');
      INSERT INTO case_names (case_names) VALUES ('optimize');

      CREATE TRIGGER cases_search_ai AFTER INSERT ON cases BEGIN
        INSERT INTO case_numbers (rowid, registry_number) VALUES (${key('new')}, new.registry_number);
      END;
      CREATE TRIGGER cases_search_ad AFTER DELETE ON cases BEGIN
        DELETE FROM case_numbers WHERE rowid = ${key('old')};
        DELETE FROM case_names WHERE rowid = ${key('old')};
      END;
      CREATE TRIGGER cases_search_au AFTER UPDATE OF id, registry_number, registered_on ON cases BEGIN
        DELETE FROM case_numbers WHERE rowid = ${key('old')};
        INSERT INTO case_numbers (rowid, registry_number) VALUES (${key('new')}, new.registry_number);
        DELETE FROM case_names WHERE rowid = ${key('old')};
        ${refreshNames('new.id')}
      END;
      CREATE TRIGGER defendants_case_names_ai AFTER INSERT ON defendants WHEN new.full_name IS NOT NULL BEGIN
        ${refreshNames('new.case_id')}
      END;
      CREATE TRIGGER defendants_case_names_ad AFTER DELETE ON defendants WHEN old.full_name IS NOT NULL BEGIN
        ${refreshNames('old.case_id')}
      END;
      CREATE TRIGGER defendants_case_names_au AFTER UPDATE OF case_id, position, full_name ON defendants BEGIN
        ${refreshNames('old.case_id')}
        ${refreshNames('new.case_id')}
      END;
    `),
};
