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
});
