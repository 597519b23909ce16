import type { PgMigration } from './migration';

/*
 * The year's statistics kept once computed (db/postgres/stats-results.ts): at a million cases they
 * read some twenty index ranges of 70–110 thousand entries each, about a second, for figures that
 * only change when data of that year (or of the year before, which the figures compare with) does.
 *
 * Each write records, in the same transaction, which years' data it changed: the year of every date
 * a statistic counts by (spec §3), on the rows before and after the change, in `stats_changes`
 * (scope '2024' → a number drawn for that write at its commit). A change of the district, platform and tactic
 * names the figures show is scope 'names'. A stored result carries the numbers of its year, the year
 * before and the names as it saw them; it is used only while they are still the current ones, so a
 * result computed while a write commits is never taken for the newer data.
 *
 * A date is a year's when it starts with that year: '2024-01-01' ≤ d ≤ '2024-12-31' (byte order)
 * holds only for text beginning '2024-', so left(d, 4) finds it whatever else the text holds.
 *
 * The triggers are per statement, over the statement's rows: an import's multi-row INSERT records
 * its years once, not once a row.
 *
 * When a year must be computed, its group crimes are counted from an index of their own.
 */

/** The date columns each table's rows are counted by, in any figure. */
const countedDates: Record<string, string[]> = {
  cases: ['registered_on', 'forwarded_to_court_on'],
  defendants: ['case_registered_on', 'convicted_on', 'acquitted_on', 'sentenced_on'],
  victims: ['case_registered_on'],
  case_platforms: ['case_registered_on'],
  case_tactics: ['case_registered_on'],
};

const yearsOf = (table: string, transition: string) =>
  countedDates[table]!.map((column) => `SELECT left(${column}, 4) FROM ${transition}`).join(' UNION ');

const rowTriggers = (table: string) => `
  CREATE FUNCTION nadzor_stats_${table}_changed() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      PERFORM nadzor_stats_changed(ARRAY(${yearsOf(table, 'new_rows')}));
    ELSIF TG_OP = 'DELETE' THEN
      PERFORM nadzor_stats_changed(ARRAY(${yearsOf(table, 'old_rows')}));
    ELSE
      PERFORM nadzor_stats_changed(ARRAY(${yearsOf(table, 'new_rows')} UNION ${yearsOf(table, 'old_rows')}));
    END IF;
    RETURN NULL;
  END $$;
  CREATE TRIGGER ${table}_stats_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION nadzor_stats_${table}_changed();
  CREATE TRIGGER ${table}_stats_update AFTER UPDATE ON ${table}
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION nadzor_stats_${table}_changed();
  CREATE TRIGGER ${table}_stats_delete AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION nadzor_stats_${table}_changed();`;

const nameTriggers = (table: string) => `
  CREATE TRIGGER ${table}_stats_names AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
    FOR EACH STATEMENT EXECUTE FUNCTION nadzor_stats_names_changed();`;

export const pgMigration010: PgMigration = {
  version: 10,
  name: 'stored-statistics',
  up: async (client) => {
    await client.query(`
      -- The group crimes of a year (and district) counted from the index alone: the one figure the
      -- other indexes do not cover, it read every case of the year from the table.
      CREATE INDEX cases_group_crimes ON cases (registered_on, district_id) WHERE group_crime = 1;

      CREATE SEQUENCE stats_change_numbers;
      CREATE TABLE stats_changes (
        scope text PRIMARY KEY,
        change bigint NOT NULL
      );
      CREATE TABLE stats_results (
        year integer NOT NULL,
        district_id integer NOT NULL, -- 0: the whole region
        stamp text COLLATE "C" NOT NULL,
        figures text NOT NULL,
        PRIMARY KEY (year, district_id)
      );

      -- The scopes a transaction changes are gathered as it goes, in a setting of its own (no lock),
      -- and numbered once, at its commit: a number drawn at the first statement would lock the year's
      -- row until the commit, and every other writer of that year (nearly every edit of the current
      -- year) would wait for the whole of the first one's transaction. At the commit, writers hold the
      -- trail's write lock already (db/postgres/store.ts), so numbering adds no wait of its own.
      CREATE TABLE stats_pending (xid xid8 PRIMARY KEY DEFAULT pg_current_xact_id());
      CREATE FUNCTION nadzor_stats_changed(scopes text[]) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        known text[] := string_to_array(nullif(current_setting('nadzor.stats_scopes', true), ''), ',');
      BEGIN
        IF known IS NULL THEN
          INSERT INTO stats_pending DEFAULT VALUES ON CONFLICT DO NOTHING;
        END IF;
        PERFORM set_config('nadzor.stats_scopes', array_to_string(ARRAY(
          SELECT DISTINCT u.scope FROM unnest(coalesce(known, '{}') || scopes) AS u (scope)
          WHERE u.scope IS NOT NULL ORDER BY 1), ','), true);
      END $$;
      -- A new number for each scope, in key order (so two commits never wait on each other crosswise).
      CREATE FUNCTION nadzor_stats_number() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO stats_changes (scope, change)
          SELECT u.scope, nextval('stats_change_numbers')
          FROM (SELECT scope FROM unnest(string_to_array(
            nullif(current_setting('nadzor.stats_scopes', true), ''), ',')) AS s (scope) ORDER BY 1) u
        ON CONFLICT (scope) DO UPDATE SET change = EXCLUDED.change;
        DELETE FROM stats_pending WHERE xid = NEW.xid;
        PERFORM set_config('nadzor.stats_scopes', '', true);
        RETURN NULL;
      END $$;
      CREATE CONSTRAINT TRIGGER stats_pending_number AFTER INSERT ON stats_pending
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION nadzor_stats_number();
      CREATE FUNCTION nadzor_stats_names_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM nadzor_stats_changed(ARRAY['names']);
        RETURN NULL;
      END $$;
      ${Object.keys(countedDates).map(rowTriggers).join('\n')}
      ${['districts', 'platforms', 'tactics'].map(nameTriggers).join('\n')}
    `);
  },
};
