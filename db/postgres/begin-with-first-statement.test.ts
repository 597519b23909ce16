import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { inTransaction } from './locked-transaction';
import { usePgDatabase } from './testing/test-database';

/*
 * A write's transaction sends BEGIN with its first statement (locked-transaction.ts): whatever that
 * statement is, the transaction is still one, all or nothing, and the connection goes back to the pool
 * as it came.
 */
describe('a transaction begun with its first statement', () => {
  const database = usePgDatabase();
  let pool: pg.Pool;

  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: database(), max: 1 });
    await pool.query('CREATE TABLE notes (id integer PRIMARY KEY, text text NOT NULL)');
  });
  afterAll(async () => {
    await pool.end();
  });

  const run = <T>(fn: (client: pg.PoolClient) => Promise<T>) =>
    inTransaction(pool, fn, () => undefined, false);
  const notes = async () =>
    (await pool.query<{ id: number; text: string }>('SELECT id, text FROM notes ORDER BY id')).rows;
  /** The statements `fn` sends, as sent. */
  async function sentBy(fn: () => Promise<unknown>): Promise<string[]> {
    const spy = vi.spyOn(pg.Client.prototype, 'query');
    try {
      await fn();
      return spy.mock.calls.map(([first]) =>
        typeof first === 'string' ? first : (first as pg.QueryConfig).text,
      );
    } finally {
      spy.mockRestore();
    }
  }
  const fails = new Error('the write fails after its first statement');

  it('sends BEGIN with a first statement without parameters, and answers it as that statement alone', async () => {
    let one: unknown;
    let two: unknown;
    const sent = await sentBy(() =>
      run(async (client) => {
        one = (await client.query("INSERT INTO notes VALUES (1, 'one') RETURNING id")).rows;
        two = ((await client.query('SELECT 2 AS a; SELECT 3 AS b')) as unknown as pg.QueryResult[]).map(
          (result): unknown[] => result.rows,
        );
      }),
    );
    expect(sent).toEqual([
      "BEGIN; INSERT INTO notes VALUES (1, 'one') RETURNING id",
      'SELECT 2 AS a; SELECT 3 AS b',
      'COMMIT',
    ]);
    expect(one).toEqual([{ id: 1 }]);
    expect(two).toEqual([[{ a: 2 }], [{ b: 3 }]]);
    expect(await notes()).toEqual([{ id: 1, text: 'one' }]);
  });

  it('rolls back a first statement begun with it, and one with parameters after a BEGIN of its own', async () => {
    for (const first of [
      (client: pg.PoolClient) => client.query("INSERT INTO notes VALUES (2, 'two')"),
      (client: pg.PoolClient) => client.query('INSERT INTO notes VALUES ($1, $2)', [3, 'three']),
      (client: pg.PoolClient) =>
        client.query({ name: 'note', text: 'INSERT INTO notes VALUES ($1, $2)', values: [4, 'four'] }),
    ]) {
      const sent = await sentBy(() =>
        expect(
          run(async (client) => {
            await first(client);
            throw fails;
          }),
        ).rejects.toBe(fails),
      );
      expect(sent.at(-1)).toBe('ROLLBACK');
      expect(sent[0]).toMatch(/^BEGIN/);
    }
    expect(await notes()).toEqual([{ id: 1, text: 'one' }]);
  });

  it('leaves the connection as it came when the first statement fails, or when none is sent', async () => {
    await expect(run((client) => client.query('SELECT no_such_column FROM notes'))).rejects.toThrow(
      /no_such_column/,
    );
    expect(await run(() => Promise.resolve('nothing sent'))).toBe('nothing sent');
    // The pool's one connection: its own query again, outside any transaction.
    const client = await pool.connect();
    try {
      expect(Object.prototype.hasOwnProperty.call(client, 'query')).toBe(false);
      expect((await client.query<{ one: number }>('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
      // Not inside a transaction left open: a lone statement commits by itself.
      await client.query("INSERT INTO notes VALUES (5, 'five')");
    } finally {
      client.release();
    }
    expect((await notes()).map(({ id }) => id)).toEqual([1, 5]);
  });
});
