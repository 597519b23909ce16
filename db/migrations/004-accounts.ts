import type { Migration } from './migration';

/*
 * Local accounts and the import register (issue 6).
 *
 * A user row is audited without its password hash and its sign-in bookkeeping (failed attempts, lock,
 * last sign-in): those change on every sign-in and say nothing an auditor needs that the trail of
 * account changes does not.
 *
 * Each import is a row, and every entry an import writes names it (audit_log.import_id), so the trail
 * tells which import created or changed which case. Entries before this migration have no import id,
 * and the hash covers the id only when there is one, so older trails still verify.
 */
export const migration004: Migration = {
  version: 4,
  name: 'accounts',
  up(db) {
    db.exec(`
      CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        login TEXT NOT NULL UNIQUE COLLATE NOCASE,
        full_name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('admin', 'supervisor', 'reporter', 'auditor')),
        password_hash TEXT NOT NULL,
        must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
        disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
        language TEXT CHECK (language IN ('ru', 'kk', 'en')),
        created_at TEXT NOT NULL,
        password_changed_at TEXT NOT NULL,
        failed_attempts INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT,
        last_login_at TEXT
      );

      CREATE TABLE imports (
        id INTEGER PRIMARY KEY,
        file_name TEXT,
        mode TEXT NOT NULL,
        started_at TEXT NOT NULL
      );

      ALTER TABLE audit_log ADD COLUMN import_id INTEGER REFERENCES imports (id);
      CREATE INDEX audit_by_import ON audit_log (import_id) WHERE import_id IS NOT NULL;
      CREATE INDEX audit_by_actor ON audit_log (actor, seq);
      CREATE INDEX audit_by_time ON audit_log (at);
      -- The Audit screen filters by action and lists the actions the trail holds.
      CREATE INDEX audit_by_action ON audit_log (action, seq);
    `);
  },
};
