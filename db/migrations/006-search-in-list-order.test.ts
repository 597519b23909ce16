import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migration001 } from './001-cases-and-reference';
import { migration002 } from './002-statistics';
import { migration003 } from './003-monitoring';
import { migration004 } from './004-accounts';
import { migration005 } from './005-list-and-search';
import { migration006 } from './006-search-in-list-order';

function version5WithCases(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  for (const m of [migration001, migration002, migration003, migration004, migration005]) m.up(db);
  db.exec(`
    INSERT INTO districts (id, name) VALUES (1, 'Almaty');
    INSERT INTO articles (id, code) VALUES (1, '194');
    INSERT INTO cases (id, registry_number, article_id, district_id, registered_on) VALUES
      (7, '155111030000071', 1, 1, '2015-02-01'), (8, '245111030012345', 1, 1, '2024-06-14');
    INSERT INTO defendants (case_id, position, full_name, sex) VALUES
      (7, 1, 'Омаров Нурлан', 'M'), (7, 0, 'Ахметов Ерлан', 'M'), (8, 0, NULL, 'F');
  `);
  return db;
}

/** Each match as [registration date, case id], read back from the rowid key. */
const matches = (db: Database.Database, table: 'case_numbers' | 'case_names', query: string) =>
  db
    .prepare(`SELECT rowid >> 36, rowid & ${2 ** 36 - 1} FROM ${table} WHERE ${table} MATCH ? ORDER BY rowid`)
    .raw()
    .all(query);

describe('migration 006: search indexes in the list’s order', () => {
  it('keys existing numbers and defendants’ names by registration date and case id', () => {
    const db = version5WithCases();
    migration006.up(db);
    expect(matches(db, 'case_numbers', '"11103"')).toEqual([
      [20150201, 7],
      [20240614, 8],
    ]);
    expect(matches(db, 'case_names', 'омаров')).toEqual([[20150201, 7]]);
    // A case whose only defendant has no name has no names document.
    expect(db.prepare('SELECT count(*) FROM case_names').pluck().get()).toBe(1);
  });

  it('keeps both in step with new, changed and deleted cases and defendants', () => {
    const db = version5WithCases();
    migration006.up(db);
    db.exec(`
      INSERT INTO cases (id, registry_number, article_id, district_id, registered_on)
        VALUES (9, 'X-99999', 1, 1, '2025-01-02');
      INSERT INTO defendants (case_id, position, full_name, sex) VALUES (9, 0, 'Омарова Асель', 'F');
      UPDATE cases SET registered_on = '2016-03-04', registry_number = 'Y-77777' WHERE id = 7;
      UPDATE defendants SET full_name = 'Касымов Серик' WHERE case_id = 7 AND position = 1;
    `);
    expect(matches(db, 'case_numbers', '"999"')).toEqual([[20250102, 9]]);
    expect(matches(db, 'case_numbers', '"777"')).toEqual([[20160304, 7]]);
    expect(matches(db, 'case_numbers', '"000071"')).toEqual([]);
    expect(matches(db, 'case_names', 'омаров*')).toEqual([[20250102, 9]]);
    expect(matches(db, 'case_names', 'касымов')).toEqual([[20160304, 7]]);
    expect(matches(db, 'case_names', 'ахметов')).toEqual([[20160304, 7]]);

    db.exec(`DELETE FROM defendants WHERE case_id = 7 AND position = 0; DELETE FROM cases WHERE id = 9`);
    expect(matches(db, 'case_names', 'ахметов')).toEqual([]);
    expect(matches(db, 'case_names', 'касымов')).toEqual([[20160304, 7]]);
    expect(matches(db, 'case_names', 'омарова')).toEqual([]);
    expect(matches(db, 'case_numbers', '"999"')).toEqual([]);
  });
});
