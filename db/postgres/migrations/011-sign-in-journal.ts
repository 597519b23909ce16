import type { PgMigration } from './migration';

/*
 * The sign-in journal, as SQLite's migration 009 makes it: every sign-in attempt with its time, the
 * login typed and how it ended, outside the audit trail, on every office server alike.
 */
export const pgMigration011: PgMigration = {
  version: 11,
  name: 'sign-in-journal',
  up: async (client) => {
    await client.query(`
      CREATE TABLE sign_in_journal (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at text NOT NULL,
        login text NOT NULL,
        outcome text NOT NULL CHECK (outcome IN
          ('signedIn', 'wrongPassword', 'unknownLogin', 'lockedOut', 'whileLocked', 'disabled')),
        user_id integer
      );
    `);
  },
};
