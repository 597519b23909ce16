import type { Migration } from './migration';

/*
 * The case list at a million cases. Two things no index of the earlier migrations serves:
 * - a search for any part of a registry number (not only its start): a trigram index over the
 *   numbers, kept in step with the cases by triggers;
 * - a list narrowed by both platform and article: the platform links carry a copy of their case's
 *   article (like the registration copies of migration 002), so one index range counts the cases of a
 *   platform and an article together instead of checking every case of one against the other;
 * - the cases of the defendants a name search finds: a narrow index from defendant to case, so a
 *   common surname's thousands of matches do not each read a whole defendant row.
 */
export const migration005: Migration = {
  version: 5,
  name: 'list-and-search',
  up: (db) =>
    db.exec(`
      ALTER TABLE case_platforms ADD COLUMN case_article_id INTEGER;
      UPDATE case_platforms SET case_article_id = (SELECT article_id FROM cases WHERE id = case_platforms.case_id);
      CREATE TRIGGER case_platforms_article_ai AFTER INSERT ON case_platforms BEGIN
        UPDATE case_platforms SET case_article_id = (SELECT article_id FROM cases WHERE id = new.case_id)
        WHERE case_id = new.case_id AND position = new.position;
      END;
      CREATE TRIGGER cases_article_au AFTER UPDATE OF article_id ON cases BEGIN
        UPDATE case_platforms SET case_article_id = new.article_id WHERE case_id = new.id;
      END;
      CREATE INDEX case_platforms_by_article ON case_platforms (platform_id, case_article_id, case_id);
      CREATE INDEX defendants_case_of ON defendants (id, case_id);

      -- Any three or more characters of a registry number find it: a phrase of trigrams is a substring.
      -- Positions are kept (the default detail), so the index alone answers it, without reading numbers.
      CREATE VIRTUAL TABLE case_numbers USING fts5 (
        registry_number, content = 'cases', content_rowid = 'id', tokenize = 'trigram'
      );
      INSERT INTO case_numbers (case_numbers) VALUES ('rebuild');
      CREATE TRIGGER cases_numbers_ai AFTER INSERT ON cases BEGIN
        INSERT INTO case_numbers (rowid, registry_number) VALUES (new.id, new.registry_number);
      END;
      CREATE TRIGGER cases_numbers_ad AFTER DELETE ON cases BEGIN
        INSERT INTO case_numbers (case_numbers, rowid, registry_number) VALUES ('delete', old.id, old.registry_number);
      END;
      CREATE TRIGGER cases_numbers_au AFTER UPDATE OF registry_number ON cases BEGIN
        INSERT INTO case_numbers (case_numbers, rowid, registry_number) VALUES ('delete', old.id, old.registry_number);
        INSERT INTO case_numbers (rowid, registry_number) VALUES (new.id, new.registry_number);
      END;
    `),
};
