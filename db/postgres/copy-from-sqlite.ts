import type { Database } from 'better-sqlite3';
import type { Pool, PoolClient } from 'pg';
import { verifyPgTrail } from './audit';
import { syncIdSequences } from './next-id';
import { inLockedTransaction } from './locked-transaction';
import { insertMany, row, rows } from './sql';

/*
 * Moving an office from its SQLite file onto PostgreSQL (`nadzor migrate`). Both schemas have the same
 * tables and columns (db/postgres/migrations/001-schema.ts), so every table is copied row for row with
 * its ids, the audit trail entry by entry with its seqs, times, actors and hashes: the trail verifies
 * on the server with the file's head hash. The columns come from PostgreSQL's catalogue and must be
 * SQLite's too, so a column one engine gains and the other lacks stops the copy instead of losing data.
 * Copies a case's child rows carry (registration date, district, age) are copied and recomputed by the
 * target's triggers alike. SQLite's search and count tables (FTS, district_case_counts) are derived and
 * have no PostgreSQL counterpart. The id sequences are set after the copied ids at the end
 * (syncIdSequences), so the server's next new row follows the file's highest id.
 */

/** Every table PostgreSQL's schema holds, parents before children, with what a person calls its rows. */
export const COPIED_TABLES = [
  ['districts', 'districts'],
  ['articles', 'articles'],
  ['platforms', 'platforms'],
  ['tactics', 'tactics'],
  ['settings', 'settings and review texts'],
  ['cases', 'cases'],
  ['case_platforms', 'case platforms'],
  ['case_tactics', 'case tactics'],
  ['victims', 'victims'],
  ['defendants', 'defendants'],
  ['monitored_persons', 'register persons'],
  ['person_convictions', 'prior convictions'],
  ['supervision_periods', 'supervision periods'],
  ['supervision_events', 'check-ins and other supervision events'],
  ['person_case_links', 'case matches decided'],
  ['users', 'users'],
  ['imports', 'imports'],
  ['audit_log', 'audit entries'],
] as const;

export type CopiedTable = (typeof COPIED_TABLES)[number][0];

/**
 * The tables the copy leaves alone: the schema version, the server's sessions (SQLite has none), what
 * PostgreSQL's triggers derive as the cases are copied (the cases per district and per stage and day,
 * the search copies, the years changed), the statistics computed later from the copied data, and the
 * sign-in journal (the file's attempts stay in the file; the server journals its own from the start).
 */
const OWN_TABLES = new Set([
  'nadzor_schema',
  'sessions',
  'district_case_counts',
  'case_day_counts',
  'case_search_numbers',
  'case_search_names',
  'stats_changes',
  'stats_pending',
  'stats_results',
  'sign_in_journal',
]);

/** PostgreSQL binds at most 65 535 parameters per statement. */
const MAX_PARAMETERS = 65_000;

export interface CopyOptions {
  /** Rows per INSERT at most (fewer when a table's columns would pass PostgreSQL's parameter limit). */
  batchRows?: number;
  /** After each batch: the table, rows copied so far and its rows in all. */
  onProgress?: (table: CopiedTable, done: number, total: number) => void;
}

export interface CopySummary {
  rows: Record<CopiedTable, number>;
  /** The head of the trail, as the file and now the server have it (null for an empty trail). */
  head: { seq: number; hash: string } | null;
}

/** The target holds rows already: which tables, how many each. Nothing was written. */
export class TargetNotEmptyError extends Error {
  constructor(readonly held: { table: CopiedTable; label: string; rows: number }[]) {
    super(`the database already holds data (${held.map((h) => `${h.label}: ${h.rows}`).join(', ')})`);
    this.name = 'TargetNotEmptyError';
  }
}

