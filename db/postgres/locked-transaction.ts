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
    if (lockFirst) await client.query(`BEGIN; SELECT pg_advisory_xact_lock(${WRITE_LOCK})`);
    else beginWithFirstStatement(client);
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
    sendsBeginNoMore(client);
    released(client);
    // A connection that could not even roll back is dropped, not returned to the pool.
    client.release(broken);
  }
}

/**
 * Makes `client`'s next statement begin the transaction: a text without parameters is sent as
 * `BEGIN; <text>` in one message, and answered as the text alone; anything else (parameters, a
 * prepared statement, a COPY) is sent after a BEGIN of its own, queued before it. A write so saves a
 * round trip of its own for BEGIN: each one costs the office server a system call and PostgreSQL a
 * wake-up, as much as a short statement (docs/scale.md). The client's own query is back from then on.
 */
function beginWithFirstStatement(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const first = (...args: unknown[]) => {
    sendsBeginNoMore(client);
    const [text, values, callback] = args;
    if (typeof text === 'string' && values === undefined && callback === undefined)
      return (query(`BEGIN; ${text}`) as Promise<pg.QueryResult | pg.QueryResult[]>).then(withoutBegin);
    // pg sends its queries one after another, in the order they are asked for.
    void (query('BEGIN') as Promise<unknown>).catch(() => undefined);
    return query(...args);
  };
  Object.defineProperty(client, 'query', { value: first, configurable: true, writable: true });
}

/** Gives `client` its own query back, whether or not a statement was sent through the one above. */
function sendsBeginNoMore(client: pg.PoolClient): void {
  if (Object.prototype.hasOwnProperty.call(client, 'query')) Reflect.deleteProperty(client, 'query');
}

/** The answer to `BEGIN; <text>` as the answer to the text alone: one result, or one per statement. */
function withoutBegin(results: pg.QueryResult | pg.QueryResult[]): pg.QueryResult | pg.QueryResult[] {
  if (!Array.isArray(results)) return results;
  const rest = results.slice(1);
  return rest.length === 1 ? rest[0]! : rest;
}
