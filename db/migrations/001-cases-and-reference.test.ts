import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migration001 } from './001-cases-and-reference';

function fresh(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migration001.up(db);
  db.exec(`INSERT INTO districts (name) VALUES ('Almaty'); INSERT INTO articles (code) VALUES ('194');`);
  return db;
}

const insertCase = (db: Database.Database, values: Record<string, unknown>) =>
  db
    .prepare(
      `INSERT INTO cases (registry_number, article_id, district_id, registered_on, closed_reason)
       VALUES (@registryNumber, @articleId, @districtId, @registeredOn, @closedReason)`,
    )
    .run({
      registryNumber: '1',
      articleId: 1,
      districtId: 1,
      registeredOn: '2024-01-01',
      closedReason: null,
      ...values,
    });

describe('migration 001: cases and reference data', () => {
  it('accepts a valid case', () => {
    const db = fresh();
    insertCase(db, {});
    expect(db.prepare('SELECT registry_number, group_crime FROM cases').get()).toEqual({
      registry_number: '1',
      group_crime: 0,
    });
  });

  it('enforces unique registry numbers, known districts and the closure reasons of the spec', () => {
    const db = fresh();
    insertCase(db, {});
    expect(() => insertCase(db, {})).toThrow(/UNIQUE/);
    expect(() => insertCase(db, { registryNumber: '2', districtId: 99 })).toThrow(/FOREIGN KEY/);
    expect(() => insertCase(db, { registryNumber: '3', closedReason: 'lost' })).toThrow(/CHECK/);
    expect(() => insertCase(db, { registryNumber: 'x'.repeat(33) })).toThrow(/CHECK/);
    expect(() => insertCase(db, { registryNumber: '4', registeredOn: '11.02.2024' })).toThrow(/CHECK/);
  });

  it('keeps the audit log append-only', () => {
    const db = fresh();
    db.exec(`INSERT INTO audit_log (at, actor, action, entity_type, entity_id, prev_hash, hash)
             VALUES ('t', 'a', 'x', 'case', '1', 'p', 'h')`);
    expect(() => db.exec("UPDATE audit_log SET actor = 'b'")).toThrow(/append-only/);
    expect(() => db.exec('DELETE FROM audit_log')).toThrow(/append-only/);
  });
});
