import type { Migration } from './migration';

/*
 * The case list sorted by district walks the districts in name order and skips whole districts by
 * their number of cases. Counting them took most of a deep page's time at a million cases (half a
 * million index entries stepped through for the middle page, which also pushed the total's index out
 * of the page cache). The unfiltered list now reads each district's count from this table, kept in
 * step with the cases by triggers; a filtered list still counts its own matches.
 */
export const migration007: Migration = {
  version: 7,
  name: 'district-counts',
  up: (db) =>
    db.exec(`
      CREATE TABLE district_case_counts (
        district_id INTEGER PRIMARY KEY,
        cases INTEGER NOT NULL CHECK (cases >= 0)
      );
      INSERT INTO district_case_counts (district_id, cases)
        SELECT district_id, count(*) FROM cases GROUP BY district_id;

      CREATE TRIGGER cases_district_count_ai AFTER INSERT ON cases BEGIN
        INSERT INTO district_case_counts (district_id, cases) VALUES (new.district_id, 1)
          ON CONFLICT (district_id) DO UPDATE SET cases = cases + 1;
      END;
      CREATE TRIGGER cases_district_count_ad AFTER DELETE ON cases BEGIN
        UPDATE district_case_counts SET cases = cases - 1 WHERE district_id = old.district_id;
      END;
      CREATE TRIGGER cases_district_count_au AFTER UPDATE OF district_id ON cases
        WHEN old.district_id IS NOT new.district_id BEGIN
        UPDATE district_case_counts SET cases = cases - 1 WHERE district_id = old.district_id;
        INSERT INTO district_case_counts (district_id, cases) VALUES (new.district_id, 1)
          ON CONFLICT (district_id) DO UPDATE SET cases = cases + 1;
      END;
    `),
};
