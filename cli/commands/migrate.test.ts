import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { seedReferenceData } from '../../backend/seed-reference';
import { fillDemo } from '../../backend/services/demo/fill-demo';
import { openDatabase } from '../../db/connection';
import { openSqliteStore } from '../../db/sqlite/store';
import { tempDbPath } from '../../db/test-support';
import { copySqliteToPg } from '../../db/postgres/copy-from-sqlite';
import { migratePg } from '../../db/postgres/migrate';
import { nadzorTypes } from '../../db/postgres/sql';
import { usePgDatabase } from '../../db/postgres/testing/test-database';

const clock = () => new Date('2026-03-02T09:30:00.000Z');

/** A file holding the reference data and the demo, as `nadzor demo` leaves it. */
async function demoFile(): Promise<string> {
  const path = tempDbPath();
  const store = openSqliteStore(path, { now: clock });
  await seedReferenceData(store);
  await fillDemo(store, 'test');
  await store.close();
  return path;
}

/** Runs `fn` with the file open for reading and a pool on the target at the current schema. */
async function withBoth<T>(
  file: string,
  url: string,
  fn: (source: Database.Database, pool: pg.Pool) => Promise<T>,
) {
  const source = openDatabase(file, { readonly: true });
  const pool = new pg.Pool({ connectionString: url, max: 1, types: nadzorTypes });
  try {
    await migratePg(pool);
    return await fn(source, pool);
  } finally {
    await pool.end();
    source.close();
  }
}

const casesOn = async (pool: pg.Pool) =>
  Number((await pool.query<{ n: string }>('SELECT count(*) AS n FROM cases')).rows[0]!.n);

describe('copySqliteToPg', () => {
  describe('a large table', () => {
    const target = usePgDatabase();

    it('is copied in batches, each reported', async () => {
      const progress: [number, number][] = [];
      const summary = await withBoth(await demoFile(), target(), (source, pool) =>
        copySqliteToPg(source, pool, {
          // The demo's 222 cases: two batches, one full and one not.
          batchRows: 150,
          onProgress: (table, done, total) => {
            if (table === 'cases') progress.push([done, total]);
          },
        }),
      );
      const cases = summary.rows.cases;
      expect(cases).toBeGreaterThan(150);
      expect(cases).toBeLessThanOrEqual(300);
      expect(progress).toEqual([
        [150, cases],
        [cases, cases],
      ]);
    });
  });

  describe('a file whose trail does not verify', () => {
    const target = usePgDatabase();

    it('is not copied: the target stays empty', async () => {
      const file = await demoFile();
      const db = new Database(file);
      db.exec('UPDATE cases SET damage_kzt = 1 WHERE id = 5');
      db.close();
      await withBoth(file, target(), async (source, pool) => {
        await expect(copySqliteToPg(source, pool)).rejects.toThrow(
          /does not pass audit verify \(case 5 differs from its last audited state/,
        );
        expect(await casesOn(pool)).toBe(0);
      });
    });
  });

  describe('a target with a table the copy does not know', () => {
    const target = usePgDatabase();

    it('is refused before anything is copied', async () => {
      await withBoth(await demoFile(), target(), async (source, pool) => {
        await pool.query('CREATE TABLE office_notes (id integer)');
        await expect(copySqliteToPg(source, pool)).rejects.toThrow(
          'the copy does not know the tables office_notes',
        );
        expect(await casesOn(pool)).toBe(0);
      });
    });
  });
});
