import { describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import type { CaseQuery } from '../ports';
import { caseCount, caseWhere } from './case-filters';
import { caseStages } from '../../shared/domain/pipeline';
import { caseReader, inDistrict, pageIdsSql, stageCountsSql } from './cases';
import { orderedSearch, orderedSearchPageSql, searchKeysSql } from './case-search';

/*
 * The case list must answer any page of a million cases in milliseconds: one page's ids come from an
 * index walk in the list's order (no sorting of every case, no reading whole rows to skip them), and
 * the filters of the benchmark's slow scenarios are index ranges.
 */

const sorts: CaseQuery['sort'][] = ['registeredOn', 'registryNumber', 'district', 'stage'];

describe('the case list’s query plans', () => {
  const db = openDatabase(':memory:');
  const plan = (sql: string, params: Record<string, unknown>) =>
    (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((r) => r.detail);
  // By district, a page is read district by district (the district's name comes first).
  const pagePlan = (query: CaseQuery, fromEnd: boolean) => {
    const { sql, params } = caseWhere(query);
    const where = query.sort === 'district' ? inDistrict(sql) : sql;
    return plan(pageIdsSql(query, where, fromEnd), { ...params, districtId: 1, limit: 50, offset: 0 });
  };

  for (const sort of sorts)
    for (const order of ['asc', 'desc'] as const)
      it(`walks an index for ${sort} ${order}, from the start and from the end, without sorting`, () => {
        for (const fromEnd of [false, true]) {
          const steps = pagePlan({ page: 1, pageSize: 50, sort, order }, fromEnd);
          const text = steps.join(' | ');
          expect(text).not.toMatch(/TEMP B-TREE/);
          const caseSteps = steps.filter((s) => /\b(c|cases)\b/.test(s));
          expect(caseSteps.length, text).toBeGreaterThan(0);
          for (const step of caseSteps) expect(step, text).toMatch(/USING COVERING INDEX/);
          if (sort === 'district') expect(text).toMatch(/cases_by_district \(district_id=\?\)/);
        }
      });

  it('counts and pages platform + article from one range of the platform links', () => {
    const query: CaseQuery = {
      page: 1,
      pageSize: 50,
      sort: 'district',
      order: 'asc',
      article: '190',
      platform: 'Badoo',
    };
    const { sql, params } = caseWhere(query);
    for (const steps of [plan(`SELECT count(*) FROM cases c ${sql}`, params), pagePlan(query, false)]) {
      const text = steps.join(' | ');
      expect(text).toMatch(
        /case_platforms USING COVERING INDEX case_platforms_by_article \(platform_id=\? AND case_article_id=\?\)/,
      );
      expect(text).not.toMatch(/SCAN c\b/);
      expect(text).not.toMatch(/TEMP B-TREE/);
    }
  });

  it('counts a platform, with or without an article, in the platform links alone', () => {
    for (const query of [{ platform: 'Badoo', article: '190' }, { platform: 'Badoo' }]) {
      const { sql, params } = caseCount(query);
      const text = plan(sql, params).join(' | ');
      expect(text).toMatch(
        query.article
          ? /case_platforms USING COVERING INDEX case_platforms_by_article \(platform_id=\? AND case_article_id=\?\)/
          : /case_platforms USING COVERING INDEX case_platforms_by_\w+ \(platform_id=\?\)/,
      );
      expect(text).not.toMatch(/\b(c|cases)\b/);
    }
    // Any other filter beside them is counted on the cases.
    expect(caseCount({ platform: 'Badoo', year: 2024 }).sql).toMatch(/FROM cases c/);
  });

  it('finds any part of a registry number through the trigram index, not by reading every number', () => {
    const { sql, params } = caseWhere({ search: '00071' });
    const text = plan(`SELECT count(*) FROM cases c ${sql}`, params).join(' | ');
    expect(text).toMatch(/case_numbers VIRTUAL TABLE/);
    expect(text).not.toMatch(/SCAN c\b/);
  });
});

describe('a search in the list’s default order', () => {
  const db = openDatabase(':memory:');
  const plan = (sql: string, params: Record<string, unknown>) =>
    (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[])
      .map((r) => r.detail)
      .join(' | ');
  const newestFirst: CaseQuery = { page: 1, pageSize: 50, sort: 'registeredOn', order: 'desc' };

  it('counts and pages a common surname or number prefix from the two search indexes, reading no case', () => {
    for (const search of ['Ахмет', '2451110']) {
      const ordered = orderedSearch({ ...newestFirst, search });
      expect(ordered?.sources.length, search).toBe(2);
      const { sources, params } = ordered!;
      const page = plan(orderedSearchPageSql(sources, false), { ...params, limit: 50, offset: 0 });
      const texts = [
        ...sources.map((source) => plan(`SELECT count(*) FROM (${source})`, params)),
        plan(`SELECT count(*) FROM (${searchKeysSql(sources)})`, params),
        page,
      ];
      for (const text of texts) expect(text).not.toMatch(/\b(c|cases|defendants)\b/);
      expect(texts.join(' | ')).toMatch(/case_numbers VIRTUAL TABLE.*case_names VIRTUAL TABLE/);
      // The page merges the two indexes' rows in key order and stops at the page's end: no sort.
      expect(page).toMatch(/MERGE \(UNION\)/);
      expect(page).not.toMatch(/TEMP B-TREE/);
      // One index alone is read in key order as it stands.
      expect(
        plan(orderedSearchPageSql(sources.slice(1), true), { ...params, limit: 50, offset: 0 }),
      ).not.toMatch(/TEMP B-TREE/);
    }
  });

  it('is left to the general filters for other sorts, other filters, short text and several words', () => {
    const search = 'Ахмет';
    expect(orderedSearch({ ...newestFirst, search, sort: 'district' })).toBeNull();
    expect(orderedSearch({ ...newestFirst, search, year: 2024 })).toBeNull();
    expect(orderedSearch({ ...newestFirst, search, stage: 'registered' })).toBeNull();
    expect(orderedSearch({ ...newestFirst, search: 'Ах' })).toBeNull();
    expect(orderedSearch({ ...newestFirst, search: 'Ахметов Ерлан' })).toBeNull();
  });
});

describe('the case list by district', () => {
  it('skips whole districts by their kept counts on an unfiltered list, counting no cases', async () => {
    const db = openDatabase(':memory:');
    db.exec(`
      INSERT INTO districts (id, name) VALUES (1, 'Yesil'), (2, 'Almaty'), (3, 'Nura');
      INSERT INTO articles (id, code) VALUES (1, '194');
      INSERT INTO cases (registry_number, article_id, district_id, registered_on) VALUES
        ('A-1', 1, 1, '2024-01-01'), ('A-2', 1, 2, '2024-01-03'), ('A-3', 1, 2, '2024-01-02'),
        ('A-4', 1, 3, '2024-01-05'), ('A-5', 1, 1, '2023-12-31'), ('A-6', 1, 3, '2024-01-04');
    `);
    const prepared: string[] = [];
    const prepare = db.prepare.bind(db);
    db.prepare = (sql: string) => {
      prepared.push(sql);
      return prepare(sql);
    };
    // Almaty fills page 1; page 2 is Nura's two cases, oldest first.
    const page = await caseReader(db).list({ page: 2, pageSize: 2, sort: 'district', order: 'asc' });
    expect(page.items.map((c) => c.registryNumber)).toEqual(['A-6', 'A-4']);
    expect(prepared.join('\n')).toMatch(/district_case_counts/);
    expect(prepared.filter((sql) => /count\(\*\)[\s\S]*district_id = @districtId/.test(sql))).toEqual([]);
  });
});

describe('the dashboard’s counts by stage', () => {
  it('counts each stage’s registrations in the stage index alone, never reading the cases table', () => {
    const db = openDatabase(':memory:');
    const steps = (
      db.prepare(`EXPLAIN QUERY PLAN ${stageCountsSql}`).all(...caseStages, '2025-01-01', '2025-12-31') as {
        detail: string;
      }[]
    ).map((r) => r.detail);
    const text = steps.join(' | ');
    expect(text).toMatch(
      /USING COVERING INDEX cases_by_stage \(stage=\? AND registered_on>\? AND registered_on<\?\)/,
    );
    expect(text).not.toMatch(/cases_by_registered_on/);
  });
});
