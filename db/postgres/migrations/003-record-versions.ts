import type { PgMigration } from './migration';

/** Each case's and register person's version, as SQLite's migration 008 adds it: 1, then +1 per write. */
export const pgMigration003: PgMigration = {
  version: 3,
  name: 'record-versions',
  up: async (client) => {
    await client.query(`
      ALTER TABLE cases ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version >= 1);
      ALTER TABLE monitored_persons ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version >= 1);
    `);
  },
};
