import type { PgMigration } from './migration';

/*
 * The list's search box with PostgreSQL's own means:
 * - any part of a registry number (three characters or more): a pg_trgm index answers ILIKE '%…%',
 *   as SQLite's trigram FTS5 table does (both ignore letter case);
 * - the start of any word of a defendant's name: a text search vector of the name ('simple': no
 *   stemming, lower case), queried with prefix terms.
 */
export const pgMigration002: PgMigration = {
  version: 2,
  name: 'search',
  up: async (client) => {
    await client.query(`
      CREATE EXTENSION IF NOT EXISTS pg_trgm;
      CREATE INDEX cases_number_trigrams ON cases USING gin (registry_number gin_trgm_ops);
      -- Lower case by ICU's root locale, not the server's: the same words whatever locale the database has.
      CREATE FUNCTION nadzor_name_words(full_name text) RETURNS tsvector LANGUAGE sql IMMUTABLE
        RETURN to_tsvector('simple', lower(coalesce(full_name, '') COLLATE "und-x-icu"));
      CREATE INDEX defendants_name_words ON defendants USING gin (nadzor_name_words(full_name));
    `);
  },
};
