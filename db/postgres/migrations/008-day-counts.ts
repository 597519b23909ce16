import type { PgMigration } from './migration';

/*
 * The cases of each stage registered on each day, kept by triggers as migration 005 keeps them per
 * district: a list filtered by registration dates and stage alone (the overdue investigations, a year,
 * a stage) is counted over a few thousand days instead of its cases. The overdue list counted 140–200
 * thousand entries of cases_by_stage on every first page (57–280 ms at a million cases, by the
 * machine's load), against a sum of some 3 600 rows here.
 */
export const pgMigration008: PgMigration = {
  version: 8,
  name: 'day-counts',
  up: async (client) => {
    await client.query(`
      CREATE TABLE case_day_counts (
        stage text COLLATE "C" NOT NULL,
        registered_on text COLLATE "C" NOT NULL,
        cases bigint NOT NULL CHECK (cases >= 0),
        PRIMARY KEY (stage, registered_on)
      );
      INSERT INTO case_day_counts (stage, registered_on, cases)
        SELECT stage, registered_on, count(*) FROM cases GROUP BY stage, registered_on;

      CREATE FUNCTION nadzor_count_day_cases() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('DELETE', 'UPDATE') THEN
          UPDATE case_day_counts SET cases = cases - 1
            WHERE stage = OLD.stage AND registered_on = OLD.registered_on;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          INSERT INTO case_day_counts (stage, registered_on, cases) VALUES (NEW.stage, NEW.registered_on, 1)
            ON CONFLICT (stage, registered_on) DO UPDATE SET cases = case_day_counts.cases + 1;
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER cases_day_count_insert_delete AFTER INSERT OR DELETE ON cases
        FOR EACH ROW EXECUTE FUNCTION nadzor_count_day_cases();
      CREATE TRIGGER cases_day_count_update AFTER UPDATE OF stage, registered_on ON cases
        FOR EACH ROW WHEN ((OLD.stage, OLD.registered_on) IS DISTINCT FROM (NEW.stage, NEW.registered_on))
        EXECUTE FUNCTION nadzor_count_day_cases();
    `);
  },
};
