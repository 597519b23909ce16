import type { PgMigration } from './migration';

/*
 * New rows take their ids from sequences, not from the highest id plus one: reading the highest id is
 * only safe while no other writer can insert, so it had to run under the write lock, and an edit held
 * that lock for all its row writes. A sequence hands out ids to concurrent writers without waiting, so
 * the rows are written before the lock is taken and only the audit append is serialised (store.ts).
 * Each sequence starts after the table's highest id, as SQLite's next rowid would.
 */
const TABLES = [
  'districts',
  'articles',
  'platforms',
  'tactics',
  'cases',
  'victims',
  'defendants',
  'monitored_persons',
  'users',
  'imports',
];

export const pgMigration009: PgMigration = {
  version: 9,
  name: 'id-sequences',
  up: async (client) => {
    for (const table of TABLES) {
      await client.query(`CREATE SEQUENCE ${table}_id_seq AS integer OWNED BY ${table}.id`);
      await client.query(`ALTER TABLE ${table} ALTER COLUMN id SET DEFAULT nextval('${table}_id_seq')`);
    }
    await client.query(
      `SELECT ${TABLES.map((t) => `setval('${t}_id_seq', coalesce((SELECT max(id) FROM ${t}), 0) + 1, false)`).join(', ')}`,
    );
  },
};
