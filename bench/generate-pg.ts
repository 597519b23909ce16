import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import pg from 'pg';
import { openDatabase } from '../db/connection';
import { COPIED_TABLES, copyTable } from '../db/postgres/copy-from-sqlite';
import { inLockedTransaction } from '../db/postgres/locked-transaction';
import { syncIdSequences } from '../db/postgres/next-id';
import { migratePg } from '../db/postgres/migrate';
import { pgMigrations } from '../db/postgres/migrations';
import type { PgMigration } from '../db/postgres/migrations/migration';
import { nadzorTypes } from '../db/postgres/sql';
import { benchDbPath, ensureBenchDb } from './generate-db';
import { sizeLabel } from './sizes';

/*
 * The PostgreSQL twin of a cached SQLite benchmark database: the same synthetic cases, copied by the
 * real `nadzor migrate` path (copySqliteToPg), into a database on the server `NADZOR_BENCH_PG` (or
 * `NADZOR_TEST_PG`) names. Its name carries a fingerprint of the SQLite file's name (itself a
 * fingerprint of that schema and the generator), so a second run reuses it. PostgreSQL migrations
 * added later are applied to it when the benchmark opens it, as an office's server applies them at
 * start. It is filled under a `_part` name and renamed only when whole, so an interrupted build is
 * never measured.
 */

/**
 * The rows are copied into the schema of the migrations up to this one (every table and column the
 * SQLite file has), and the later ones run after the copy, each filling what it derives (counts per
 * district and per day, the search copies) from the rows in one statement, as on an office's server
 * that already holds its cases. Copied through their triggers instead, the million cases update the
 * five rows of district_case_counts a million times in one transaction, and each update walks every
 * earlier version of its row: the build slowed from one minute per 100 000 cases to over ten.
 */
const COPY_AT_VERSION = 4;

/** The server the PostgreSQL benchmarks run on, or null when none is named (they are left out). */
export function benchPgServer(): string | null {
  return process.env.NADZOR_BENCH_PG || process.env.NADZOR_TEST_PG || null;
}

/** The SQLite file's own fingerprint: the same cases give the same PostgreSQL database. */
export function pgFingerprint(size: number): string {
  return createHash('sha256')
    .update(basename(benchDbPath(size)))
    .digest('hex')
    .slice(0, 10);
}

/** A URL naming `database` on the server `server`. */
export function onDatabase(server: string, database: string): string {
  const url = new URL(server);
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin<T>(server: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** The URL of the cached PostgreSQL database of `size` cases, built now from the SQLite one if missing. */
export async function ensurePgBenchDb(
  server: string,
  size: number,
  log: (line: string) => void = () => undefined,
  migrations: readonly PgMigration[] = pgMigrations,
): Promise<string> {
  const prefix = `nadzor_bench_${sizeLabel(size).toLowerCase()}_`;
  const name = `${prefix}${pgFingerprint(size)}`;
  const exists = await admin(server, async (c) => {
    const found = await c.query('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${prefix}%`]);
    const names = found.rows.map((r: { datname: string }) => r.datname);
    // Stale builds (another schema) and interrupted ones are dropped; only the bench's own names.
    for (const other of names.filter((n) => n !== name))
      await c.query(`DROP DATABASE IF EXISTS ${other} WITH (FORCE)`);
    return names.includes(name);
  });
  if (exists) return onDatabase(server, name);

  const file = ensureBenchDb(size, log);
  const part = `${name}_part`;
  await admin(server, (c) => c.query(`CREATE DATABASE ${part} TEMPLATE template0 ENCODING 'UTF8'`));
  const started = Date.now();
  const pool = new pg.Pool({ connectionString: onDatabase(server, part), max: 1, types: nadzorTypes });
  const source = openDatabase(file, { readonly: true });
  try {
    await migratePg(pool, migrations.slice(0, COPY_AT_VERSION));
    let reported = 0;
    const onProgress = (table: string, done: number, total: number) => {
      if (done === total || done - reported >= 100_000) {
        reported = done === total ? 0 : done;
        log(`  ${table}: ${done} of ${total} rows (${((Date.now() - started) / 1000).toFixed(0)} s)`);
      }
    };
    // `nadzor migrate`'s own table copy, without its closing checks: a benchmark database has no audit
    // trail (as the SQLite one has none), which migrate rightly refuses to carry onto a server.
    await inLockedTransaction(pool, async (client) => {
      for (const [table] of COPIED_TABLES) {
        const total = (source.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
        await copyTable(client, source, table, total, { onProgress });
      }
    });
    await migratePg(pool, migrations);
    // After the later migrations, one of which (009) gives the tables their id sequences.
    await syncIdSequences(pool);
    // Fresh statistics for the planner, as autovacuum would gather them on a server left running.
    await pool.query('VACUUM ANALYZE');
  } finally {
    source.close();
    await pool.end();
  }
  await admin(server, (c) => c.query(`ALTER DATABASE ${part} RENAME TO ${name}`));
  log(`  built PostgreSQL ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return onDatabase(server, name);
}
