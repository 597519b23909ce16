import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '.';

function migrated(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  for (const m of migrations) m.up(db);
  db.exec(`
    INSERT INTO districts (id, name) VALUES (1, 'Almaty');
    INSERT INTO articles (id, code) VALUES (1, '194');
    INSERT INTO platforms (id, name) VALUES (1, 'telegram');
    INSERT INTO tactics (id, name) VALUES (1, 'romance');
    INSERT INTO cases (id, registry_number, article_id, district_id, registered_on)
      VALUES (1, 'A-1', 1, 1, '2024-01-01');
  `);
  return db;
}

const stamp = (db: Database.Database) => db.prepare('SELECT n FROM stats_stamp').pluck().get() as number;

/** Runs `sql` and says whether the stamp moved on. */
const moves = (db: Database.Database, sql: string) => {
  const before = stamp(db);
  db.exec(sql);
  return stamp(db) > before;
};

describe('migration 010: a stamp every change of what the statistics count moves on', () => {
  it('starts with no kept results', () => {
    const db = migrated();
    expect(db.prepare('SELECT count(*) FROM stats_results').pluck().get()).toBe(0);
  });

  it.each([
    [
      'a new case',
      `INSERT INTO cases (id, registry_number, article_id, district_id, registered_on)
       VALUES (2, 'A-2', 1, 1, '2024-02-01')`,
    ],
    ['a forwarding date', "UPDATE cases SET forwarded_to_court_on = '2024-03-01' WHERE id = 1"],
    ['a defendant', "INSERT INTO defendants (id, case_id, position, sex) VALUES (1, 1, 1, 'M')"],
    ['a victim', "INSERT INTO victims (id, case_id, position, sex) VALUES (1, 1, 1, 'F')"],
    ['a platform of a case', 'INSERT INTO case_platforms (case_id, position, platform_id) VALUES (1, 1, 1)'],
    ['a tactic of a case', 'INSERT INTO case_tactics (case_id, position, tactic_id) VALUES (1, 1, 1)'],
    ['a district renamed', "UPDATE districts SET name = 'Almaty district' WHERE id = 1"],
    ['a platform renamed', "UPDATE platforms SET name = 'tg' WHERE id = 1"],
    ['a tactic added', "INSERT INTO tactics (id, name) VALUES (2, 'threats')"],
    ['an article code changed', "UPDATE articles SET code = '194-1' WHERE id = 1"],
    ['a deleted case', 'DELETE FROM cases WHERE id = 1'],
  ])('moves on for %s', (_what, sql) => {
    expect(moves(migrated(), sql)).toBe(true);
  });

  it('moves on for a changed or removed party', () => {
    const db = migrated();
    db.exec("INSERT INTO defendants (id, case_id, position, sex) VALUES (1, 1, 1, 'M')");
    db.exec("INSERT INTO victims (id, case_id, position, sex) VALUES (1, 1, 1, 'F')");
    expect(moves(db, "UPDATE defendants SET convicted_on = '2024-05-01' WHERE id = 1")).toBe(true);
    expect(moves(db, 'DELETE FROM victims WHERE id = 1')).toBe(true);
  });

  it('stays for what no figure counts: a setting', () => {
    expect(moves(migrated(), "INSERT INTO settings (key, value) VALUES ('ui.language', '\"kk\"')")).toBe(
      false,
    );
  });
});
