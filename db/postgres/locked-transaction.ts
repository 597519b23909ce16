import type pg from 'pg';
import { WRITE_LOCK } from './audit';

/**
 * Runs `fn` in one transaction of a pooled connection that holds the write lock from its start: every
 * writer, on any connection or server, waits for it, and sees all of it or nothing (the copy of a
 * whole SQLite file). `released` runs before the connection goes back to the pool.
 */
export const inLockedTransaction = <T>(
  pool: pg.Pool,
  fn: (client: pg.PoolClient) => Promise<T>,
  released: (client: pg.PoolClient) => void = () => undefined,
): Promise<T> => inTransaction(pool, fn, released, true);

/**
 * Runs `fn` in one transaction of a pooled connection, taking the write lock first when `lockFirst`
 * (else `fn` takes it when it appends to the trail, store.ts). `released` runs before the connection
 * goes back to the pool (the store forgets what it cached for it). `commit` ends the transaction once
 * `fn` is done (the store's sends its last entries with the COMMIT).
 */
export async function inTransaction<T>(
  pool: pg.Pool,
  fn: (client: pg.PoolClient) => Promise<T>,
  released: (client: pg.PoolClient) => void,
  lockFirst: boolean,
  commit: (client: pg.PoolClient) => Promise<unknown> = (client) => client.query('COMMIT'),
): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  try {
    // One round trip for both (a constant, so no parameter is needed): the lock is held from here on,
    // and every round trip while it is held is one more that each waiting writer waits for.
    await client.query(lockFirst ? `BEGIN; SELECT pg_advisory_xact_lock(${WRITE_LOCK})` : 'BEGIN');
    const result = await fn(client);
    await commit(client);
    return result;
  } catch (error) {
    try {
      await client.query('ROLLBACK');
    } catch {
      broken = true;
    }
    throw error;
  } finally {
    released(client);
    // A connection that could not even roll back is dropped, not returned to the pool.
    client.release(broken);
  }
}
