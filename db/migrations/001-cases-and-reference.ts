import type { Migration } from './migration';

/** Reference data, cases, settings and the append-only audit trail. */
export const migration001: Migration = {
  version: 1,
  name: 'cases-and-reference',
  up: (db) =>
    db.exec(`
      CREATE TABLE districts (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        label_ru TEXT,
        label_kk TEXT,
        label_en TEXT,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
      );

      CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        title_ru TEXT,
        title_kk TEXT,
        title_en TEXT,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
      );

      CREATE TABLE cases (
        id INTEGER PRIMARY KEY,
        registry_number TEXT NOT NULL UNIQUE CHECK (length(registry_number) BETWEEN 1 AND 32),
        article_id INTEGER NOT NULL REFERENCES articles (id),
        part TEXT,
        district_id INTEGER NOT NULL REFERENCES districts (id),
        registered_on TEXT NOT NULL CHECK (registered_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        forwarded_to_court_on TEXT,
        closed_on TEXT,
        closed_reason TEXT CHECK (closed_reason IN ('discontinued', 'suspended', 'merged', 'transferred')),
        group_crime INTEGER NOT NULL DEFAULT 0 CHECK (group_crime IN (0, 1)),
        damage_kzt REAL CHECK (damage_kzt >= 0)
      );
      CREATE INDEX cases_by_registered_on ON cases (registered_on);
      CREATE INDEX cases_by_district ON cases (district_id, registered_on);

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );

      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        entity_type TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        before_json TEXT,
        after_json TEXT,
        reason TEXT,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE
      );
      CREATE INDEX audit_by_entity ON audit_log (entity_type, entity_id, seq);

      -- The trail is append-only for the application; a change made around it is caught by audit verify.
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    `),
};
