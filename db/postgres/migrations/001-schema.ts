import type { PgMigration } from './migration';

/*
 * The schema of SQLite's migrations 001–005 as it stands after them, in PostgreSQL. Tables and columns
 * carry the same names, types of the same kind and the same values (flags as 0/1 integers, dates as
 * ISO text), so a row reads back exactly as SQLite gives it and an audit snapshot hashes the same on
 * both engines (db/audit). Text compares by code point (COLLATE "C", SQLite's BINARY), whatever the
 * server's locale, so sorting by registry number or name gives SQLite's order.
 *
 * Ids are plain integers: writers give the next one as SQLite gives a rowid (the highest plus one,
 * under the store's write lock), so the same writes give the same ids on both engines.
 *
 * The copies of a case's registration date, district and article on its child rows (SQLite's
 * migrations 002 and 005), and each party's age at registration, are kept by triggers here too.
 */
const T = 'text COLLATE "C"';
const flag = (name: string, value: 0 | 1) =>
  `${name} integer NOT NULL DEFAULT ${value} CHECK (${name} IN (0, 1))`;
const reference = (table: string, key: string, label: string) => `
  CREATE TABLE ${table} (
    id integer PRIMARY KEY,
    ${key} ${T} NOT NULL UNIQUE,
    ${label}_ru ${T}, ${label}_kk ${T}, ${label}_en ${T},
    ${flag('active', 1)}
  );`;
const employment = `${T} CHECK (employment IN ('employed', 'unemployed', 'informal', 'student', 'pensioner', 'other'))`;

