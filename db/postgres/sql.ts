import { createHash } from 'node:crypto';
import pg from 'pg';

/** A pool or one checked-out client: anything a query can run on. */
export interface Queryable {
  query<R extends pg.QueryResultRow>(
    textOrConfig: string | pg.QueryConfig,
    values?: unknown[],
  ): Promise<pg.QueryResult<R>>;
}

/**
 * Runs `fn` on one read-only snapshot of the database. `widen` gives that same snapshot on more
 * connections at once (db/postgres/shared-snapshot.ts), for queries that `fn` sends side by side.
 */
export type OnSnapshot = <T>(
  fn: (db: Queryable, widen: () => Promise<Queryable>) => Promise<T>,
) => Promise<T>;

/**
 * A statement each connection has PostgreSQL parse and plan once, and then only executes (a named
 * prepared statement; node-postgres parses it on a connection at its first use there). For the
 * statements of every call (a case's page, an edit, the session's look-up), whose planning cost the
 * server as much as running them: the ones of one text that find rows by their keys, whose plan no
 * value changes (after five runs PostgreSQL keeps the generic plan). Lists and statistics, whose best
 * plan depends on the values and whose text varies with the filters, stay unnamed and planned each time.
 * Each connection keeps every one it has run, so only a bounded set of texts may be prepared. Their
 * columns are named or built into JSON, never a table's `*`: PostgreSQL refuses to run a prepared
 * statement whose result columns changed, as a newer server's migration adding a column would do.
 */
export interface Prepared {
  readonly name: string;
  readonly text: string;
}

const preparedByText = new Map<string, Prepared>();

/** The prepared statement of `text`, named by its hash: one text, one name, on every connection. */
export function prepared(text: string): Prepared {
  let found = preparedByText.get(text);
  if (!found) {
    found = { name: `nadzor_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`, text };
    preparedByText.set(text, found);
  }
  return found;
}

/**
 * An integer written into a statement's text (a statement sent with others in one message takes no
 * parameters): only a safe integer's digits reach the text, so nothing from a request is spliced in.
 */
export function integerLiteral(value: number): string {
  if (!Number.isSafeInteger(value)) throw new Error(`not an integer: ${value}`);
  return String(value);
}

/** The names of the prepared statements each connection is known to hold (inLockThen's). */
const preparedOn = new WeakMap<Queryable, Set<string>>();

/**
 * Runs `first`, a statement without parameters (a lock), and then `statement` with `args`, whose rows
 * it returns: in one round trip once this connection holds `statement` (two statements in one query
 * take no parameters, so it is run by EXECUTE with its arguments in the text: safe integers only);
 * before that, in two, the second named, which prepares it. Either way the second statement reads what
 * was committed once the first had finished (each statement of READ COMMITTED sees as of its start).
 * `db` is one connection (a write's client), not a pool.
 */
export async function inLockThen<R extends pg.QueryResultRow>(
  db: Queryable,
  first: string,
  statement: Prepared,
  args: number[] = [],
): Promise<R[]> {
  const literals = args.map(integerLiteral);
  const held = preparedOn.get(db);
  if (held?.has(statement.name)) {
    const results = (await db.query(
      `${first}; EXECUTE ${statement.name}${literals.length > 0 ? `(${literals.join(', ')})` : ''}`,
    )) as unknown as pg.QueryResult<R>[];
    return results[1]!.rows;
  }
  await db.query(first);
  const found = await rows<R>(db, statement, args);
  if (held) held.add(statement.name);
  else preparedOn.set(db, new Set([statement.name]));
  return found;
}

/**
 * Statements are written with named parameters (`@from`, as the SQLite code writes them) and turned
 * into PostgreSQL's numbered ones here, every value bound, none spliced into the text. `@@` (the text
 * search operator) is left alone.
 */
