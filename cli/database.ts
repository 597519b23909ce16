import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { DatabaseDiskError } from '../db/disk-errors';
import { DatabaseOpenError } from '../db/open-errors';
import type { Store } from '../db/ports';
import { redacted } from '../db/postgres/redacted';
import { openSqliteStore } from '../db/sqlite/store';
import { seedReferenceData } from '../backend/seed-reference';
import { CliError } from './cli-error';

export interface DbOption {
  db?: string;
  pg?: string;
}

export const withDb = (command: Command): Command =>
  command
    .option('--db <file>', 'the Nadzor database file (default: $NADZOR_DB)')
    .option('--pg <connection>', "in place of --db: an office's PostgreSQL database (default: $NADZOR_PG)");

/** Which database the options name: --db or --pg, else NADZOR_DB or NADZOR_PG; never two at once. */
function chosenDatabase(options: DbOption): { sqlite: string } | { pg: string } {
  if (options.db !== undefined && options.pg !== undefined)
    throw new CliError('--db and --pg name two databases: pass one of them', 2);
  if (options.db !== undefined) return { sqlite: options.db };
  if (options.pg !== undefined) return { pg: options.pg };
  const { NADZOR_DB: file, NADZOR_PG: connection } = process.env;
  if (file && connection) throw new CliError('NADZOR_DB and NADZOR_PG are both set: pass --db or --pg', 2);
  if (file) return { sqlite: file };
  if (connection) return { pg: connection };
  throw new CliError('no database: pass --db <file> or --pg <connection>, or set NADZOR_DB or NADZOR_PG', 2);
}

/** The SQLite file the options name, as an absolute path; null when they name a PostgreSQL database. */
export function sqliteFile(options: DbOption): string | null {
  const chosen = chosenDatabase(options);
  return 'sqlite' in chosen ? resolve(chosen.sqlite) : null;
}

/** Audit actor for everything the CLI writes: the operating-system user. */
export const cliActor = (): string => `cli:${userInfo().username}`;

export interface OpenCliOptions {
  /**
   * A command that only reads (export, stats, report, audit verify, users list) must find the file:
   * creating a new empty database there would answer a typo with "OK".
   */
  existing?: boolean;
}

/**
 * Opens the database named by --db/NADZOR_DB (a file, created with the current schema when missing,
 * unless `existing`) or --pg/NADZOR_PG (a PostgreSQL database, brought to the current schema).
 * Messages never show a password.
 */
export async function openCliStore(
  options: DbOption,
  { existing = false }: OpenCliOptions = {},
): Promise<Store> {
  const chosen = chosenDatabase(options);
  const name = 'pg' in chosen ? redacted(chosen.pg) : chosen.sqlite;
  if (existing && 'sqlite' in chosen && !existsSync(resolve(chosen.sqlite)))
    throw new CliError(`${name}: no such database file; nothing was created (check the path)`);
  let store: Store;
  try {
    store =
      'pg' in chosen
        ? // Loaded only for an office's database: the driver is a tenth of a second of every other call.
          await (await import('../db/postgres/store')).openPgStore(chosen.pg)
        : openSqliteStore(resolve(chosen.sqlite), { checkPages: !existing, readAloneWhenFull: existing });
  } catch (error) {
    if (error instanceof DatabaseOpenError || error instanceof DatabaseDiskError)
      throw new CliError(`${name}: ${error.message}`);
    throw new CliError(`${name}: cannot open the database (${(error as Error).message})`);
  }
  await seedReferenceData(store);
  return store;
}

/** Runs `fn` with an open store and always closes it, so the WAL is folded back on every exit path. */
export async function withStore<T>(
  options: DbOption,
  fn: (store: Store) => Promise<T>,
  open: OpenCliOptions = {},
): Promise<T> {
  const store = await openCliStore(options, open);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
