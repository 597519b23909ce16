import type { PoolClient } from 'pg';

/** A PostgreSQL migration: numbered like the SQLite ones (db/migrations), run inside one transaction. */
export interface PgMigration {
  version: number;
  name: string;
  up(client: PoolClient): Promise<void>;
}
