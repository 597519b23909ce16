import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '.';
import { migration008 } from './008-record-versions';

function version7WithCases(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  for (const m of migrations.filter((m) => m.version < 8)) m.up(db);
  db.exec(`
    INSERT INTO districts (id, name) VALUES (1, 'Almaty');
    INSERT INTO articles (id, code) VALUES (1, '194');
    INSERT INTO cases (id, registry_number, article_id, district_id, registered_on) VALUES
      (1, 'A-1', 1, 1, '2024-01-01'), (2, 'A-2', 1, 1, '2024-01-02');
    INSERT INTO monitored_persons (id, person_key, full_name, name_key, birth_date, sex)
      VALUES (1, 'M-000001', 'Аманов Ерлан', 'аманов ерлан', '1990-01-01', 'M');
  `);
  return db;
}

const versions = (db: Database.Database) =>
  db.prepare('SELECT id, version FROM cases ORDER BY id').raw().all();

describe('migration 008: the version of each case and register person', () => {
  it('starts the existing cases and persons, and new ones, at version 1', () => {
    const db = version7WithCases();
    migration008.up(db);
    db.exec(`INSERT INTO cases (id, registry_number, article_id, district_id, registered_on)
      VALUES (3, 'A-3', 1, 1, '2024-01-03')`);
    expect(versions(db)).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
    ]);
    expect(db.prepare('SELECT id, version FROM monitored_persons').raw().all()).toEqual([[1, 1]]);
  });

  it('refuses a version below 1', () => {
    const db = version7WithCases();
    migration008.up(db);
    expect(() => db.exec('UPDATE cases SET version = 0 WHERE id = 1')).toThrow(/CHECK/);
    expect(() => db.exec('UPDATE monitored_persons SET version = 0 WHERE id = 1')).toThrow(/CHECK/);
    expect(versions(db)).toEqual([
      [1, 1],
      [2, 1],
    ]);
  });
});
