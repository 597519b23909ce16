import type { PgMigration } from './migration';

/*
 * The search box's matches read from narrow copies kept in search order, as SQLite's search indexes
 * carry each case's registration date (its migration 006): the number's trigrams and the name's words
 * find rows that hold the case's id and date themselves, so the matches are counted and the newest page
 * picked without reading a case or a defendant. Each copy is filled in the order its searches hit
 * (numbers by number, names by name, so a number prefix or a surname lies on a few hundred
 * neighbouring pages): through the cases and defendants tables, the rechecks read 13–19 thousand
 * scattered pages, 326 ms for a number prefix and 571 ms for a common surname at a million cases,
 * against some 30–40 ms here. Triggers keep both copies in step in the same transaction as the change.
 */
export const pgMigration007: PgMigration = {
  version: 7,
  name: 'search-order',
  up: async (client) => {
    await client.query(`
      CREATE TABLE case_search_numbers (
        case_id integer PRIMARY KEY,
        registered_on text COLLATE "C" NOT NULL,
        registry_number text COLLATE "C" NOT NULL
      );
      INSERT INTO case_search_numbers (case_id, registered_on, registry_number)
        SELECT id, registered_on, registry_number FROM cases ORDER BY registry_number;
      CREATE INDEX case_search_numbers_trigrams ON case_search_numbers
        USING gin (registry_number gin_trgm_ops);

      CREATE TABLE case_search_names (
        defendant_id integer PRIMARY KEY,
        case_id integer NOT NULL,
        registered_on text COLLATE "C" NOT NULL,
        full_name text COLLATE "C" NOT NULL
      );
      INSERT INTO case_search_names (defendant_id, case_id, registered_on, full_name)
        SELECT id, case_id, case_registered_on, full_name FROM defendants
        WHERE full_name IS NOT NULL ORDER BY full_name;
      CREATE INDEX case_search_names_words ON case_search_names
        USING gin (nadzor_name_words(full_name));

      CREATE FUNCTION nadzor_search_number() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          DELETE FROM case_search_numbers WHERE case_id = OLD.id;
        ELSE
          INSERT INTO case_search_numbers (case_id, registered_on, registry_number)
            VALUES (NEW.id, NEW.registered_on, NEW.registry_number)
            ON CONFLICT (case_id) DO UPDATE
            SET registered_on = EXCLUDED.registered_on, registry_number = EXCLUDED.registry_number;
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER cases_search_number AFTER INSERT OR DELETE OR UPDATE OF registry_number, registered_on
        ON cases FOR EACH ROW EXECUTE FUNCTION nadzor_search_number();

      -- A case's new date reaches its defendants' case_registered_on (nadzor_case_changed), and so here.
      CREATE FUNCTION nadzor_search_name() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          DELETE FROM case_search_names WHERE defendant_id = OLD.id;
        END IF;
        IF TG_OP <> 'DELETE' AND NEW.full_name IS NOT NULL THEN
          INSERT INTO case_search_names (defendant_id, case_id, registered_on, full_name)
            VALUES (NEW.id, NEW.case_id, NEW.case_registered_on, NEW.full_name);
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER defendants_search_name AFTER INSERT OR DELETE OR UPDATE ON defendants
        FOR EACH ROW EXECUTE FUNCTION nadzor_search_name();
    `);
  },
};
