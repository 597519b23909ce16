import { resolve } from 'node:path';
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { DatabaseOpenError } from '../db/open-errors';
import type { Store } from '../db/ports';
import { openSqliteStore } from '../db/sqlite/store';
import { seedReferenceData } from '../backend/seed-reference';
import { CliError } from './cli-error';

export interface DbOption {
  db?: string;
}

export const withDb = (command: Command): Command =>
  command.option('--db <file>', 'the Nadzor database file (default: $NADZOR_DB)');

/** Audit actor for everything the CLI writes: the operating-system user. */
export const cliActor = (): string => `cli:${userInfo().username}`;

/** Opens the database named by --db or NADZOR_DB (created with the current schema when missing). */
export async function openCliStore(options: DbOption): Promise<Store> {
  const path = options.db ?? process.env.NADZOR_DB;
  if (!path) throw new CliError('no database: pass --db <file> or set NADZOR_DB', 2);
  let store: Store;
  try {
    store = openSqliteStore(resolve(path));
  } catch (error) {
    if (error instanceof DatabaseOpenError) throw new CliError(`${path}: ${error.message}`);
    throw new CliError(`${path}: cannot open the database (${(error as Error).message})`);
  }
  await seedReferenceData(store);
  return store;
}

/** Runs `fn` with an open store and always closes it, so the WAL is folded back on every exit path. */
export async function withStore<T>(options: DbOption, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openCliStore(options);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
