import type pg from 'pg';
import { WRITE_LOCK } from './audit';

/**
 * Runs `fn` in one transaction of a pooled connection that holds the write lock: every writer, on any
 * connection or server, waits for it, and sees all of it or nothing. `released` runs before the
 * connection goes back to the pool (the store forgets what it cached for it).
 */
export async function inLockedTransaction<T>(
  pool: pg.Pool,
  fn: (client: pg.PoolClient) => Promise<T>,
  released: (client: pg.PoolClient) => void = () => undefined,
): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  try {
    // One round trip for both (a constant, so no parameter is needed): the lock is held from here on,
    // and every round trip while it is held is one more that each waiting writer waits for.
    await client.query(`BEGIN; SELECT pg_advisory_xact_lock(${WRITE_LOCK})`);
    const result = await fn(client);
    await client.query('COMMIT');
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
