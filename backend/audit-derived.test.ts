import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedReferenceData } from './seed-reference';
import { fillDemo } from './services/demo/fill-demo';
import type { Store } from '../db/ports';
import { verifyPgTrail } from '../db/postgres/audit';
import { openPgStore } from '../db/postgres/store';
import { nadzorTypes } from '../db/postgres/sql';
import { usePgDatabase } from '../db/postgres/testing/test-database';
import { openSqliteStore } from '../db/sqlite/store';
import { tempDbPath } from '../db/test-support';
import type { VerifyReport } from '../db/audit/types';
import { verifyAuditTrail } from '../db/audit/verify';

/*
 * Every copy and count the statistics, the case list and the register read, tampered with by one
 * UPDATE around the application, on both engines: `audit verify` must name the table and column.
 * Each tampering runs in a transaction on a connection of its own, verified there and rolled back,
 * so the cases start from the same intact demo data.
 */

interface Tampering {
  name: string;
  /** One statement each engine understands. */
  sql: string;
  table: string;
  column: string;
  engines?: ('sqlite' | 'postgres')[];
}

const first = (table: string, where = 'true') => `(SELECT min(id) FROM ${table} WHERE ${where})`;

const tamperings: Tampering[] = [
  {
    name: 'a 2024 victim moved to 2023 (the victims figure halves this way)',
    sql: `UPDATE victims SET case_registered_on = '2023-06-01' WHERE id = ${first('victims', "case_registered_on LIKE '2024%'")}`,
    table: 'victims',
    column: 'case_registered_on',
  },
  {
    name: 'a 2024 victim added to a case that does not exist',
    sql: `INSERT INTO victims (id, case_id, position, sex) VALUES (999999, 999999, 0, 'F');
      UPDATE victims SET case_registered_on = '2024-05-01', case_district_id = 1, age = 30 WHERE id = 999999`,
    table: 'victims',
    column: 'case_id',
  },
  {
    name: "a victim's district copy",
    sql: `UPDATE victims SET case_district_id = case_district_id + 1 WHERE id = ${first('victims')}`,
    table: 'victims',
    column: 'case_district_id',
  },
  {
    name: "a victim's age",
    sql: `UPDATE victims SET age = 30 WHERE id = ${first('victims', 'age IS NULL OR age <> 30')}`,
    table: 'victims',
    column: 'age',
  },
  {
    name: "a defendant's registration copy",
    sql: `UPDATE defendants SET case_registered_on = '1999-01-01' WHERE id = ${first('defendants')}`,
    table: 'defendants',
    column: 'case_registered_on',
  },
  {
    name: "a defendant's district copy",
    sql: `UPDATE defendants SET case_district_id = case_district_id + 1 WHERE id = ${first('defendants')}`,
    table: 'defendants',
    column: 'case_district_id',
  },
  {
    name: "a defendant's age",
    sql: `UPDATE defendants SET age = 99 WHERE id = ${first('defendants')}`,
    table: 'defendants',
    column: 'age',
  },
  {
    name: "a defendant's name key (register matching)",
    sql: `UPDATE defendants SET name_key = 'someone else' WHERE id = ${first('defendants', 'full_name IS NOT NULL')}`,
    table: 'defendants',
    column: 'name_key',
  },
  {
    name: "a register person's name key",
    sql: `UPDATE monitored_persons SET name_key = 'someone else' WHERE id = ${first('monitored_persons')}`,
    table: 'monitored_persons',
    column: 'name_key',
  },
  {
    name: "a platform link's registration copy",
    sql: `UPDATE case_platforms SET case_registered_on = '1999-01-01'
      WHERE case_id = (SELECT min(case_id) FROM case_platforms)`,
    table: 'case_platforms',
    column: 'case_registered_on',
  },
  {
    name: "a platform link's article copy",
    sql: `UPDATE case_platforms SET case_article_id = case_article_id + 1
      WHERE case_id = (SELECT min(case_id) FROM case_platforms)`,
    table: 'case_platforms',
    column: 'case_article_id',
  },
  {
    name: "a tactic link's district copy",
    sql: `UPDATE case_tactics SET case_district_id = case_district_id + 1
      WHERE case_id = (SELECT min(case_id) FROM case_tactics)`,
    table: 'case_tactics',
    column: 'case_district_id',
  },
  {
    name: "a district's case count (the list's totals)",
    sql: `UPDATE district_case_counts SET cases = cases + 5
      WHERE district_id = (SELECT min(district_id) FROM district_case_counts)`,
    table: 'district_case_counts',
    column: 'cases',
  },
  {
    name: "a day's case count",
    sql: `UPDATE case_day_counts SET cases = cases + 1
      WHERE registered_on = (SELECT min(registered_on) FROM case_day_counts)`,
    table: 'case_day_counts',
    column: 'cases',
    engines: ['postgres'],
  },
  {
    name: 'a search copy of a registry number',
    sql: `UPDATE case_search_numbers SET registry_number = 'X-1' WHERE case_id = (SELECT min(case_id) FROM case_search_numbers)`,
    table: 'case_search_numbers',
    column: 'registry_number',
    engines: ['postgres'],
  },
  {
    name: 'a search copy of a defendant name',
    sql: `DELETE FROM case_search_names WHERE defendant_id = (SELECT min(defendant_id) FROM case_search_names)`,
    table: 'case_search_names',
    column: 'defendant_id',
    engines: ['postgres'],
  },
  {
    name: 'the name search index over defendants',
    sql: `INSERT INTO defendant_names (defendant_names, rowid, full_name)
      SELECT 'delete', id, full_name FROM defendants WHERE id = ${first('defendants', 'full_name IS NOT NULL')}`,
    table: 'defendant_names',
    column: 'full_name',
    engines: ['sqlite'],
  },
  {
    name: 'a name added to the name search index',
    sql: `INSERT INTO defendant_names (rowid, full_name) VALUES (999999, 'Invented Person')`,
    table: 'defendant_names',
    column: 'full_name',
    engines: ['sqlite'],
  },
];

