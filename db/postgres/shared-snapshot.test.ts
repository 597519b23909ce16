import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { oneAtATime, SnapshotHelpers } from './shared-snapshot';
import { together, type Queryable } from './sql';
import { usePgDatabase } from './testing/test-database';

/*
 * A snapshot shared by several connections (shared-snapshot.ts): queries sent together run on
 * different connections, every one of them sees what the first connection's snapshot sees, and the
 * helpers go back to their pool when it ends, whatever happened.
 */
describe('a snapshot shared with helper connections', () => {
  const database = usePgDatabase();
  let pool: pg.Pool;
  let helperPool: pg.Pool;
  let helpers: SnapshotHelpers;
  let first: pg.PoolClient;

  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: database(), max: 3 });
    await pool.query('CREATE TABLE notes (id integer PRIMARY KEY)');
    await pool.query('INSERT INTO notes SELECT generate_series(1, 10)');
  });
  afterAll(async () => {
    await pool.end();
  });
  beforeEach(async () => {
    helperPool = new pg.Pool({ connectionString: database(), max: 2 });
    helpers = new SnapshotHelpers(helperPool);
    first = await pool.connect();
    await first.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  });
  afterEach(async () => {
    await first.query('COMMIT');
    first.release();
    await helpers.end();
  });

  const pidOf = async (db: Queryable) =>
    (await db.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
  const countOf = async (db: Queryable) =>
    (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM notes')).rows[0]!.n;

  it('runs queries sent together on three connections, the first one among them', async () => {
    const own = await pidOf(first);
    const shared = await helpers.share(first);
    const pids = await together(pidOf(shared.db), pidOf(shared.db), pidOf(shared.db));
    await shared.close();
    expect(new Set(pids).size).toBe(3);
    expect(pids[0]).toBe(own);
  });

  it('shows every helper what the first connection saw, not what was committed since', async () => {
    expect(await countOf(first)).toBe(10);
    await pool.query('INSERT INTO notes VALUES (11)');
    try {
      const shared = await helpers.share(first);
      const counts = await together(...Array.from({ length: 6 }, () => countOf(shared.db)));
      await shared.close();
      expect(counts).toEqual([10, 10, 10, 10, 10, 10]);
      expect(await countOf(pool)).toBe(11);
    } finally {
      await pool.query('DELETE FROM notes WHERE id = 11');
    }
  });

  it('lends its helpers to one snapshot at a time: another counts on its own connection meanwhile', async () => {
    const shared = await helpers.share(first);
    const other = await pool.connect();
    try {
      await other.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const alone = await helpers.share(other);
      const pids = await together(pidOf(alone.db), pidOf(alone.db), pidOf(alone.db));
      expect(pids).toEqual(Array(3).fill(await pidOf(other)));
      await alone.close();
      await other.query('COMMIT');
    } finally {
      other.release();
    }
    await shared.close();
    const again = await helpers.share(first);
    const pids = await together(pidOf(again.db), pidOf(again.db), pidOf(again.db));
    await again.close();
    expect(new Set(pids).size).toBe(3);
  });

  it('gives its helpers back when it ends, even after a failed query, and refuses queries after that', async () => {
    const shared = await helpers.share(first);
    await expect(
      together(countOf(shared.db), shared.db.query('SELECT * FROM no_such_table'), countOf(shared.db)),
    ).rejects.toThrow(/no_such_table/);
    await shared.close();
    expect(helperPool.idleCount).toBe(2);
    expect(helperPool.totalCount).toBe(2);
    await expect(countOf(shared.db)).rejects.toThrow(/has ended/);
    // Given back outside any transaction: the next snapshot's helpers begin their own.
    const next = await helpers.share(first);
    expect(await together(countOf(next.db), countOf(next.db), countOf(next.db))).toEqual([10, 10, 10]);
    await next.close();
  });

  it('counts on the first connection alone when no helper can connect', async () => {
    const unreachable = new pg.Pool({ connectionString: 'postgresql://nobody@127.0.0.1:1/none', max: 2 });
    const cut = new SnapshotHelpers(unreachable);
    try {
      const shared = await cut.share(first);
      const own = await pidOf(first);
      expect(await together(pidOf(shared.db), pidOf(shared.db))).toEqual([own, own]);
      await shared.close();
    } finally {
      await cut.end();
    }
  });
});

describe('queries sent together to one connection', () => {
  const database = usePgDatabase();

  it('go one after another, each answered with its own result', async () => {
    const client = new pg.Client({ connectionString: database() });
    await client.connect();
    try {
      let running = 0;
      let most = 0;
      const watched: Queryable = {
        async query(text, values) {
          most = Math.max(most, ++running);
          try {
            return await client.query(text, values);
          } finally {
            running--;
          }
        },
      };
      const db = oneAtATime(watched);
      const numbers = await together(
        ...[1, 2, 3, 4].map(
          async (n) => (await db.query<{ n: number }>('SELECT $1::int AS n', [n])).rows[0]!.n,
        ),
      );
      expect(numbers).toEqual([1, 2, 3, 4]);
      expect(most).toBe(1);
    } finally {
      await client.end();
    }
  });
});
