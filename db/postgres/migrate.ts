import type { Pool } from 'pg';
import { DatabaseOpenError } from '../open-errors';
import type { PgMigration } from './migrations/migration';
import { pgMigrations } from './migrations';

/** Serialises migrations of one database: two servers starting at once do not both migrate it. */
const MIGRATE_LOCK = 0x4e445a52;

/**
 * Brings a PostgreSQL database up to the last migration, all pending steps in one transaction, the
 * version kept in `nadzor_schema`. A database of a newer Nadzor, or one holding tables that are not
 * Nadzor's, is refused before anything is changed.
 */
export async function migratePg(pool: Pool, list: readonly PgMigration[] = pgMigrations): Promise<number> {
  list.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new Error(`migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
  const latest = list.length;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATE_LOCK]);
    const marked = (
      await client.query<{ marked: boolean }>(`SELECT to_regclass('nadzor_schema') IS NOT NULL AS marked`)
    ).rows[0]!.marked;
    let current = 0;
    if (marked) {
      current =
        (await client.query<{ version: number }>('SELECT version FROM nadzor_schema')).rows[0]?.version ?? 0;
    } else {
      const { n } = (
        await client.query(
          `SELECT count(*) AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
           WHERE s.nspname = current_schema() AND c.relkind IN ('r', 'v', 'm', 'p')`,
        )
      ).rows[0] as { n: number };
      if (Number(n) > 0) throw DatabaseOpenError.notNadzor();
      await client.query('CREATE TABLE nadzor_schema (version integer NOT NULL)');
      await client.query('INSERT INTO nadzor_schema (version) VALUES (0)');
    }
    if (current > latest) throw DatabaseOpenError.tooNew(current, latest);
    for (const m of list.slice(current)) await m.up(client);
    if (latest > current) await client.query('UPDATE nadzor_schema SET version = $1', [latest]);
    await client.query('COMMIT');
    return latest;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