async function demoStore(store: Store): Promise<void> {
  try {
    await seedReferenceData(store);
    await fillDemo(store, 'test');
  } finally {
    await store.close();
  }
}

const derived = (t: Tampering) => ({
  ok: false,
  kind: 'derivedChanged',
  derived: { table: t.table, column: t.column },
});

describe('audit verify recomputes every derived copy and count on SQLite', () => {
  const path = tempDbPath();
  let db: Database.Database;
  beforeAll(async () => {
    await demoStore(openSqliteStore(path));
    db = new Database(path);
    // As an insider with the sqlite3 shell would: foreign keys are off unless a connection turns them on.
    db.pragma('foreign_keys = OFF');
  });
  afterAll(() => db.close());

  const tampered = (sql: string): VerifyReport => {
    db.exec('BEGIN');
    try {
      db.exec(sql);
      return verifyAuditTrail(db);
    } finally {
      db.exec('ROLLBACK');
    }
  };

  it('passes the intact demo data', () => {
    expect(verifyAuditTrail(db)).toMatchObject({ ok: true });
  });

  for (const t of tamperings.filter((t) => !t.engines || t.engines.includes('sqlite'))) {
    it(`catches ${t.name}`, () => {
      const report = tampered(t.sql);
      expect(report).toMatchObject(derived(t));
      expect(report.ok ? '' : report.problem).toMatch(new RegExp(`^${t.table} row \\S+ column ${t.column} `));
    });
  }
});

describe('audit verify recomputes every derived copy and count on PostgreSQL', () => {
  const pgDatabase = usePgDatabase();
  let client: pg.Client;
  beforeAll(async () => {
    await demoStore(await openPgStore(pgDatabase()));
    client = new pg.Client({ connectionString: pgDatabase(), types: nadzorTypes });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
  });

  const tampered = async (sql: string): Promise<VerifyReport> => {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
    try {
      // As an insider with the database's owner role would: with the triggers that keep copies off.
      await client.query('SET LOCAL session_replication_role = replica');
      await client.query(sql);
      return await verifyPgTrail(client);
    } finally {
      await client.query('ROLLBACK');
    }
  };

  it('passes the intact demo data', async () => {
    expect(await verifyPgTrail(client)).toMatchObject({ ok: true });
  });

  for (const t of tamperings.filter((t) => !t.engines || t.engines.includes('postgres'))) {
    it(`catches ${t.name}`, async () => {
      expect(await tampered(t.sql)).toMatchObject(derived(t));
    });
  }
});
