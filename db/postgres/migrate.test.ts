import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { DatabaseOpenError } from '../open-errors';
import { registeredCase } from '../test-support';
import { migratePg } from './migrate';
import { pgMigrations } from './migrations';
import { openPgStore } from './store';
import { usePgDatabase } from './testing/test-database';

async function withPool<T>(url: string, fn: (pool: pg.Pool) => Promise<T>): Promise<T> {
  const pool = new pg.Pool({ connectionString: url });
  try {
    return await fn(pool);
  } finally {
    await pool.end();
  }
}

const version = (url: string) =>
  withPool(
    url,
    async (pool) =>
      (await pool.query<{ version: number }>('SELECT version FROM nadzor_schema')).rows[0]!.version,
  );

describe('PostgreSQL migrations', () => {
  const fresh = usePgDatabase();

  it('bring an empty database to the last version once; opening it again changes nothing', async () => {
    expect(await withPool(fresh(), (pool) => migratePg(pool))).toBe(pgMigrations.length);
    expect(await version(fresh())).toBe(pgMigrations.length);
    expect(await withPool(fresh(), (pool) => migratePg(pool))).toBe(pgMigrations.length);
    const tables = await withPool(fresh(), async (pool) =>
      (
        await pool.query<{ name: string }>(
          `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
        )
      ).rows.map((r) => r.name),
    );
    expect(tables).toEqual([
      'articles',
      'audit_log',
      'case_day_counts',
      'case_platforms',
      'case_search_names',
      'case_search_numbers',
      'case_tactics',
      'cases',
      'defendants',
      'district_case_counts',
      'districts',
      'imports',
      'monitored_persons',
      'nadzor_schema',
      'person_case_links',
      'person_convictions',
      'platforms',
      'sessions',
      'settings',
      'sign_in_journal',
      'stats_changes',
      'stats_pending',
      'stats_results',
      'supervision_events',
      'supervision_periods',
      'tactics',
      'users',
      'victims',
    ]);
  });

  describe('migration 3: the version of each case and register person', () => {
    const atTwo = usePgDatabase();
    it('starts the existing cases at version 1, and refuses a version below 1', async () => {
      await withPool(atTwo(), (pool) => migratePg(pool, pgMigrations.slice(0, 2)));
      await withPool(atTwo(), (pool) =>
        pool.query(`
          INSERT INTO districts (id, name) VALUES (1, 'Almaty');
          INSERT INTO articles (id, code) VALUES (1, '194');
          INSERT INTO cases (id, registry_number, article_id, district_id, registered_on) VALUES
            (1, 'A-1', 1, 1, '2024-01-01'), (2, 'A-2', 1, 1, '2024-01-02');
          INSERT INTO monitored_persons (id, person_key, full_name, name_key, birth_date, sex)
            VALUES (1, 'M-000001', 'Аманов Ерлан', 'аманов ерлан', '1990-01-01', 'M');`),
      );
      expect(await withPool(atTwo(), (pool) => migratePg(pool, pgMigrations.slice(0, 3)))).toBe(3);
      const versions = () =>
        withPool(atTwo(), async (pool) =>
          (
            await pool.query<{ id: number; version: number }>('SELECT id, version FROM cases ORDER BY id')
          ).rows.map((r) => [r.id, r.version]),
        );
      expect(await versions()).toEqual([
        [1, 1],
        [2, 1],
      ]);
      await expect(
        withPool(atTwo(), (pool) => pool.query('UPDATE cases SET version = 0 WHERE id = 1')),
      ).rejects.toThrow(/check constraint/);
      expect(
        await withPool(
          atTwo(),
          async (pool) =>
            (await pool.query<{ version: number }>('SELECT version FROM monitored_persons')).rows,
        ),
      ).toEqual([{ version: 1 }]);
      expect(await versions()).toEqual([
        [1, 1],
        [2, 1],
      ]);
    });
  });

  describe('migration 5: the cases counted per district', () => {
    const atFour = usePgDatabase();
    it('counts the existing cases, then keeps the count through inserts, moves and deletes', async () => {
      await withPool(atFour(), (pool) => migratePg(pool, pgMigrations.slice(0, 4)));
      await withPool(atFour(), (pool) =>
        pool.query(`
          INSERT INTO districts (id, name) VALUES (1, 'Almaty'), (2, 'Nura'), (3, 'Yesil');
          INSERT INTO articles (id, code) VALUES (1, '194');
          INSERT INTO cases (id, registry_number, article_id, district_id, registered_on) VALUES
            (1, 'A-1', 1, 1, '2024-01-01'), (2, 'A-2', 1, 1, '2024-01-02'), (3, 'A-3', 1, 2, '2024-01-03');`),
      );
      const counts = () =>
        withPool(atFour(), async (pool) =>
          (
            await pool.query<{ district_id: number; cases: string }>(
              'SELECT district_id, cases FROM district_case_counts WHERE cases > 0 ORDER BY district_id',
            )
          ).rows.map((r) => [r.district_id, Number(r.cases)]),
        );
      expect(await withPool(atFour(), (pool) => migratePg(pool, pgMigrations.slice(0, 5)))).toBe(5);
      expect(await counts()).toEqual([
        [1, 2],
        [2, 1],
      ]);
      await withPool(atFour(), (pool) =>
        pool.query(`
          INSERT INTO cases (id, registry_number, article_id, district_id, registered_on)
            VALUES (4, 'A-4', 1, 3, '2024-02-01');
          UPDATE cases SET district_id = 2 WHERE id = 1;
          UPDATE cases SET registered_on = '2024-03-01' WHERE id = 2;
          DELETE FROM cases WHERE id = 3;`),
      );
      expect(await counts()).toEqual([
        [1, 1],
        [2, 1],
        [3, 1],
      ]);
    });
  });

  describe('migration 8: the cases counted per stage and day', () => {
    const atSeven = usePgDatabase();
    it('counts the existing cases, then keeps the count through inserts, stage and date changes, deletes', async () => {
      await withPool(atSeven(), (pool) => migratePg(pool, pgMigrations.slice(0, 7)));
      await withPool(atSeven(), (pool) =>
        pool.query(`
          INSERT INTO districts (id, name) VALUES (1, 'Almaty');
          INSERT INTO articles (id, code) VALUES (1, '194');
          INSERT INTO cases (id, registry_number, article_id, district_id, registered_on, stage) VALUES
            (1, 'A-1', 1, 1, '2024-01-01', 'registered'), (2, 'A-2', 1, 1, '2024-01-01', 'registered'),
            (3, 'A-3', 1, 1, '2024-01-02', 'closed');`),
      );
      const counts = () =>
        withPool(atSeven(), async (pool) =>
          (
            await pool.query<{ stage: string; registered_on: string; cases: string }>(
              'SELECT stage, registered_on, cases FROM case_day_counts WHERE cases > 0 ORDER BY 1, 2',
            )
          ).rows.map((r) => [r.stage, r.registered_on, Number(r.cases)]),
        );
      expect(await withPool(atSeven(), (pool) => migratePg(pool, pgMigrations.slice(0, 8)))).toBe(8);
      expect(await counts()).toEqual([
        ['closed', '2024-01-02', 1],
        ['registered', '2024-01-01', 2],
      ]);
      await withPool(atSeven(), (pool) =>
        pool.query(`
          INSERT INTO cases (id, registry_number, article_id, district_id, registered_on, stage)
            VALUES (4, 'A-4', 1, 1, '2024-02-01', 'forwarded');
          UPDATE cases SET stage = 'forwarded' WHERE id = 1;
          UPDATE cases SET registered_on = '2024-03-01' WHERE id = 2;
          UPDATE cases SET registry_number = 'A-33' WHERE id = 3;
          DELETE FROM cases WHERE id = 4;`),
      );
      expect(await counts()).toEqual([
        ['closed', '2024-01-02', 1],
        ['forwarded', '2024-01-01', 1],
        ['registered', '2024-03-01', 1],
      ]);
    });
  });

  describe('migration 10: the years each write changes', () => {
    const fresh = usePgDatabase();
    it('numbers the year of every counted date a statement changes, before and after, once a transaction', async () => {
      await withPool(fresh(), (pool) => migratePg(pool));
      const changes = () =>
        withPool(fresh(), async (pool) =>
          Object.fromEntries(
            (
              await pool.query<{ scope: string; change: string }>('SELECT scope, change FROM stats_changes')
            ).rows.map((r) => [r.scope, Number(r.change)]),
          ),
        );
      const run = (sql: string) => withPool(fresh(), (pool) => pool.query(sql));
      await run(`
        INSERT INTO districts (id, name) VALUES (1, 'Almaty');
        INSERT INTO articles (id, code) VALUES (1, '194');`);
      const names = (await changes()).names!;
      expect(names).toBeGreaterThan(0);
      await run(`INSERT INTO cases (id, registry_number, article_id, district_id, registered_on, forwarded_to_court_on)
        VALUES (1, 'A-1', 1, 1, '2023-12-30', '2024-02-01')`);
      const inserted = await changes();
      expect(Object.keys(inserted).sort()).toEqual(['2023', '2024', 'names']);
      // A verdict of 2025 on a defendant of a case of 2023: the years of its dates, not of today.
      await run(`INSERT INTO defendants (id, case_id, position, sex, convicted_on, sentence_type, sentenced_on)
        VALUES (1, 1, 0, 'M', '2025-03-01', 'fine', '2025-03-01')`);
      const judged = await changes();
      expect(Object.keys(judged).sort()).toEqual(['2023', '2024', '2025', 'names']);
      expect(judged['2023']).toBeGreaterThan(inserted['2023']!); // the defendant's case_registered_on
      expect(judged['2024']).toBe(inserted['2024']);
      // The case moves to 2022: its old year and its new one, and its defendant's copy of the date.
      await run(`UPDATE cases SET registered_on = '2022-06-01' WHERE id = 1`);
      const moved = await changes();
      expect(moved['2022']).toBeGreaterThan(0);
      expect(moved['2023']).toBeGreaterThan(judged['2023']!);
      expect(moved['2024']).toBeGreaterThan(judged['2024']!); // forwarded_to_court_on, unchanged
      expect(moved.names).toBe(names);
      // Two statements of one transaction give a year one number, drawn at its commit: until then the
      // year's row is neither changed nor locked, so other writers of that year do not wait for it.
      const drawn = () =>
        withPool(fresh(), async (pool) =>
          Number(
            (await pool.query<{ n: string }>('SELECT last_value AS n FROM stats_change_numbers')).rows[0]!.n,
          ),
        );
      const before = await drawn();
      await withPool(fresh(), async (pool) => {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          await client.query(
            `UPDATE defendants SET convicted_on = '2025-04-01', sentenced_on = '2025-04-01'`,
          );
          await client.query(
            `UPDATE defendants SET convicted_on = '2025-05-01', sentenced_on = '2025-05-01'`,
          );
          // Another writer numbers 2025 meanwhile without waiting: the year's row is not locked.
          await pool.query(`INSERT INTO cases (id, registry_number, article_id, district_id, registered_on)
            VALUES (2, 'A-2', 1, 1, '2025-01-10')`);
          expect((await changes())['2025']).toBeGreaterThan(moved['2025']!);
          await client.query('COMMIT');
        } finally {
          client.release();
        }
      });
      const twice = await changes();
      // Its scopes: 2025 (the verdict's old and new dates) and 2022 (the defendant's case's year).
      expect(await drawn()).toBe(before + 1 + 2);
      expect(twice['2025']).toBe(before + 3);
      expect(Object.keys(twice).sort()).toEqual(['2022', '2023', '2024', '2025', 'names']);
      // A name changed: every year's figures show it.
      await run(`UPDATE districts SET name = 'Almaty city' WHERE id = 1`);
      expect((await changes()).names).toBeGreaterThan(names);
      await run('DELETE FROM cases WHERE id = 1');
      const deleted = await changes();
      expect(deleted['2022']).toBeGreaterThan(twice['2022']!);
      expect(deleted['2025']).toBeGreaterThan(twice['2025']!);
    });
  });

  describe('migration 13: a case’s copies and search number follow only the fields that change', () => {
    const fresh = usePgDatabase();
    it('leaves its parties, its search number and their years alone when an edit rewrites those fields unchanged', async () => {
      await withPool(fresh(), (pool) => migratePg(pool));
      const run = (sql: string) => withPool(fresh(), (pool) => pool.query(sql));
      const one = async <R extends pg.QueryResultRow>(sql: string) =>
        (await withPool(fresh(), (pool) => pool.query<R>(sql))).rows[0]!;
      await run(`
        INSERT INTO districts (id, name) VALUES (1, 'Almaty'), (2, 'Nura');
        INSERT INTO articles (id, code) VALUES (1, '194');
        INSERT INTO cases (id, registry_number, article_id, district_id, registered_on)
          VALUES (1, 'A-1', 1, 1, '2023-05-01');
        INSERT INTO defendants (id, case_id, position, sex, full_name, convicted_on)
          VALUES (1, 1, 0, 'M', 'Ivanov Ivan', '2025-03-01');`);
      /** The row versions (xmin) of the case's defendant and search number, and each year's change number. */
      const state = async () => ({
        defendant: (await one<{ v: string }>('SELECT xmin::text AS v FROM defendants WHERE id = 1')).v,
        number: (
          await one<{ v: string }>('SELECT xmin::text AS v FROM case_search_numbers WHERE case_id = 1')
        ).v,
        years: Object.fromEntries(
          (
            await withPool(fresh(), (pool) =>
              pool.query<{ scope: string; change: string }>('SELECT scope, change FROM stats_changes'),
            )
          ).rows.map((r) => [r.scope, Number(r.change)]),
        ),
      });
      const before = await state();
      // Every field written, as an edit writes them (replacePgRecord), only the damage different.
      await run(`UPDATE cases SET registry_number = registry_number, article_id = article_id,
        district_id = district_id, registered_on = registered_on, damage_kzt = 5000 WHERE id = 1`);
      const edited = await state();
      expect(edited.defendant).toBe(before.defendant);
      expect(edited.number).toBe(before.number);
      expect(edited.years['2023']).toBeGreaterThan(before.years['2023']!); // the case's own year
      expect(edited.years['2025']).toBe(before.years['2025']); // the verdict's: no figure of it changed
      // A district changed reaches the defendant's copy, and the verdict's year, whose figures read it.
      await run('UPDATE cases SET district_id = 2 WHERE id = 1');
      const moved = await state();
      expect(await one('SELECT case_district_id FROM defendants WHERE id = 1')).toEqual({
        case_district_id: 2,
      });
      expect(moved.years['2025']).toBeGreaterThan(edited.years['2025']!);
      expect(moved.number).toBe(before.number);
      // A number changed reaches the search numbers.
      await run(`UPDATE cases SET registry_number = 'A-9' WHERE id = 1`);
      expect(await one('SELECT registry_number FROM case_search_numbers WHERE case_id = 1')).toEqual({
        registry_number: 'A-9',
      });
    });
  });

  describe('a database of a newer Nadzor', () => {
    const newer = usePgDatabase();
    it('is refused and left as it was', async () => {
      await withPool(newer(), (pool) => migratePg(pool));
      await withPool(newer(), (pool) => pool.query('UPDATE nadzor_schema SET version = 99'));
      const opening = openPgStore(newer());
      await expect(opening).rejects.toBeInstanceOf(DatabaseOpenError);
      await expect(opening).rejects.toMatchObject({ code: 'db_too_new', params: { found: 99 } });
      expect(await version(newer())).toBe(99);
    });
  });

  describe('a database holding tables that are not Nadzor’s', () => {
    const foreign = usePgDatabase();
    it('is refused and left as it was', async () => {
      await withPool(foreign(), (pool) => pool.query('CREATE TABLE invoices (id integer)'));
      await expect(openPgStore(foreign())).rejects.toMatchObject({ code: 'db_not_nadzor' });
      const tables = await withPool(foreign(), async (pool) =>
        (
          await pool.query<{ name: string }>(
            `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'`,
          )
        ).rows.map((r) => r.name),
      );
      expect(tables).toEqual(['invoices']);
    });
  });
});

