import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '.';
import { migration007 } from './007-district-counts';

function version6WithCases(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  for (const m of migrations.filter((m) => m.version < 7)) m.up(db);
  db.exec(`
    INSERT INTO districts (id, name) VALUES (1, 'Almaty'), (2, 'Yesil'), (3, 'Nura');
    INSERT INTO articles (id, code) VALUES (1, '194');
    INSERT INTO cases (id, registry_number, article_id, district_id, registered_on) VALUES
      (1, 'A-1', 1, 1, '2024-01-01'), (2, 'A-2', 1, 1, '2024-01-02'), (3, 'A-3', 1, 2, '2024-01-03');
  `);
  return db;
}

const counts = (db: Database.Database) =>
  db.prepare('SELECT district_id, cases FROM district_case_counts ORDER BY district_id').raw().all();

describe('migration 007: the number of cases of each district', () => {
  it('counts the existing cases', () => {
    const db = version6WithCases();
    migration007.up(db);
    expect(counts(db)).toEqual([
      [1, 2],
      [2, 1],
    ]);
  });

  it('keeps the counts in step with new, moved and deleted cases', () => {
    const db = version6WithCases();
    migration007.up(db);
    db.exec(`
      INSERT INTO cases (id, registry_number, article_id, district_id, registered_on)
        VALUES (4, 'A-4', 1, 3, '2024-02-01'), (5, 'A-5', 1, 3, '2024-02-02');
      UPDATE cases SET district_id = 2 WHERE id = 1;
      UPDATE cases SET registry_number = 'B-2', district_id = 1 WHERE id = 2;
      DELETE FROM cases WHERE id = 4;
    `);
    expect(counts(db)).toEqual([
      [1, 1],
      [2, 2],
      [3, 1],
    ]);
  });
});
