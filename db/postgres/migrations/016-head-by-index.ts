import type { PgMigration } from './migration';

/*
 * nadzor_append_entries (migration 014) reads the trail's head under the write lock, by
 * `ORDER BY seq DESC LIMIT 1`. PL/pgSQL plans that once per connection and keeps the plan; planned
 * while the trail was small (a new office's, or one whose statistics lagged behind it), the plan read
 * the whole trail and sorted it, at every write, for as long as the connection lived, while holding the
 * lock every other writer waits for (docs/benchmarks.md). Without sequential scans in the function, the
 * head is read by the primary key's index whatever the statistics say.
 */
export const pgMigration016: PgMigration = {
  version: 16,
  name: 'head-by-index',
  up: async (client) => {
    await client.query(`
      ALTER FUNCTION nadzor_append_entries(bigint, text, text[], text[], text[], text[], text[], text[],
        text[], text[], text[], text[], text[], integer[])
        SET enable_seqscan = off
    `);
  },
};
