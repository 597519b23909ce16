import { describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import { caseReader } from './cases';

/* The list's search box: any part of a registry number (three characters or more), or a defendant's name. */

function searchable() {
  const db = openDatabase(':memory:');
  db.exec(`
    INSERT INTO districts (id, name) VALUES (1, 'Almaty');
    INSERT INTO articles (id, code) VALUES (1, '194');
    INSERT INTO cases (id, registry_number, article_id, district_id, registered_on) VALUES
      (1, '155111030000071', 1, 1, '2015-02-01'),
      (2, '245111030012345', 1, 1, '2024-03-01'),
      (3, '24-AB/7', 1, 1, '2024-04-01');
    INSERT INTO defendants (case_id, position, full_name, sex) VALUES
      (1, 0, 'Ахметов Ерлан Серикович', 'M'),
      (2, 0, 'Иванова Анна Петровна', 'F');
  `);
  const reader = caseReader(db);
  return async (search: string) =>
    (await reader.list({ page: 1, pageSize: 50, sort: 'registeredOn', order: 'asc', search })).items.map(
      (c) => c.registryNumber,
    );
}

describe('case search', () => {
  it('finds a registry number by its last digits, its middle or its start', async () => {
    const find = searchable();
    expect(await find('0000071')).toEqual(['155111030000071']);
    expect(await find('12345')).toEqual(['245111030012345']);
    expect(await find('11103')).toEqual(['155111030000071', '245111030012345']);
    expect(await find('2451')).toEqual(['245111030012345']);
    expect(await find('AB/7')).toEqual(['24-AB/7']);
  });

  it('matches short text (under three characters) at the start of the number only', async () => {
    const find = searchable();
    expect(await find('24')).toEqual(['245111030012345', '24-AB/7']);
    expect(await find('71')).toEqual([]);
  });

  it('finds a case by the start of a defendant’s surname, or the full name', async () => {
    const find = searchable();
    expect(await find('Ахмет')).toEqual(['155111030000071']);
    expect(await find('Иванова Анна')).toEqual(['245111030012345']);
  });

  it('takes quotes and search syntax as plain text', async () => {
    const find = searchable();
    expect(await find('"00" OR *')).toEqual([]);
    expect(await find('0"0')).toEqual([]);
  });

  it('keeps the number index in step when a number changes or a case goes', async () => {
    const db = openDatabase(':memory:');
    db.exec(`
      INSERT INTO districts (id, name) VALUES (1, 'Almaty');
      INSERT INTO articles (id, code) VALUES (1, '194');
      INSERT INTO cases (id, registry_number, article_id, district_id, registered_on) VALUES
        (1, 'X-11111', 1, 1, '2024-01-01'), (2, 'X-22222', 1, 1, '2024-01-01');
      UPDATE cases SET registry_number = 'X-33333' WHERE id = 1;
      DELETE FROM cases WHERE id = 2;
    `);
    const reader = caseReader(db);
    const find = async (search: string) =>
      (await reader.list({ page: 1, pageSize: 50, sort: 'registeredOn', order: 'asc', search })).total;
    expect([await find('111'), await find('333'), await find('222')]).toEqual([0, 1, 0]);
  });

  describe('in the list’s order, from the search indexes alone', () => {
    /*
     * Numbers sharing their start (year 24, office 51110) and one holding it in the middle; surnames,
     * a first name and a longer surname around "Ахмет"; two cases on one day (ordered by id).
     */
    function cases() {
      const db = openDatabase(':memory:');
      db.exec(`
        INSERT INTO districts (id, name) VALUES (1, 'Almaty');
        INSERT INTO articles (id, code) VALUES (1, '194');
        INSERT INTO cases (id, registry_number, article_id, district_id, registered_on) VALUES
          (1, '245111030000001', 1, 1, '2024-01-05'),
          (2, '245111030000002', 1, 1, '2024-03-10'),
          (4, '155111032451110', 1, 1, '2015-06-01'),
          (5, '245111030000071', 1, 1, '2024-03-10'),
          (6, '245211030000003', 1, 1, '2024-02-01');
        INSERT INTO defendants (case_id, position, full_name, sex) VALUES
          (1, 0, 'Ахметов Ерлан Серикович', 'M'),
          (2, 0, 'Иванов Иван', 'M'),
          (2, 1, 'Ахметова Динара', 'F'),
          (4, 0, 'Кожахметов Арман', 'M'),
          (5, 0, 'Сейтказиев Ахмет Болатович', 'M');
      `);
      const reader = caseReader(db);
      return (search: string, order: 'asc' | 'desc' = 'desc', page = 1, pageSize = 50, year?: number) =>
        reader
          .list({ page, pageSize, sort: 'registeredOn', order, search, ...(year ? { year } : {}) })
          .then((p) => ({ ids: p.items.map((c) => c.id), total: p.total }));
    }

    it('finds a prefix many numbers share, and a number holding it in the middle, newest first', async () => {
      const find = cases();
      expect(await find('2451110')).toEqual({ ids: [5, 2, 1, 4], total: 4 });
      expect(await find('2451110', 'asc')).toEqual({ ids: [4, 1, 2, 5], total: 4 });
      expect(await find('00071')).toEqual({ ids: [5], total: 1 });
      expect(await find('30000003')).toEqual({ ids: [6], total: 1 });
    });

    it('finds every word of a name that starts with a surname prefix, ordered and paged', async () => {
      const find = cases();
      expect(await find('Ахмет')).toEqual({ ids: [5, 2, 1], total: 3 });
      expect(await find('ахмет', 'asc')).toEqual({ ids: [1, 2, 5], total: 3 });
      expect(await find('Ахмет', 'desc', 1, 2)).toEqual({ ids: [5, 2], total: 3 });
      expect(await find('Ахмет', 'desc', 2, 2)).toEqual({ ids: [1], total: 3 });
      expect(await find('Ахмет', 'asc', 2, 2)).toEqual({ ids: [5], total: 3 });
      expect(await find('Ахмет', 'desc', 3, 2)).toEqual({ ids: [], total: 3 });
      expect(await find('Ахмет', 'asc', 1, 50, 2024)).toEqual({ ids: [1, 2, 5], total: 3 });
    });

    it('counts a case found by its number and by a name once, among cases found by either', async () => {
      const db = openDatabase(':memory:');
      db.exec(`
        INSERT INTO districts (id, name) VALUES (1, 'Almaty');
        INSERT INTO articles (id, code) VALUES (1, '194');
        INSERT INTO cases (id, registry_number, article_id, district_id, registered_on) VALUES
          (1, 'ОМАР-1', 1, 1, '2024-01-01'), (2, 'N-2', 1, 1, '2024-02-01'), (3, 'ОМАР-3', 1, 1, '2024-03-01');
        INSERT INTO defendants (case_id, position, full_name, sex) VALUES
          (1, 0, 'Омаров Нурлан', 'M'), (2, 0, 'Омарова Айгерим', 'F');
      `);
      const page = await caseReader(db).list({
        page: 1,
        pageSize: 2,
        sort: 'registeredOn',
        order: 'desc',
        search: 'Омар',
      });
      expect([page.items.map((c) => c.id), page.total]).toEqual([[3, 2], 3]);
    });

    it('never joins two defendants’ names into one match', async () => {
      const find = cases();
      expect(await find('Иванов-Иван')).toEqual({ ids: [2], total: 1 });
      expect(await find('Иван-Ахметова')).toEqual({ ids: [], total: 0 });
      // Two words must both be in one defendant's name.
      expect(await find('Иван Ахметова')).toEqual({ ids: [], total: 0 });
      expect(await find('Ахметова Динара')).toEqual({ ids: [2], total: 1 });
    });

    it('follows a renamed defendant, a new registration date and a removed defendant', async () => {
      const db = openDatabase(':memory:');
      db.exec(`
        INSERT INTO districts (id, name) VALUES (1, 'Almaty');
        INSERT INTO articles (id, code) VALUES (1, '194');
        INSERT INTO cases (id, registry_number, article_id, district_id, registered_on) VALUES
          (1, 'N-1', 1, 1, '2024-01-01'), (2, 'N-2', 1, 1, '2024-02-01');
        INSERT INTO defendants (case_id, position, full_name, sex) VALUES
          (1, 0, 'Омаров Нурлан', 'M'), (2, 0, 'Омарова Айгерим', 'F'), (2, 1, 'Касымов Талгат', 'M');
        UPDATE cases SET registered_on = '2023-12-31' WHERE id = 2;
        UPDATE defendants SET full_name = 'Омаров Серик' WHERE case_id = 2 AND position = 1;
      `);
      const reader = caseReader(db);
      const find = async (search: string) =>
        (await reader.list({ page: 1, pageSize: 50, sort: 'registeredOn', order: 'asc', search })).items.map(
          (c) => c.id,
        );
      expect([await find('Омаров'), await find('Серик'), await find('Касымов')]).toEqual([[2, 1], [2], []]);
      db.exec(`DELETE FROM defendants WHERE case_id = 2 AND position = 0`);
      expect([await find('Омарова'), await find('Омаров')]).toEqual([[], [2, 1]]);
      db.exec(`DELETE FROM cases WHERE id = 1`);
      expect([await find('Нурлан'), await find('Омаров'), await find('N-1')]).toEqual([[], [2], []]);
    });
  });
});