describe('the audit trail on PostgreSQL', () => {
  const database = usePgDatabase();

  it('refuses to be changed, and verify names a row changed or added outside Nadzor', async () => {
    const store = await openPgStore(database());
    try {
      const noLabels = { ru: null, kk: null, en: null };
      const caseId = await store.write('t', async (tx) => {
        const districtId = await tx.apply({ entity: 'district', action: 'district.create' }, (w) =>
          w.reference.create('district', 'Almaty', noLabels, true),
        );
        const articleId = await tx.apply({ entity: 'article', action: 'article.create' }, (w) =>
          w.reference.create('article', '194', noLabels, true),
        );
        return tx.apply({ entity: 'case', action: 'case.create' }, (w) =>
          w.cases.insertRecord(registeredCase('A-1', '2024-01-01'), {
            districtId,
            articleId,
            platformIds: [],
            tacticIds: [],
          }),
        );
      });
      const ok = await store.read((r) => r.audit.verify());
      expect(ok).toMatchObject({ ok: true, entries: 3 });
      await withPool(database(), async (pool) => {
        await expect(pool.query("UPDATE audit_log SET actor = 'x'")).rejects.toThrow('append-only');
        await expect(pool.query('DELETE FROM audit_log')).rejects.toThrow('append-only');
        await expect(pool.query('TRUNCATE audit_log')).rejects.toThrow('append-only');
        await pool.query("UPDATE cases SET registered_on = '2024-01-02' WHERE id = $1", [caseId]);
      });
      expect(await store.read((r) => r.audit.verify())).toMatchObject({
        ok: false,
        kind: 'changedOutside',
        entity: { type: 'case', id: String(caseId) },
      });
      await withPool(database(), (pool) => pool.query("UPDATE cases SET registered_on = '2024-01-01'"));
      expect(await store.read((r) => r.audit.verify())).toEqual(ok);
      await withPool(database(), (pool) =>
        pool.query("INSERT INTO settings (key, value) VALUES ('sneaked', '1')"),
      );
      expect(await store.read((r) => r.audit.verify())).toMatchObject({
        ok: false,
        kind: 'unrecorded',
        entity: { type: 'setting', id: 'sneaked' },
      });
    } finally {
      await store.close();
    }
  });
});
