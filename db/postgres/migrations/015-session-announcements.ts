import type { PgMigration } from './migration';

/*
 * Every call of an office client looked its session and its user up in the database: three of the
 * thirteen statements of a client's loop under load (docs/scale.md). A server now keeps the sessions it
 * has read (db/postgres/session-cache.ts) and drops one as soon as it is told that it changed. These
 * triggers tell every server, whoever made the change (another server, the command line, a cascade):
 * on `nadzor_sessions`, `session:<token hash in hex>` when a session is locked, unlocked or ended, and
 * `user:<id>` when its user's row changes or goes. A session's note of activity (only
 * `last_activity_ms` changing) is not announced: it changes every few seconds and decides nothing a
 * server keeps (a server that finds a kept session idle reads it again before locking it). Like every
 * announcement, these are delivered only once the change commits.
 */
export const pgMigration015: PgMigration = {
  version: 15,
  name: 'session-announcements',
  up: async (client) => {
    await client.query(`
      CREATE FUNCTION nadzor_announce_session() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('nadzor_sessions', 'session:' || encode(OLD.token_hash, 'hex'));
        RETURN NULL;
      END $$;
      CREATE TRIGGER sessions_locked_announced AFTER UPDATE ON sessions
        FOR EACH ROW WHEN (OLD.locked IS DISTINCT FROM NEW.locked OR OLD.user_id IS DISTINCT FROM NEW.user_id)
        EXECUTE FUNCTION nadzor_announce_session();
      CREATE TRIGGER sessions_ended_announced AFTER DELETE ON sessions
        FOR EACH ROW EXECUTE FUNCTION nadzor_announce_session();

      CREATE FUNCTION nadzor_announce_user() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('nadzor_sessions', 'user:' || OLD.id);
        RETURN NULL;
      END $$;
      CREATE TRIGGER users_changed_announced AFTER UPDATE OR DELETE ON users
        FOR EACH ROW EXECUTE FUNCTION nadzor_announce_user();
    `);
  },
};
