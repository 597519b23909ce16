import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { appendEntry } from '../audit/chain';
import { auditedEntities } from '../audit/entities';
import { verifyAuditTrail } from '../audit/verify';
import { migration001 } from './001-cases-and-reference';
import { migration002 } from './002-statistics';
import { migration003 } from './003-monitoring';
import { migration004 } from './004-accounts';

function version3WithATrail(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  for (const m of [migration001, migration002, migration003]) m.up(db);
  db.exec(`INSERT INTO districts (id, name) VALUES (1, 'Almaty');`);
  appendEntry(db, {
    at: '2025-01-10T10:00:00.000Z',
    actor: 'ui:olga',
    action: 'district.create',
    entityType: 'district',
    entityId: '1',
    before: null,
    after: auditedEntities.district.load(db, '1'),
    reason: null,
  });
  return db;
}

describe('migration 004: accounts and the import register', () => {
  it('leaves a trail written before it verifiable', () => {
    const db = version3WithATrail();
    migration004.up(db);
    expect(verifyAuditTrail(db)).toMatchObject({ ok: true, entries: 1 });
  });

  it('seals the import id into the entry: changing it behind the app is caught', () => {
    const db = version3WithATrail();
    migration004.up(db);
    db.exec(
      `INSERT INTO imports (id, file_name, mode, started_at) VALUES (1, 'cases.json', 'refuse', '2026-01-01')`,
    );
    appendEntry(db, {
      at: '2026-01-01T10:00:00.000Z',
      actor: 'user:olga',
      action: 'import.start',
      entityType: 'import',
      entityId: '1',
      before: null,
      after: auditedEntities.import.load(db, '1'),
      reason: null,
      importId: 1,
    });
    expect(verifyAuditTrail(db)).toMatchObject({ ok: true, entries: 2 });
    db.exec(
      `INSERT INTO imports (id, file_name, mode, started_at) VALUES (2, 'other.json', 'refuse', '2026-01-02')`,
    );
    db.exec('DROP TRIGGER audit_log_no_update');
    db.exec('UPDATE audit_log SET import_id = 2 WHERE seq = 2');
    expect(verifyAuditTrail(db)).toMatchObject({ ok: false, kind: 'altered', seq: 2 });
  });

  it('records a user without the password hash or the sign-in bookkeeping', () => {
    const db = version3WithATrail();
    migration004.up(db);
    db.exec(`INSERT INTO users (id, login, full_name, role, password_hash, created_at, password_changed_at, failed_attempts)
             VALUES (1, 'olga', 'Olga', 'admin', 'scrypt$secret', '2026-01-01', '2026-01-01', 3)`);
    const snapshot = auditedEntities.user.load(db, '1');
    expect(Object.keys(snapshot ?? {}).sort()).toEqual(
      [
        'created_at',
        'disabled',
        'full_name',
        'id',
        'language',
        'login',
        'must_change_password',
        'password_changed_at',
        'role',
      ].sort(),
    );
  });

  it('refuses a second account with the same login in another letter case', () => {
    const db = version3WithATrail();
    migration004.up(db);
    const insert = db.prepare(
      `INSERT INTO users (login, full_name, role, password_hash, created_at, password_changed_at) VALUES (?, 'X', 'admin', 'h', 'd', 'd')`,
    );
    insert.run('Olga');
    expect(() => insert.run('olga')).toThrow(/UNIQUE/);
  });
});
