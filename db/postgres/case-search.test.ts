import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../shared/domain/case-record';
import { registeredCase } from '../test-support';
import { openPgStore } from './store';
import { usePgDatabase } from './testing/test-database';

/* The list's search box on PostgreSQL: the expectations of db/sqlite/case-search.test.ts, by pg_trgm and tsvector. */

const noLabels = { ru: null, kk: null, en: null };
const defendant = (fullName: string, sex: 'M' | 'F') => ({
  personId: null,
  fullName,
  sex,
  birthDate: null,
  employment: null,
  priorConvictions: null,
  convictedOn: null,
  acquittedOn: null,
  sentence: null,
});

const cases: CaseRecord[] = [
  {
    ...registeredCase('155111030000071', '2015-02-01'),
    defendants: [defendant('Ахметов Ерлан Серикович', 'M')],
  },
  {
    ...registeredCase('245111030012345', '2024-03-01'),
    defendants: [defendant('Иванова Анна Петровна', 'F')],
  },
  registeredCase('24-AB/7', '2024-04-01'),
  registeredCase('X_1%', '2024-05-01'),
];

describe('case search on PostgreSQL', () => {
  const database = usePgDatabase();

  async function searchable() {
    const store = await openPgStore(database());
    await store.write('t', async (tx) => {
      const districtId = await tx.apply({ entity: 'district', action: 'district.create' }, (w) =>
        w.reference.create('district', 'Almaty', noLabels, true),
      );
      const articleId = await tx.apply({ entity: 'article', action: 'article.create' }, (w) =>
        w.reference.create('article', '194', noLabels, true),
      );
      for (const record of cases) {
        await tx.apply({ entity: 'case', action: 'case.create' }, (w) =>
          w.cases.insertRecord(record, { districtId, articleId, platformIds: [], tacticIds: [] }),
        );
      }
    });
    const find = async (search: string) =>
      (
        await store.read((r) =>
          r.cases.list({ page: 1, pageSize: 50, sort: 'registeredOn', order: 'asc', search }),
        )
      ).items.map((c) => c.registryNumber);
    return { store, find };
  }

  it('finds numbers by any part, short text by their start, names by word starts, and syntax as plain text', async () => {
    const { store, find } = await searchable();
    try {
      expect(await find('0000071')).toEqual(['155111030000071']);
      expect(await find('12345')).toEqual(['245111030012345']);
      expect(await find('11103')).toEqual(['155111030000071', '245111030012345']);
      expect(await find('AB/7')).toEqual(['24-AB/7']);
      expect(await find('ab/7')).toEqual(['24-AB/7']);
      expect(await find('24')).toEqual(['245111030012345', '24-AB/7']);
      expect(await find('71')).toEqual([]);
      expect(await find('Ахмет')).toEqual(['155111030000071']);
      expect(await find('ахмет')).toEqual(['155111030000071']);
      expect(await find('Иванова Анна')).toEqual(['245111030012345']);
      expect(await find('Анна Иван')).toEqual(['245111030012345']);
      expect(await find('Анна Ахметов')).toEqual([]);
      expect(await find('Серик')).toEqual(['155111030000071']);
      expect(await find('"00" OR *')).toEqual([]);
      expect(await find('0"0')).toEqual([]);
      // LIKE's wildcards are plain characters too.
      expect(await find('_1%')).toEqual(['X_1%']);
      expect(await find('%%%')).toEqual([]);
      expect(await find("'&|!:*")).toEqual([]);
    } finally {
      await store.close();
    }
  });
});

describe('the search copies on PostgreSQL (migration 007)', () => {
  const database = usePgDatabase();

  it('counts and orders the matches as the cases stand after edits, each case once', async () => {
    const store = await openPgStore(database());
    try {
      const refs = await store.write('t', async (tx) => {
        const districtId = await tx.apply({ entity: 'district', action: 'district.create' }, (w) =>
          w.reference.create('district', 'Almaty', noLabels, true),
        );
        const articleId = await tx.apply({ entity: 'article', action: 'article.create' }, (w) =>
          w.reference.create('article', '194', noLabels, true),
        );
        return { districtId, articleId, platformIds: [], tacticIds: [] };
      });
      const save = (record: CaseRecord, id?: number) =>
        store.write('t', (tx) =>
          tx.apply({ entity: 'case', action: id ? 'case.update' : 'case.create' }, (w) =>
            id ? w.cases.replaceRecord(id, record, refs) : w.cases.insertRecord(record, refs),
          ),
        );
      const find = async (search: string, order: 'asc' | 'desc' = 'desc', page = 1, pageSize = 50) => {
        const found = await store.read((r) =>
          r.cases.list({ page, pageSize, sort: 'registeredOn', order, search }),
        );
        return { total: found.total, numbers: found.items.map((c) => c.registryNumber) };
      };
      // Two defendants of one case match "Ахмет": the case is listed and counted once.
      const a = await save({
        ...registeredCase('245111030000001', '2024-01-10'),
        defendants: [defendant('Ахметов Бек Нурович', 'M'), defendant('Ахметова Дана Нуровна', 'F')],
      });
      const b = await save({
        ...registeredCase('155111030000002', '2015-05-05'),
        defendants: [defendant('Серикова Алия Ерлановна', 'F')],
      });
      await save(registeredCase('245111030000003', '2024-02-01'));
      expect(await find('Ахмет')).toEqual({ total: 1, numbers: ['245111030000001'] });
      expect(await find('2451110')).toEqual({ total: 2, numbers: ['245111030000003', '245111030000001'] });

      await save(
        {
          ...registeredCase('245111030000004', '2024-03-01'),
          defendants: [defendant('Ахметжанов Нур Серикович', 'M')],
        },
        b,
      );
      expect(await find('Ахмет')).toEqual({ total: 2, numbers: ['245111030000004', '245111030000001'] });
      expect(await find('Серикова')).toEqual({ total: 0, numbers: [] });
      expect(await find('1551110')).toEqual({ total: 0, numbers: [] });

      // A new date moves the case in the order; names no longer on it no longer find it.
      await save(
        { ...registeredCase('245111030000001', '2014-01-01'), defendants: [defendant('Иванов Иван', 'M')] },
        a,
      );
      expect(await find('Ахмет')).toEqual({ total: 1, numbers: ['245111030000004'] });
      expect(await find('2451110', 'asc')).toEqual({
        total: 3,
        numbers: ['245111030000001', '245111030000003', '245111030000004'],
      });
      expect(await find('2451110', 'asc', 2, 2)).toEqual({ total: 3, numbers: ['245111030000004'] });
      expect(await find('2451110', 'desc', 3, 2)).toEqual({ total: 3, numbers: [] });
    } finally {
      await store.close();
    }
  });
});
