import type pg from 'pg';
import type { Queryable } from './sql';

/** What `pg_export_snapshot()` returns (e.g. `00000003-0000001B-1`), checked before it enters a statement. */
const SNAPSHOT_ID = /^[0-9A-F]+(-[0-9A-F]+)+$/i;

/** Connections of one snapshot, the first the caller's, queried by whichever is free. */
export interface SharedSnapshot {
  readonly db: Queryable;
  /** Ends the helpers' transactions and gives their connections back; the first stays the caller's. */
  close(): Promise<void>;
}

/**
 * Queries of one read-only snapshot spread over several connections, so that a dozen independent
 * counts (the year's statistics) run side by side on PostgreSQL's cores instead of one after another.
 * The caller's connection is in a REPEATABLE READ transaction; it exports its snapshot
 * (`pg_export_snapshot`), and each helper begins a transaction on that same snapshot (`SET TRANSACTION
 * SNAPSHOT`), so every query sees exactly what the caller's sees. The helpers are a pool of their own,
 * lent to one caller at a time: another caller meanwhile counts on its own connection alone, as before,
 * and nobody ever waits for a helper. A helper that cannot join is given back and the others carry on.
 */
export class SnapshotHelpers {
  private lent = false;

  constructor(private readonly pool: pg.Pool) {}

  async share(first: pg.ClientBase): Promise<SharedSnapshot> {
    if (this.lent) return alone(first);
    this.lent = true;
    try {
      // A standby (a replica serving reports) cannot export a snapshot: there `first` counts alone.
      const exported = await first.query<{ id: string | null }>(
        'SELECT CASE WHEN pg_is_in_recovery() THEN NULL ELSE pg_export_snapshot() END AS id',
      );
      const id = exported.rows[0]?.id;
      // Checked before it is written into the helpers' statement (it comes from PostgreSQL itself).
      if (!id || !SNAPSHOT_ID.test(id)) {
        this.lent = false;
        return alone(first);
      }
      const size = this.pool.options.max ?? 1;
      const joined = (await Promise.all(Array.from({ length: size }, () => join(this.pool, id)))).filter(
        (client) => client !== null,
      );
      const spread = new Spread([first, ...joined]);
      return {
        db: spread,
        close: () => {
          spread.close();
          return this.giveBack(joined);
        },
      };
    } catch (error) {
      this.lent = false;
      throw error;
    }
  }

  private async giveBack(joined: pg.PoolClient[]): Promise<void> {
    await Promise.all(
      joined.map(async (client) => {
        const ended = await client.query('COMMIT').then(
          () => undefined,
          (error: Error) => error,
        );
        // A connection whose transaction could not end is not given to anyone else.
        client.release(ended);
      }),
    );
    this.lent = false;
  }

  end(): Promise<void> {
    return this.pool.end();
  }
}

/**
 * Queries sent together to one connection, sent to it one after another: node-postgres no longer
 * wants a query given to a client that is still running another.
 */
export const oneAtATime = (connection: Queryable): Queryable => new Spread([connection]);

const alone = (first: Queryable): SharedSnapshot => ({
  db: oneAtATime(first),
  close: () => Promise.resolve(),
});

/** A helper on snapshot `id` (checked), or null (and its connection given back) when it could not join it. */
async function join(pool: pg.Pool, id: string): Promise<pg.PoolClient | null> {
  const client = await pool.connect().catch(() => null);
  if (!client) return null;
  try {
    await client.query(`BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET TRANSACTION SNAPSHOT '${id}'`);
    return client;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    client.release(error as Error);
    return null;
  }
}

/** Each query on a connection that is free, else on the first to become free, in the order asked. */
class Spread implements Queryable {
  private readonly idle: Queryable[];
  private readonly waiting: { take: (connection: Queryable) => void; refuse: (error: Error) => void }[] = [];
  private closed = false;

  constructor(connections: Queryable[]) {
    // The first connection is the caller's: used first, so one query alone runs where it always did.
    this.idle = [...connections].reverse();
  }

  async query<R extends pg.QueryResultRow>(
    textOrConfig: string | pg.QueryConfig,
    values?: unknown[],
  ): Promise<pg.QueryResult<R>> {
    if (this.closed) throw new Error(CLOSED);
    const connection =
      this.idle.pop() ??
      (await new Promise<Queryable>((take, refuse) => this.waiting.push({ take, refuse })));
    try {
      return await connection.query<R>(textOrConfig, values);
    } finally {
      const next = this.waiting.shift();
      if (next) next.take(connection);
      else this.idle.push(connection);
    }
  }

  /** No query starts after this: the helpers' connections are about to be given back. */
  close(): void {
    this.closed = true;
    for (const { refuse } of this.waiting.splice(0)) refuse(new Error(CLOSED));
  }
}

const CLOSED = 'the snapshot shared for these queries has ended';