/** The copy did not come out equal to the file; everything was rolled back. */
export class CopyMismatchError extends Error {
  override name = 'CopyMismatchError';
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function pgColumns(client: PoolClient, table: string): Promise<string[]> {
  const found = await rows<{ name: string }>(
    client,
    `SELECT column_name AS name FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  );
  return found.map((c) => c.name);
}

/** The columns to copy: PostgreSQL's, which must be exactly SQLite's (in any order). */
async function columnsOf(client: PoolClient, source: Database, table: string): Promise<string[]> {
  const target = await pgColumns(client, table);
  const own = (source.pragma(`table_info(${quoted(table)})`) as { name: string }[]).map((c) => c.name);
  const missing = [...target.filter((c) => !own.includes(c)), ...own.filter((c) => !target.includes(c))];
  if (target.length === 0 || missing.length > 0)
    throw new CopyMismatchError(
      `table ${table} differs between the engines (${missing.join(', ') || 'missing'}); nothing was written`,
    );
  return target;
}

/** PostgreSQL's tables must be the copied ones: a table a later migration adds is never left behind. */
async function assertTablesKnown(client: PoolClient): Promise<void> {
  const found = await rows<{ name: string }>(
    client,
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
     WHERE s.nspname = current_schema() AND c.relkind IN ('r', 'p')`,
  );
  const known = new Set<string>(COPIED_TABLES.map(([t]) => t));
  const unknown = found.map((t) => t.name).filter((t) => !known.has(t) && !OWN_TABLES.has(t));
  if (unknown.length > 0)
    throw new CopyMismatchError(
      `the copy does not know the tables ${unknown.join(', ')}; nothing was written`,
    );
}

async function assertEmpty(client: PoolClient): Promise<void> {
  const held = [];
  for (const [table, label] of COPIED_TABLES) {
    const { n } = (await row<{ n: number }>(client, `SELECT count(*) AS n FROM ${table}`))!;
    if (n > 0) held.push({ table, label, rows: n });
  }
  if (held.length > 0) throw new TargetNotEmptyError(held);
}

const sourceCount = (source: Database, table: string) =>
  (source.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/** One table's rows, in batches of multi-row INSERTs (the benchmark fills its databases with it too). */
export async function copyTable(
  client: PoolClient,
  source: Database,
  table: CopiedTable,
  total: number,
  options: CopyOptions,
): Promise<void> {
  const columns = await columnsOf(client, source, table);
  const batchRows = Math.max(
    1,
    Math.min(options.batchRows ?? 5000, Math.floor(MAX_PARAMETERS / columns.length)),
  );
  const names = columns.map(quoted);
  const read = source.prepare(`SELECT ${names.join(', ')} FROM ${table}`).raw();
  let batch: unknown[][] = [];
  let done = 0;
  const flush = async () => {
    await insertMany(client, table, names, batch);
    done += batch.length;
    batch = [];
    options.onProgress?.(table, done, total);
  };
  for (const values of read.iterate() as IterableIterator<unknown[]>) {
    batch.push(values);
    if (batch.length === batchRows) await flush();
  }
  if (batch.length > 0) await flush();
}

const headOf = (rowsFound: { seq: number; hash: string }[]) => rowsFound[0] ?? null;

/**
 * Copies every table of the SQLite database `source` (at the current schema) into the PostgreSQL
 * database of `pool` (at the current schema), in one transaction holding the write lock: a target
 * holding any row is refused, and any failure leaves the target as empty as it was. Before committing,
 * the copy's row counts and head hash are compared with the file's, and its trail is verified.
 */
export async function copySqliteToPg(
  source: Database,
  pool: Pool,
  options: CopyOptions = {},
): Promise<CopySummary> {
  // One read transaction on the file: every table is read as of one moment, even if the app writes.
  source.exec('BEGIN');
  try {
    // Writers of a running office server wait for the copy, and see it whole or not at all.
    return await inLockedTransaction(pool, async (client) => {
      await assertTablesKnown(client);
      await assertEmpty(client);
      const counts = {} as Record<CopiedTable, number>;
      for (const [table] of COPIED_TABLES) counts[table] = sourceCount(source, table);
      for (const [table] of COPIED_TABLES) await copyTable(client, source, table, counts[table], options);
      await syncIdSequences(client);

      for (const [table] of COPIED_TABLES) {
        const { n } = (await row<{ n: number }>(client, `SELECT count(*) AS n FROM ${table}`))!;
        if (n !== counts[table])
          throw new CopyMismatchError(`${table}: ${n} rows copied of ${counts[table]}; nothing was written`);
      }
      const lastEntry = 'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1';
      const head = headOf(source.prepare(lastEntry).all() as { seq: number; hash: string }[]);
      const copiedHead = headOf(await rows<{ seq: number; hash: string }>(client, lastEntry));
      if (copiedHead?.hash !== head?.hash)
        throw new CopyMismatchError(
          'the copied audit trail ends elsewhere than the file’s; nothing was written',
        );
      const verified = await verifyPgTrail(client);
      if (!verified.ok)
        throw new CopyMismatchError(
          `the copy does not pass audit verify (${verified.problem}); nothing was written — check the file with audit verify --db`,
        );
      return { rows: counts, head };
    });
  } finally {
    source.exec('COMMIT');
  }
}
