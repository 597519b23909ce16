import type { PgMigration } from './migration';

/*
 * A case is edited many times over its life (its stage, its damage, its parties), and its row has
 * twelve indexes, a trigram one among them. PostgreSQL writes an edit that changes no indexed column
 * as a heap-only update, touching none of them, only when the new version fits on the row's own page;
 * cases filled their pages whole, so nearly every edit wrote a new entry in all twelve (0.40 ms of
 * PostgreSQL's time per edit against 0.22 ms, docs/benchmarks.md). Every page now keeps a tenth free
 * for the edits of its rows: the cases already stored are rewritten so, once, with their indexes
 * (CLUSTER runs inside the migration's transaction, where VACUUM FULL cannot; by id, their order).
 */
export const pgMigration017: PgMigration = {
  version: 17,
  name: 'room-for-edits',
  up: async (client) => {
    await client.query('ALTER TABLE cases SET (fillfactor = 90)');
    await client.query('CLUSTER cases USING cases_pkey');
  },
};
