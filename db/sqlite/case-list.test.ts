import fc from 'fast-check';
import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import type { CaseQuery } from '../ports';
import { caseReader } from './cases';

/*
 * Paging through the case list, page by page, gives every matching case exactly once in the list's
 * order, whichever way it is sorted, with ties in the sort column, and whether a page is read from the
 * start or (past the middle) from the end.
 */

const districts = ['Almaty', 'Baikonyr', 'Yesil'];
const stages = ['registered', 'forwarded', 'closed'] as const;
const dates = ['2024-01-01', '2024-01-02', '2024-01-03'];

interface Row {
  id: number;
  number: string;
  district: string;
  stage: string;
  registeredOn: string;
}

const rowArb = fc.record({
  district: fc.constantFrom(...districts),
  stage: fc.constantFrom(...stages),
  registeredOn: fc.constantFrom(...dates),
  number: fc.stringMatching(/^[0-9]{1,6}$/),
});

// Districts are created out of name order, so an order by id would differ from one by name.
const districtIds = new Map([...districts].reverse().map((name, i) => [name, i + 1]));

/** One database for every run (migrating a new one each time is most of a run's cost). */
function listDatabase(): Database {
  const db = openDatabase(':memory:');
  for (const [name, id] of districtIds)
    db.prepare('INSERT INTO districts (id, name) VALUES (?, ?)').run(id, name);
  db.prepare("INSERT INTO articles (id, code) VALUES (1, '194')").run();
  return db;
}

/** Replaces the cases with `rows` (a repeated registry number is left out). */
function storeCases(db: Database, rows: Omit<Row, 'id'>[]): Row[] {
  db.prepare('DELETE FROM cases').run();
  const insert = db.prepare(
    `INSERT INTO cases (registry_number, article_id, district_id, registered_on, stage)
     VALUES (?, 1, ?, ?, ?)`,
  );
  const stored: Row[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.number)) continue;
    seen.add(row.number);
    const id = Number(
      insert.run(row.number, districtIds.get(row.district), row.registeredOn, row.stage).lastInsertRowid,
    );
    stored.push({ ...row, id });
  }
  return stored;
}

/** The documented orders, written out by hand: each sort's keys, ascending, ending in a unique one. */
const keysOf: Record<CaseQuery['sort'], (r: Row) => (string | number)[]> = {
  registeredOn: (r) => [r.registeredOn, r.id],
  registryNumber: (r) => [r.number],
  district: (r) => [r.district, r.registeredOn, r.id],
  stage: (r) => [r.stage, r.registeredOn, r.id],
};

function compareKeys(a: (string | number)[], b: (string | number)[]): number {
  for (let i = 0; i < a.length; i += 1) {
    if (a[i]! < b[i]!) return -1;
    if (a[i]! > b[i]!) return 1;
  }
  return 0;
}

const sorts = Object.keys(keysOf) as CaseQuery['sort'][];

describe('case list paging', () => {
  it('pages through the whole sorted list exactly once, for every sort and direction, filtered or not', async () => {
    const db = listDatabase();
    const reader = caseReader(db);
    await fc.assert(
      fc.asyncProperty(
        fc.array(rowArb, { maxLength: 40 }),
        fc.constantFrom(...sorts),
        fc.constantFrom('asc' as const, 'desc' as const),
        fc.integer({ min: 1, max: 7 }),
        fc.option(fc.constantFrom(...stages), { nil: undefined }),
        async (rows, sort, order, pageSize, stage) => {
          const stored = storeCases(db, rows).filter((r) => stage === undefined || r.stage === stage);
          const expected = [...stored]
            .sort((a, b) => compareKeys(keysOf[sort](a), keysOf[sort](b)) * (order === 'asc' ? 1 : -1))
            .map((r) => r.id);
          const pages = Math.ceil(stored.length / pageSize);
          const seen: number[] = [];
          for (let page = 1; page <= pages; page += 1) {
            const result = await reader.list({ page, pageSize, sort, order, stage });
            expect(result.total).toBe(stored.length);
            expect(result.items.length).toBe(
              page < pages ? pageSize : stored.length - (pages - 1) * pageSize,
            );
            seen.push(...result.items.map((item) => item.id));
          }
          expect(seen).toEqual(expected);
          const beyond = await reader.list({ page: pages + 1, pageSize, sort, order, stage });
          expect(beyond.items).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
    db.close();
  });

  it('fills each row of a page read from the end with its own case', async () => {
    const db = listDatabase();
    storeCases(db, [
      { number: 'A-1', district: 'Yesil', stage: 'registered', registeredOn: '2024-01-01' },
      { number: 'A-2', district: 'Almaty', stage: 'closed', registeredOn: '2024-01-02' },
      { number: 'A-3', district: 'Baikonyr', stage: 'forwarded', registeredOn: '2024-01-03' },
    ]);
    const last = await caseReader(db).list({ page: 3, pageSize: 1, sort: 'district', order: 'asc' });
    expect(last.items.map((c) => [c.registryNumber, c.district, c.stage])).toEqual([
      ['A-1', 'Yesil', 'registered'],
    ]);
    db.close();
  });

  it('counts the cases of a platform and an article after links, articles and cases change', async () => {
    const db = listDatabase();
    db.exec(`
      INSERT INTO articles (id, code) VALUES (2, '190');
      INSERT INTO platforms (id, name) VALUES (1, 'Badoo'), (2, 'Telegram');
      INSERT INTO cases (id, registry_number, article_id, district_id, registered_on) VALUES
        (1, 'P-1', 2, 1, '2024-01-01'), (2, 'P-2', 2, 2, '2024-01-02'), (3, 'P-3', 1, 3, '2024-01-03'),
        (4, 'P-4', 2, 1, '2024-01-04'), (5, 'P-5', 2, 2, '2024-01-05');
      INSERT INTO case_platforms (case_id, position, platform_id) VALUES
        (1, 0, 1), (1, 1, 2), (2, 0, 1), (3, 0, 1), (4, 0, 1), (5, 0, 2);
      UPDATE cases SET article_id = 1 WHERE id = 4;
      DELETE FROM cases WHERE id = 2;
    `);
    const list = (query: Partial<CaseQuery>) =>
      caseReader(db).list({ page: 1, pageSize: 2, sort: 'district', order: 'asc', ...query });
    // Badoo: cases 1, 3 and 4 (2 is gone); of them, article 190 is case 1 only (4 moved to 194).
    const both = await list({ platform: 'Badoo', article: '190' });
    expect([both.total, both.items.map((c) => c.registryNumber)]).toEqual([1, ['P-1']]);
    expect((await list({ platform: 'Badoo' })).total).toBe(3);
    expect((await list({ platform: 'Telegram', article: '190' })).total).toBe(2);
    expect((await list({ platform: 'Nowhere' })).total).toBe(0);
    db.close();
  });
});