export function named(sql: string, params: Record<string, unknown>): { text: string; values: unknown[] } {
  const order: string[] = [];
  const text = sql.replace(/(?<!@)@([A-Za-z_]\w*)/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`no value for @${name}`);
    let index = order.indexOf(name);
    if (index < 0) index = order.push(name) - 1;
    return `$${index + 1}`;
  });
  return { text, values: order.map((name) => params[name]) };
}

/**
 * The values of `promises` once every one of them has settled, or the first failure among them. Unlike
 * Promise.all, a failure does not leave the other queries still running on a connection that the
 * caller is about to end a transaction on or give back.
 */
export async function together<T extends readonly unknown[]>(
  ...promises: { [K in keyof T]: Promise<T[K]> }
): Promise<T> {
  const settled = await Promise.allSettled(promises);
  const failed = settled.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((result) => (result as PromiseFulfilledResult<unknown>).value) as unknown as T;
}

export async function rows<R extends pg.QueryResultRow>(
  db: Queryable,
  sql: string | Prepared,
  params: Record<string, unknown> | unknown[] = [],
): Promise<R[]> {
  const [name, written] = typeof sql === 'string' ? [undefined, sql] : [sql.name, sql.text];
  const { text, values } = Array.isArray(params) ? { text: written, values: params } : named(written, params);
  return (await db.query<R>({ name, text, values })).rows;
}

export async function row<R extends pg.QueryResultRow>(
  db: Queryable,
  sql: string | Prepared,
  params: Record<string, unknown> | unknown[] = [],
): Promise<R | undefined> {
  return (await rows<R>(db, sql, params))[0];
}

/** PostgreSQL's limit on one statement's parameters. */
const MAX_PARAMETERS = 65_535;

/** How many rows of `columns` columns (plus `extra` other parameters) one statement can bind. */
export const rowsPerStatement = (columns: number, extra = 0): number =>
  Math.floor((MAX_PARAMETERS - extra) / columns);

/** `($1, $2), ($3, $4)`: placeholders for `count` rows of `columns` values, numbered from `first`. */
export function valueRows(count: number, columns: number, first = 1): string {
  return Array.from(
    { length: count },
    (_, i) => `(${Array.from({ length: columns }, (__, j) => `$${first + i * columns + j}`).join(', ')})`,
  ).join(', ');
}

/**
 * A multi-row INSERT of `columns` for each of `values`: one round trip for as many rows as a statement
 * can bind (nothing when there are none).
 */
export async function insertMany(
  db: Queryable,
  table: string,
  columns: string[],
  values: unknown[][],
): Promise<void> {
  const per = rowsPerStatement(columns.length);
  for (let i = 0; i < values.length; i += per) {
    const batch = values.slice(i, i + per);
    await db.query(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${valueRows(batch.length, columns.length)}`,
      batch.flat(),
    );
  }
}

/**
 * Values read back as the SQLite engine reads them, so both give equal records and byte-equal audit
 * snapshots: 64-bit integers (count, sum, bigint columns) and numerics as JavaScript numbers rather
 * than strings (Nadzor's counts and sequence numbers stay far below 2^53).
 */
const INT8 = 20;
const NUMERIC = 1700;
const toNumber = (value: string) => Number(value);
export const nadzorTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8 || oid === NUMERIC
      ? toNumber
      : (pg.types.getTypeParser as (oid: number, format?: string) => unknown)(
          oid,
          format,
        )) as pg.CustomTypesConfig['getTypeParser'],
};

/**
 * How every connection to the server notices that it cannot be reached. A server that answers nothing
 * (a host down, a network cut) is given up on connecting after 10 s, where the operating system's TCP
 * timeout would take minutes; an open connection whose other end vanished is found out by TCP
 * keep-alive probes from 10 s of silence on, rather than waited on for good (the LISTEN connection
 * would otherwise never hear of a change again).
 */
export const connectionHealth = {
  connectionTimeoutMillis: 10_000,
  keepAlive: true,
  keepAliveInitialDelayMillis: 10_000,
};
