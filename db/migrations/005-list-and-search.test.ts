import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migration001 } from './001-cases-and-reference';
import { migration002 } from './002-statistics';
import { migration003 } from './003-monitoring';
import { migration004 } from './004-accounts';
import { migration005 } from './005-list-and-search';

function version4WithACase(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  for (const m of [migration001, migration002, migration003, migration004]) m.up(db);
  db.exec(`
    INSERT INTO districts (id, name) VALUES (1, 'Almaty');
    INSERT INTO articles (id, code) VALUES (1, '194'), (2, '190');
    INSERT INTO platforms (id, name) VALUES (1, 'Telegram'), (2, 'Badoo');
    INSERT INTO cases (id, registry_number, article_id, district_id, registered_on)
      VALUES (1, '155111030000071', 1, 1, '2024-06-14');
    INSERT INTO case_platforms (case_id, position, platform_id) VALUES (1, 0, 1);
  `);
  return db;
}

const articleCopies = (db: Database.Database) =>
  db
    .prepare('SELECT case_id, platform_id, case_article_id FROM case_platforms ORDER BY case_id, position')
    .raw()
    .all();
const numbersContaining = (db: Database.Database, grams: string) =>
  db.prepare('SELECT rowid FROM case_numbers WHERE case_numbers MATCH ? ORDER BY rowid').pluck().all(grams);

describe('migration 005: list and search indexes', () => {
  it('copies each platform link’s article and indexes the numbers of existing cases', () => {
    const db = version4WithACase();
    migration005.up(db);
    expect(articleCopies(db)).toEqual([[1, 1, 1]]);
    expect(numbersContaining(db, '"000" "071"')).toEqual([1]);
  });

  it('keeps both in step with new links, new cases and a changed article or number', () => {
    const db = version4WithACase();
    migration005.up(db);
    db.exec(`
      INSERT INTO cases (id, registry_number, article_id, district_id, registered_on)
        VALUES (2, '245111030012345', 2, 1, '2024-07-01');
      INSERT INTO case_platforms (case_id, position, platform_id) VALUES (2, 0, 2), (1, 1, 2);
    `);
    expect(articleCopies(db)).toEqual([
      [1, 1, 1],
      [1, 2, 1],
      [2, 2, 2],
    ]);
    expect(numbersContaining(db, '"123" "345"')).toEqual([2]);

    db.exec(`UPDATE cases SET article_id = 2, registry_number = '155111039999999' WHERE id = 1`);
    expect(articleCopies(db)).toEqual([
      [1, 1, 2],
      [1, 2, 2],
      [2, 2, 2],
    ]);
    expect(numbersContaining(db, '"000" "071"')).toEqual([]);
    expect(numbersContaining(db, '"999"')).toEqual([1]);

    db.exec('DELETE FROM case_platforms; DELETE FROM cases WHERE id = 2');
    expect(numbersContaining(db, '"123"')).toEqual([]);
  });
});
