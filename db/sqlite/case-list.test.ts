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

function databaseWith(rows: Omit<Row, 'id'>[]): { db: Database; stored: Row[] } {
  const db = openDatabase(':memory:');
  // Districts are created out of name order, so an order by id would differ from one by name.
  const districtIds = new Map([...districts].reverse().map((name, i) => [name, i + 1]));
  for (const [name, id] of districtIds)
    db.prepare('INSERT INTO districts (id, name) VALUES (?, ?)').run(id, name);
  db.prepare("INSERT INTO articles (id, code) VALUES (1, '194')").run();
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
  return { db, stored };
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
  it('pages through the whole sorted list exactly once, for every sort and direction', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(rowArb, { maxLength: 40 }),
        fc.constantFrom(...sorts),
        fc.constantFrom('asc' as const, 'desc' as const),
        fc.integer({ min: 1, max: 7 }),
        async (rows, sort, order, pageSize) => {
          const { db, stored } = databaseWith(rows);
          const expected = [...stored]
            .sort((a, b) => compareKeys(keysOf[sort](a), keysOf[sort](b)) * (order === 'asc' ? 1 : -1))
            .map((r) => r.id);
          const reader = caseReader(db);
          const pages = Math.ceil(stored.length / pageSize);
          const seen: number[] = [];
          for (let page = 1; page <= pages; page += 1) {
            const result = await reader.list({ page, pageSize, sort, order });
            expect(result.total).toBe(stored.length);
            expect(result.items.length).toBe(
              page < pages ? pageSize : stored.length - (pages - 1) * pageSize,
            );
            seen.push(...result.items.map((item) => item.id));
          }
          expect(seen).toEqual(expected);
          const beyond = await reader.list({ page: pages + 1, pageSize, sort, order });
          expect(beyond.items).toEqual([]);
          db.close();
        },
      ),
      { numRuns: 150 },
    );
  });

  it('fills each row of a page read from the end with its own case', async () => {
    const { db } = databaseWith([
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
});
