import type { Store } from '../db/ports';
import { openPgStore } from '../db/postgres/store';
import { openSqliteStore } from '../db/sqlite/store';

/*
 * The store a measuring child reads: a cached SQLite file (`--db`) or its PostgreSQL twin (`--pg`,
 * bench/generate-pg.ts). Rows measured on PostgreSQL are named with the engine first, so both sit in
 * one table.
 */

export const storeOptions = { db: { type: 'string' }, pg: { type: 'string' } } as const;

export const PG_LABEL = 'PostgreSQL';
export const onPg = (name: string) => `${PG_LABEL} ${name}`;

export async function openBenchStore(values: {
  db?: string | undefined;
  pg?: string | undefined;
}): Promise<{ store: Store; label: (name: string) => string }> {
  if (values.pg) return { store: await openPgStore(values.pg), label: onPg };
  if (values.db) return { store: openSqliteStore(values.db), label: (name) => name };
  throw new Error('give --db <file> or --pg <url>');
}
