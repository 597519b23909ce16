import type { PgMigration } from './migration';

/** Each case's version, as SQLite's migration 008 adds it: 1 when created, one more with every write. */
export const pgMigration003: PgMigration = {
  version: 3,
  name: 'case-versions',
  up: async (client) => {
    await client.query(
      'ALTER TABLE cases ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version >= 1)',
    );
  },
};
