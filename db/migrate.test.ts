import { readFileSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './connection';
import { APPLICATION_ID, migrate } from './migrate';
import { migrations } from './migrations';
import type { Migration } from './migrations/migration';
import { DatabaseOpenError } from './open-errors';
import { tempDbPath } from './test-support';

const step = (version: number, sql: string): Migration => ({
  version,
  name: `m${version}`,
  up: (db) => db.exec(sql),
});

describe('migration runner', () => {
  it('creates a new file with the latest schema, marked as Nadzor, in WAL mode with foreign keys', () => {
    const db = openDatabase(tempDbPath());
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });

  it('is idempotent: reopening changes nothing', () => {
    const path = tempDbPath();
    openDatabase(path).close();
    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    db.close();
  });

  it('runs only the pending steps, all in one transaction', () => {
    const db = new Database(':memory:');
    migrate(db, [step(1, 'CREATE TABLE a (x)')]);
    expect(migrate(db, [step(1, 'CREATE TABLE a (x)'), step(2, 'CREATE TABLE b (y)')])).toBe(2);
    const broken = [step(1, ''), step(2, ''), step(3, 'CREATE TABLE c (z)'), step(4, 'THIS IS NOT SQL')];
    expect(() => migrate(db, broken)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'c'").get()).toEqual({ n: 0 });
  });

  it('refuses a list whose versions do not run 1, 2, 3…', () => {
    const db = new Database(':memory:');
    expect(() => migrate(db, [step(1, ''), step(3, '')])).toThrow(/expected 2/);
  });

  it('refuses a database from a newer version and leaves the file byte-for-byte untouched', () => {
    const path = tempDbPath();
    const future = new Database(path);
    future.pragma(`application_id = ${APPLICATION_ID}`);
    future.exec('CREATE TABLE from_the_future (x)');
    future.pragma(`user_version = ${migrations.length + 5}`);
    future.close();
    const before = readFileSync(path);
    let caught: unknown;
    try {
      openDatabase(path);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DatabaseOpenError);
    expect((caught as DatabaseOpenError).code).toBe('db_too_new');
    expect((caught as DatabaseOpenError).message).toMatch(/newer version of Nadzor/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a foreign SQLite file and a file that is not a database, untouched', () => {
    const foreign = tempDbPath('other.sqlite');
    const other = new Database(foreign);
    other.exec('CREATE TABLE invoices (id)');
    other.close();
    const before = readFileSync(foreign);
    expect(() => openDatabase(foreign)).toThrow(expect.objectContaining({ code: 'db_not_nadzor' }));
    expect(readFileSync(foreign).equals(before)).toBe(true);

    const text = tempDbPath('notes.sqlite');
    writeFileSync(text, 'these are not the tables you are looking for'.repeat(200));
    expect(() => openDatabase(text)).toThrow(expect.objectContaining({ code: 'db_not_nadzor' }));
  });
});