const tables = `
  ${reference('districts', 'name', 'label')}
  ${reference('articles', 'code', 'title')}
  ${reference('platforms', 'name', 'label')}
  ${reference('tactics', 'name', 'label')}

  CREATE TABLE cases (
    id integer PRIMARY KEY,
    registry_number ${T} NOT NULL UNIQUE CHECK (length(registry_number) BETWEEN 1 AND 32),
    article_id integer NOT NULL REFERENCES articles (id),
    part ${T},
    district_id integer NOT NULL REFERENCES districts (id),
    registered_on ${T} NOT NULL CHECK (registered_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
    forwarded_to_court_on ${T},
    closed_on ${T},
    closed_reason ${T} CHECK (closed_reason IN ('discontinued', 'suspended', 'merged', 'transferred')),
    ${flag('group_crime', 0)},
    damage_kzt double precision CHECK (damage_kzt >= 0),
    stage ${T} NOT NULL DEFAULT 'registered'
      CHECK (stage IN ('registered', 'forwarded', 'verdict', 'sentenced', 'closed'))
  );
  CREATE INDEX cases_by_registered_on ON cases (registered_on, id);
  CREATE INDEX cases_by_district ON cases (district_id, registered_on, id);
  CREATE INDEX cases_by_forwarded ON cases (forwarded_to_court_on);
  CREATE INDEX cases_by_closed ON cases (closed_on);
  CREATE INDEX cases_by_stage ON cases (stage, registered_on, id);
  CREATE INDEX cases_by_stage_number ON cases (stage, registry_number);
  CREATE INDEX cases_by_article ON cases (article_id, registered_on);

  CREATE TABLE case_platforms (
    case_id integer NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    position integer NOT NULL,
    platform_id integer NOT NULL REFERENCES platforms (id),
    case_registered_on ${T},
    case_district_id integer,
    case_article_id integer,
    PRIMARY KEY (case_id, position),
    UNIQUE (case_id, platform_id)
  );
  CREATE INDEX case_platforms_by_registration ON case_platforms (platform_id, case_registered_on, case_district_id);
  CREATE INDEX case_platforms_by_article ON case_platforms (platform_id, case_article_id, case_id);

  CREATE TABLE case_tactics (
    case_id integer NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    position integer NOT NULL,
    tactic_id integer NOT NULL REFERENCES tactics (id),
    case_registered_on ${T},
    case_district_id integer,
    PRIMARY KEY (case_id, position),
    UNIQUE (case_id, tactic_id)
  );
  CREATE INDEX case_tactics_by_registration ON case_tactics (tactic_id, case_registered_on, case_district_id);

  CREATE TABLE victims (
    id integer PRIMARY KEY,
    case_id integer NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    position integer NOT NULL,
    sex ${T} NOT NULL CHECK (sex IN ('M', 'F')),
    birth_date ${T},
    birth_year integer,
    employment ${employment},
    case_registered_on ${T},
    case_district_id integer,
    age integer,
    UNIQUE (case_id, position)
  );
  CREATE INDEX victims_by_registration ON victims (case_registered_on, case_district_id, sex, employment, age);

  CREATE TABLE defendants (
    id integer PRIMARY KEY,
    case_id integer NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    position integer NOT NULL,
    person_id ${T},
    full_name ${T},
    sex ${T} NOT NULL CHECK (sex IN ('M', 'F')),
    birth_date ${T},
    employment ${employment},
    prior_convictions integer CHECK (prior_convictions >= 0),
    convicted_on ${T},
    acquitted_on ${T},
    sentence_type ${T} CHECK (sentence_type IN ('imprisonment', 'restriction', 'suspended', 'fine', 'other')),
    sentence_years integer,
    sentence_months integer,
    sentence_fine_kzt double precision,
    sentenced_on ${T},
    case_registered_on ${T},
    case_district_id integer,
    age integer,
    iin ${T},
    name_key ${T},
    CHECK (convicted_on IS NULL OR acquitted_on IS NULL),
    CHECK ((sentence_type IS NULL) = (sentenced_on IS NULL)),
    UNIQUE (case_id, position)
  );
  CREATE INDEX defendants_by_registration
    ON defendants (case_registered_on, case_district_id, person_id, sex, age, employment, prior_convictions);
  CREATE INDEX defendants_by_convicted ON defendants (convicted_on, case_district_id);
  CREATE INDEX defendants_by_sentenced
    ON defendants (sentenced_on, case_district_id, sentence_type, sentence_years, sentence_months);
  CREATE INDEX defendants_by_acquitted ON defendants (acquitted_on, case_district_id);
  CREATE INDEX defendants_by_person ON defendants (person_id);
  CREATE INDEX defendants_by_iin ON defendants (iin) WHERE iin IS NOT NULL;
  CREATE INDEX defendants_by_name ON defendants (name_key, birth_date) WHERE name_key IS NOT NULL;

  CREATE TABLE settings (key ${T} PRIMARY KEY, value ${T} NOT NULL);

  CREATE TABLE monitored_persons (
    id integer PRIMARY KEY,
    person_key ${T} NOT NULL UNIQUE,
    iin ${T} UNIQUE,
    full_name ${T} NOT NULL,
    name_key ${T} NOT NULL,
    birth_date ${T} NOT NULL,
    sex ${T} NOT NULL CHECK (sex IN ('M', 'F')),
    district_id integer REFERENCES districts (id),
    notes ${T}
  );
  CREATE INDEX monitored_persons_by_name ON monitored_persons (name_key, birth_date);

  CREATE TABLE person_convictions (
    person_id integer NOT NULL REFERENCES monitored_persons (id) ON DELETE CASCADE,
    position integer NOT NULL,
    article ${T} NOT NULL,
    part ${T},
    court_date ${T} NOT NULL,
    sentence ${T},
    released_on ${T},
    registry_number ${T},
    PRIMARY KEY (person_id, position)
  );

  CREATE TABLE supervision_periods (
    person_id integer NOT NULL REFERENCES monitored_persons (id) ON DELETE CASCADE,
    position integer NOT NULL,
    type ${T} NOT NULL CHECK (type IN ('administrative', 'probation', 'parole', 'prosecutorWatch')),
    basis ${T},
    start_on ${T} NOT NULL,
    end_on ${T},
    check_ins_per_month integer NOT NULL DEFAULT 0 CHECK (check_ins_per_month BETWEEN 0 AND 31),
    curfew ${T},
    banned_places ${T},
    travel ${T},
    officer ${T},
    PRIMARY KEY (person_id, position),
    CHECK (end_on IS NULL OR end_on >= start_on)
  );

  CREATE TABLE supervision_events (
    person_id integer NOT NULL,
    period_position integer NOT NULL,
    position integer NOT NULL,
    on_date ${T} NOT NULL,
    type ${T} NOT NULL CHECK (type IN ('attended', 'missed', 'violation', 'warning', 'extended', 'ended')),
    description ${T},
    "until" ${T},
    PRIMARY KEY (person_id, period_position, position),
    FOREIGN KEY (person_id, period_position) REFERENCES supervision_periods (person_id, position)
      ON DELETE CASCADE
  );

  CREATE TABLE person_case_links (
    person_id integer NOT NULL REFERENCES monitored_persons (id) ON DELETE CASCADE,
    position integer NOT NULL,
    case_id integer NOT NULL REFERENCES cases (id),
    status ${T} NOT NULL CHECK (status IN ('confirmed', 'rejected')),
    PRIMARY KEY (person_id, position),
    UNIQUE (person_id, case_id)
  );
  CREATE INDEX person_case_links_by_case ON person_case_links (case_id);

  CREATE TABLE users (
    id integer PRIMARY KEY,
    login ${T} NOT NULL,
    full_name ${T} NOT NULL,
    role ${T} NOT NULL CHECK (role IN ('admin', 'supervisor', 'reporter', 'auditor')),
    password_hash ${T} NOT NULL,
    ${flag('must_change_password', 0)},
    ${flag('disabled', 0)},
    language ${T} CHECK (language IN ('ru', 'kk', 'en')),
    created_at ${T} NOT NULL,
    password_changed_at ${T} NOT NULL,
    failed_attempts integer NOT NULL DEFAULT 0,
    locked_until ${T},
    last_login_at ${T}
  );
  -- Logins compare ignoring ASCII letter case, as SQLite's NOCASE does.
  CREATE UNIQUE INDEX users_by_login ON users (nadzor_nocase(login));

  CREATE TABLE imports (
    id integer PRIMARY KEY,
    file_name ${T},
    mode ${T} NOT NULL,
    started_at ${T} NOT NULL
  );

  CREATE TABLE audit_log (
    seq bigint PRIMARY KEY,
    at ${T} NOT NULL,
    actor ${T} NOT NULL,
    action ${T} NOT NULL,
    entity_type ${T} NOT NULL,
    entity_id ${T} NOT NULL,
    before_json ${T},
    after_json ${T},
    reason ${T},
    prev_hash ${T} NOT NULL,
    hash ${T} NOT NULL UNIQUE,
    import_id integer REFERENCES imports (id)
  );
  CREATE INDEX audit_by_entity ON audit_log (entity_type, entity_id, seq);
  CREATE INDEX audit_by_import ON audit_log (import_id) WHERE import_id IS NOT NULL;
  CREATE INDEX audit_by_actor ON audit_log (actor, seq);
  CREATE INDEX audit_by_time ON audit_log (at);
  CREATE INDEX audit_by_action ON audit_log (action, seq);`;

