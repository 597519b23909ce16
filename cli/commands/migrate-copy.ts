import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Database } from 'better-sqlite3';
import pg from 'pg';
import { openDatabase } from '../../db/connection';
import { APPLICATION_ID } from '../../db/migrate';
import { migrations } from '../../db/migrations';
import { DatabaseOpenError } from '../../db/open-errors';
import {
  COPIED_TABLES,
  copySqliteToPg,
  CopyMismatchError,
  TargetNotEmptyError,
  type CopySummary,
} from '../../db/postgres/copy-from-sqlite';
import { migratePg } from '../../db/postgres/migrate';
import { redacted } from '../../db/postgres/redacted';
import { nadzorTypes } from '../../db/postgres/sql';
import { CliError } from '../cli-error';

export interface MigrateOptions {
  from: string;
  to?: string;
}

/**
 * The office's file, checked before anything is written anywhere: a file that is not Nadzor's, or one
 * of a newer Nadzor, is refused. One of an older Nadzor is brought to the current schema, as opening
 * it in the app would.
 */
function openSource(file: string): Database {
  if (!existsSync(file)) throw new CliError(`${file}: no such file; nothing was written`);
  let db: Database;
  try {
    db = openDatabase(file, { readonly: true });
    const id = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    if (id !== APPLICATION_ID) {
      db.close();
      throw DatabaseOpenError.notNadzor();
    }
    if (version < migrations.length) {
      db.close();
      db = openDatabase(file);
    }
    return db;
  } catch (error) {
    if (error instanceof DatabaseOpenError)
      throw new CliError(`${file}: ${error.message}; nothing was written`);
    throw new CliError(
      `${file}: cannot open the database (${(error as Error).message}); nothing was written`,
    );
  }
}

/** The server's database, brought to the current schema (an empty one gets it whole). */
async function openTarget(connection: string): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString: connection, max: 1, types: nadzorTypes });
  pool.on('error', () => undefined);
  try {
    await migratePg(pool);
    return pool;
  } catch (error) {
    await pool.end();
    const why =
      error instanceof DatabaseOpenError
        ? error.message
        : `cannot open the database (${(error as Error).message})`;
    throw new CliError(`${redacted(connection)}: ${why}`);
  }
}

/** Tables larger than this report each batch copied: a large file takes minutes. */
const PROGRESS_ABOVE = 10_000;

const labels = new Map<string, string>(COPIED_TABLES);

function progress(table: string, done: number, total: number): void {
  if (total > PROGRESS_ABOVE) console.error(`migrate: ${labels.get(table)} ${done} of ${total}`);
}

function printSummary(from: string, to: string, summary: CopySummary): void {
  console.log(`migrate: copied ${from} to ${to}`);
  for (const [table, label] of COPIED_TABLES) console.log(`${label}: ${summary.rows[table]}`);
  console.log(
    summary.head
      ? `audit trail head: entry ${summary.head.seq}, hash ${summary.head.hash}`
      : 'audit trail head: none (the trail is empty)',
  );
}

/** `nadzor migrate`: copies the file into the office's empty database, or writes nothing. */
export async function migrate(options: MigrateOptions): Promise<void> {
  const connection = options.to ?? process.env['NADZOR_PG'];
  if (!connection) throw new CliError('no target: pass --to <connection> or set NADZOR_PG', 2);
  const to = redacted(connection);
  const source = openSource(resolve(options.from));
  try {
    const pool = await openTarget(connection);
    try {
      const summary = await copySqliteToPg(source, pool, { onProgress: progress });
      printSummary(options.from, to, summary);
    } catch (error) {
      if (error instanceof TargetNotEmptyError)
        throw new CliError(
          `${to}: ${error.message}; nothing was written: migrate into a new, empty database`,
        );
      if (error instanceof CopyMismatchError) throw new CliError(`${to}: ${error.message}`);
      throw new CliError(`${to}: the copy failed (${(error as Error).message}); nothing was written`);
    } finally {
      await pool.end();
    }
  } finally {
    source.close();
  }
}
