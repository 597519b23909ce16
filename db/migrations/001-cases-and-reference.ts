import type { Migration } from './migration';

/** Reference data, cases with their parties, settings and the append-only audit trail. */
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
        damage_kzt REAL CHECK (damage_kzt >= 0),
        -- Derived by shared/domain/pipeline.ts on every write, so lists filter by stage in SQL.
        stage TEXT NOT NULL DEFAULT 'registered'
          CHECK (stage IN ('registered', 'forwarded', 'verdict', 'sentenced', 'closed'))
      );
      CREATE INDEX cases_by_registered_on ON cases (registered_on);
      CREATE INDEX cases_by_district ON cases (district_id, registered_on);
      CREATE INDEX cases_by_forwarded ON cases (forwarded_to_court_on);
      CREATE INDEX cases_by_closed ON cases (closed_on);
      CREATE INDEX cases_by_stage ON cases (stage, registered_on);
      CREATE INDEX cases_by_stage_number ON cases (stage, registry_number);

      CREATE TABLE platforms (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        label_ru TEXT,
        label_kk TEXT,
        label_en TEXT,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
      );

      CREATE TABLE tactics (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        label_ru TEXT,
        label_kk TEXT,
        label_en TEXT,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
      );

      -- position keeps the order a case lists its values in, so a file round-trips unchanged.
      CREATE TABLE case_platforms (
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        platform_id INTEGER NOT NULL REFERENCES platforms (id),
        PRIMARY KEY (case_id, position),
        UNIQUE (case_id, platform_id)
      ) WITHOUT ROWID;
      CREATE INDEX case_platforms_by_platform ON case_platforms (platform_id, case_id);

      CREATE TABLE case_tactics (
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        tactic_id INTEGER NOT NULL REFERENCES tactics (id),
        PRIMARY KEY (case_id, position),
        UNIQUE (case_id, tactic_id)
      ) WITHOUT ROWID;
      CREATE INDEX case_tactics_by_tactic ON case_tactics (tactic_id, case_id);

      CREATE TABLE victims (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        sex TEXT NOT NULL CHECK (sex IN ('M', 'F')),
        birth_date TEXT,
        birth_year INTEGER,
        employment TEXT CHECK (employment IN ('employed', 'unemployed', 'informal', 'student', 'pensioner', 'other')),
        UNIQUE (case_id, position)
      );

      CREATE TABLE defendants (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        person_id TEXT,
        full_name TEXT,
        sex TEXT NOT NULL CHECK (sex IN ('M', 'F')),
        birth_date TEXT,
        employment TEXT CHECK (employment IN ('employed', 'unemployed', 'informal', 'student', 'pensioner', 'other')),
        prior_convictions INTEGER CHECK (prior_convictions >= 0),
        convicted_on TEXT,
        acquitted_on TEXT,
        sentence_type TEXT CHECK (sentence_type IN ('imprisonment', 'restriction', 'suspended', 'fine', 'other')),
        sentence_years INTEGER,
        sentence_months INTEGER,
        sentence_fine_kzt REAL,
        sentenced_on TEXT,
        CHECK (convicted_on IS NULL OR acquitted_on IS NULL),
        CHECK ((sentence_type IS NULL) = (sentenced_on IS NULL)),
        UNIQUE (case_id, position)
      );
      CREATE INDEX defendants_by_case ON defendants (case_id);
      CREATE INDEX defendants_by_convicted ON defendants (convicted_on);
      CREATE INDEX defendants_by_sentenced ON defendants (sentenced_on);
      CREATE INDEX defendants_by_person ON defendants (person_id);

      -- Name search over defendants (a supervisor types part of a surname).
      CREATE VIRTUAL TABLE defendant_names USING fts5 (
        full_name, content = 'defendants', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER defendants_names_ai AFTER INSERT ON defendants BEGIN
        INSERT INTO defendant_names (rowid, full_name) VALUES (new.id, new.full_name);
      END;
      CREATE TRIGGER defendants_names_ad AFTER DELETE ON defendants BEGIN
        INSERT INTO defendant_names (defendant_names, rowid, full_name) VALUES ('delete', old.id, old.full_name);
      END;
      CREATE TRIGGER defendants_names_au AFTER UPDATE OF full_name ON defendants BEGIN
        INSERT INTO defendant_names (defendant_names, rowid, full_name) VALUES ('delete', old.id, old.full_name);
        INSERT INTO defendant_names (rowid, full_name) VALUES (new.id, new.full_name);
      END;

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