const functions = `
  -- SQLite's NOCASE: ASCII letters only, so a Cyrillic login is compared exactly as SQLite does.
  CREATE FUNCTION nadzor_nocase(value text) RETURNS text LANGUAGE sql IMMUTABLE STRICT
    RETURN translate(value, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz');

  -- Full years from a birth date (or a bare birth year) to the registration date; spec §3.
  CREATE FUNCTION nadzor_age(birth_date text, birth_year integer, registered_on text) RETURNS integer
    LANGUAGE sql IMMUTABLE
    RETURN CASE
      WHEN birth_date IS NOT NULL THEN
        substr(registered_on, 1, 4)::integer - substr(birth_date, 1, 4)::integer
        - CASE WHEN substr(registered_on, 6, 5) COLLATE "C" < substr(birth_date, 6, 5) COLLATE "C" THEN 1 ELSE 0 END
      WHEN birth_year IS NOT NULL THEN substr(registered_on, 1, 4)::integer - birth_year
    END;`;

/** A child row takes its case's registration date, district (and article, age) on every write. */
const childCopies = `
  CREATE FUNCTION nadzor_case_copies() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE c record;
  BEGIN
    SELECT registered_on, district_id, article_id INTO c FROM cases WHERE id = NEW.case_id;
    NEW.case_registered_on := c.registered_on;
    NEW.case_district_id := c.district_id;
    IF TG_TABLE_NAME = 'victims' THEN
      NEW.age := nadzor_age(NEW.birth_date, NEW.birth_year, c.registered_on);
    ELSIF TG_TABLE_NAME = 'defendants' THEN
      NEW.age := nadzor_age(NEW.birth_date, NULL, c.registered_on);
    ELSIF TG_TABLE_NAME = 'case_platforms' THEN
      NEW.case_article_id := c.article_id;
    END IF;
    RETURN NEW;
  END $$;
  CREATE TRIGGER victims_copies BEFORE INSERT OR UPDATE ON victims
    FOR EACH ROW EXECUTE FUNCTION nadzor_case_copies();
  CREATE TRIGGER defendants_copies BEFORE INSERT OR UPDATE ON defendants
    FOR EACH ROW EXECUTE FUNCTION nadzor_case_copies();
  CREATE TRIGGER case_platforms_copies BEFORE INSERT OR UPDATE ON case_platforms
    FOR EACH ROW EXECUTE FUNCTION nadzor_case_copies();
  CREATE TRIGGER case_tactics_copies BEFORE INSERT OR UPDATE ON case_tactics
    FOR EACH ROW EXECUTE FUNCTION nadzor_case_copies();

  -- A case whose date, district or article changes refreshes its children's copies.
  CREATE FUNCTION nadzor_case_changed() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    UPDATE victims SET case_id = case_id WHERE case_id = NEW.id;
    UPDATE defendants SET case_id = case_id WHERE case_id = NEW.id;
    UPDATE case_platforms SET case_id = case_id WHERE case_id = NEW.id;
    UPDATE case_tactics SET case_id = case_id WHERE case_id = NEW.id;
    RETURN NULL;
  END $$;
  CREATE TRIGGER cases_copies AFTER UPDATE OF registered_on, district_id, article_id ON cases
    FOR EACH ROW EXECUTE FUNCTION nadzor_case_changed();

  -- The trail is append-only for the application; a change made around it is caught by audit verify.
  CREATE FUNCTION nadzor_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
  END $$;
  CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION nadzor_append_only();
  CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION nadzor_append_only();`;

export const pgMigration001: PgMigration = {
  version: 1,
  name: 'schema',
  up: async (client) => {
    await client.query(functions);
    await client.query(tables);
    await client.query(childCopies);
  },
};
