import type { PgMigration } from './migration';

/*
 * Signed-in sessions in the database, so that every office server on it answers every client and a
 * sign-out (or a disabled user) ends the session on all of them. Only a SHA-256 hash of each token is
 * kept: whoever reads the table (a backup, a replica) learns nothing they could sign in with.
 */
export const pgMigration004: PgMigration = {
  version: 4,
  name: 'sessions',
  up: async (client) => {
    await client.query(`
      CREATE TABLE sessions (
        token_hash bytea PRIMARY KEY CHECK (length(token_hash) = 32),
        user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        last_activity_ms bigint NOT NULL,
        locked boolean NOT NULL DEFAULT false
      );
      CREATE INDEX sessions_by_user ON sessions (user_id);
    `);
  },
};
