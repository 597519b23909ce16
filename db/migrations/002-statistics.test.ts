import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migration001 } from './001-cases-and-reference';
import { migration002 } from './002-statistics';

function version1WithACase(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migration001.up(db);
  db.exec(`
    INSERT INTO districts (id, name) VALUES (1, 'Almaty'), (2, 'Nura');
    INSERT INTO articles (id, code) VALUES (1, '194');
    INSERT INTO platforms (id, name) VALUES (1, 'Telegram');
    INSERT INTO cases (id, registry_number, article_id, district_id, registered_on) VALUES (1, 'A', 1, 1, '2024-06-14');
    INSERT INTO victims (case_id, position, sex, birth_date) VALUES (1, 0, 'F', '2006-06-15');
    INSERT INTO victims (case_id, position, sex, birth_year) VALUES (1, 1, 'M', 2000);
    INSERT INTO defendants (case_id, position, sex, birth_date) VALUES (1, 0, 'M', '1990-06-14');
    INSERT INTO case_platforms (case_id, position, platform_id) VALUES (1, 0, 1);
  `);
  return db;
}

const derived = (db: Database.Database, table: string) =>
  db
    .prepare(
      `SELECT case_registered_on AS registeredOn, case_district_id AS districtId${table.startsWith('case_') ? '' : ', age'}
              FROM ${table} ORDER BY case_id, position`,
    )
    .all();

describe('migration 002: registration copies for the statistics', () => {
  it('fills the copies of existing rows, with ages at registration', () => {
    const db = version1WithACase();
    migration002.up(db);
    expect(derived(db, 'victims')).toEqual([
      { registeredOn: '2024-06-14', districtId: 1, age: 17 },
      { registeredOn: '2024-06-14', districtId: 1, age: 24 },
    ]);
    expect(derived(db, 'defendants')).toEqual([{ registeredOn: '2024-06-14', districtId: 1, age: 34 }]);
    expect(derived(db, 'case_platforms')).toEqual([{ registeredOn: '2024-06-14', districtId: 1 }]);
  });

  it('fills them on insert and keeps them in step with the case and the birth date', () => {
    const db = version1WithACase();
    migration002.up(db);
    db.exec(`INSERT INTO victims (case_id, position, sex, birth_date) VALUES (1, 2, 'F', '1984-06-14')`);
    expect(derived(db, 'victims')).toContainEqual({ registeredOn: '2024-06-14', districtId: 1, age: 40 });

    db.exec(`UPDATE cases SET registered_on = '2024-06-15', district_id = 2 WHERE id = 1`);
    expect(derived(db, 'victims')).toEqual([
      { registeredOn: '2024-06-15', districtId: 2, age: 18 },
      { registeredOn: '2024-06-15', districtId: 2, age: 24 },
      { registeredOn: '2024-06-15', districtId: 2, age: 40 },
    ]);
    expect(derived(db, 'case_platforms')).toEqual([{ registeredOn: '2024-06-15', districtId: 2 }]);

    db.exec(`UPDATE defendants SET birth_date = '1990-06-16' WHERE case_id = 1`);
    expect(derived(db, 'defendants')).toEqual([{ registeredOn: '2024-06-15', districtId: 2, age: 33 }]);
  });
});
