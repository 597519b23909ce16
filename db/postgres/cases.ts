import { caseStages } from '../../shared/domain/pipeline';
import type { CaseQuery, CaseReader, CaseWriter } from '../ports';
import { listedCase, type SummaryRow } from '../case-rows';
import { activeFilters } from '../sqlite/case-filters';
import { inDistrict, pageIdsSql, pageWindow } from '../sqlite/cases';
import { pgCaseWhere } from './case-filters';
import { orderedPgSearch, orderedPgSearchPage } from './case-search';
import {
  insertPgRecord,
  insertPgRecords,
  readPgRecord,
  readPgRecordForWrite,
  readPgRecordsAfter,
  readPgCasePage,
  readPgVersionedRecord,
  readPgVersion,
  replacePgRecord,
} from './case-records';
import { lockKey } from './audit';
import { prepared, row, rows, type Queryable } from './sql';

const SUMMARY = `
  SELECT c.id, c.registry_number, a.code AS article, c.part, d.name AS district,
    c.registered_on, c.forwarded_to_court_on, c.closed_on, c.stage,
    coalesce((SELECT json_agg(full_name ORDER BY position) FROM defendants
      WHERE case_id = c.id AND full_name IS NOT NULL), '[]') AS defendants
  FROM cases c
  JOIN districts d ON d.id = c.district_id
  JOIN articles a ON a.id = c.article_id`;

type Where = ReturnType<typeof pgCaseWhere>;

/**
 * A list filtered by platform (and article) alone is counted in the platform links' index
 * (case_platforms_by_article carries each link's case and its article): counting through the cases,
 * the planner could not see which article the filter names and scanned the table (230 of 330 ms at a
 * million cases, against 4 ms).
 */
const linksOnly = (query: CaseQuery) =>
  !!query.platform &&
  !query.search &&
  query.year === undefined &&
  !query.district &&
  !query.stage &&
  !query.registeredBetween;
/**
 * A list filtered by registration dates and stage alone (the overdue investigations, a year, a stage)
 * is counted in the cases per stage and day (migration 008): pgCaseWhere's clauses for these filters
 * name only c.stage and c.registered_on, which that table holds too. Counting the cases read 140–200
 * thousand index entries for the overdue list of a million.
 */
const daysOnly = (query: CaseQuery) => {
  const filters = activeFilters(query);
  return (
    filters.length > 0 &&
    filters.every((name) => name === 'year' || name === 'stage' || name === 'registeredBetween')
  );
};

/**
 * The list's first page with its total: the first page's rows are the first of the order whatever the
 * total (later pages are placed by it: pageWindow), so the total and the page's ids are read in one
 * statement, and their rows in a second (prepared: SUMMARIES). Was three statements, each a round trip
 * of the network and of the server's thread. (Reading the rows in the same statement too cost
 * PostgreSQL more than the round trip saved: planned at every call, 1 ms, where SUMMARIES is planned
 * once per connection.)
 */
async function firstPage(db: Queryable, query: CaseQuery, where: Where, totalSql: string) {
  const { total, page } = (await row<{ total: number; page: number[] }>(
    db,
    `SELECT (${totalSql}) AS total, ARRAY(${pageIdsSql(query, where.sql, false)}) AS page`,
    { ...where.params, limit: query.pageSize, offset: 0 },
  ))!;
  return { total, items: page.length > 0 ? await summaries(db, page) : [] };
}

/** One page's ids in the list's order, read by the sort's index from the nearer end. */
async function pageIds(db: Queryable, query: CaseQuery, where: Where, window: Window): Promise<number[]> {
  const { offset, limit, fromEnd } = window;
  const read = (
    await rows<{ id: number }>(db, pageIdsSql(query, where.sql, fromEnd), {
      ...where.params,
      limit,
      offset,
    })
  ).map((r) => r.id);
  return fromEnd ? read.reverse() : read;
}

type Window = ReturnType<typeof pageWindow>;

/**
 * By district, as SQLite does it (districtPageIds in db/sqlite/cases.ts): the few districts walked in
 * name order in code, whole districts skipped by their counts (kept per district for the whole list,
 * migration 005; counted for a filtered one), and the page read from each district's cases by
 * cases_by_district, from the nearer end. Sorting every case by its district's name before skipping
 * took 3.7–6.5 s for a deep page of a million cases.
 */
async function districtPageIds(
  db: Queryable,
  query: CaseQuery,
  where: Where,
  window: Window,
): Promise<number[]> {
  const { offset, limit, fromEnd } = window;
  const ascending = (query.order === 'asc') !== fromEnd;
  const districtIds = (
    await rows<{ id: number }>(db, `SELECT id FROM districts ORDER BY name ${ascending ? 'ASC' : 'DESC'}`)
  ).map((r) => r.id);
  const known = where.sql
    ? null
    : new Map(
        (
          await rows<{ district_id: number; cases: number }>(
            db,
            'SELECT district_id, cases FROM district_case_counts',
          )
        ).map((r) => [r.district_id, Number(r.cases)]),
      );
  const inOne = inDistrict(where.sql);
  // A district's cases by date (the sort's keys), from its end when `reversed`.
  const select = async (reversed: boolean, params: Record<string, unknown>) =>
    (await rows<{ id: number }>(db, pageIdsSql(query, inOne, fromEnd !== reversed), params)).map((r) => r.id);
  const ids: number[] = [];
  let skip = offset;
  for (const districtId of districtIds) {
    if (ids.length >= limit) break;
    const params = { ...where.params, districtId };
    const n = known
      ? (known.get(districtId) ?? 0)
      : skip > 0
        ? (await row<{ n: number }>(db, `SELECT count(*) AS n FROM cases c ${inOne}`, params))!.n
        : undefined;
    if (n !== undefined && n <= skip) {
      skip -= n;
      continue;
    }
    const take = Math.min(limit - ids.length, n === undefined ? Infinity : n - skip);
    // Past the district's middle, its rows are read from its end backwards (fewer entries to skip).
    if (n !== undefined && skip > n - skip - take)
      ids.push(...(await select(true, { ...params, limit: take, offset: n - skip - take })).reverse());
    else ids.push(...(await select(false, { ...params, limit: take, offset: skip })));
    skip = 0;
  }
  // Read from the end, the page came out backwards.
  return fromEnd ? ids.reverse() : ids;
}

const SUMMARIES = prepared(`${SUMMARY} WHERE c.id = ANY($1)`);
const ONE_SUMMARY = prepared(`${SUMMARY} WHERE c.id = $1`);

/** The list's rows of `ids`, in that order. */
async function summaries(db: Queryable, ids: number[]) {
  const found = await rows<SummaryRow>(db, SUMMARIES, [ids]);
  const byId = new Map(found.map((r) => [r.id, r]));
  return ids.map((id) => listedCase(byId.get(id)!));
}

/**
 * `inWrite`: the reader of a write transaction, whose checks of a free registry number lock it (lockKey)
 * and whose versioned read of a case locks the case.
 */
export function pgCaseReader(db: Queryable, inWrite = false): CaseReader {
  return {
    async list(query) {
      if (orderedPgSearch(query)) {
        const { total, ids } = await orderedPgSearchPage(db, query);
        return { items: await summaries(db, ids), total, page: query.page, pageSize: query.pageSize };
      }
      const where = pgCaseWhere(query);
      // The whole list's total is kept per district (migration 005), by dates and stage per day
      // (migration 008); any other filtered list counts its matches.
      const totalSql = linksOnly(query)
        ? `SELECT count(DISTINCT case_id) AS n FROM case_platforms
           WHERE platform_id = (SELECT id FROM platforms WHERE name = @platform)
           ${query.article ? 'AND case_article_id = (SELECT id FROM articles WHERE code = @article)' : ''}`
        : daysOnly(query)
          ? `SELECT coalesce(sum(cases), 0) AS n FROM case_day_counts c ${where.sql}`
          : where.sql
            ? `SELECT count(*) AS n FROM cases c ${where.sql}`
            : 'SELECT coalesce(sum(cases), 0) AS n FROM district_case_counts';
      if (query.page === 1 && query.sort !== 'district') {
        const { total, items } = await firstPage(db, query, where, totalSql);
        return { items, total, page: query.page, pageSize: query.pageSize };
      }
      const { n: total } = (await row<{ n: number }>(db, totalSql, where.params))!;
      // Pages past the middle are read from the end in the opposite order, as on SQLite, so the last
      // page skips nothing: 83 → a few ms for the last of a million by date.
      const window = pageWindow(query.page, query.pageSize, total);
      const ids =
        window.limit === 0
          ? []
          : query.sort === 'district'
            ? await districtPageIds(db, query, where, window)
            : await pageIds(db, query, where, window);
      return {
        items: await summaries(db, ids),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },
    async stageCounts(from, to) {
      const found = await rows<{ stage: string; n: number }>(
        db,
        `SELECT stage, count(*) AS n FROM cases WHERE stage = ANY($1) AND registered_on BETWEEN $2 AND $3
         GROUP BY stage`,
        [caseStages, from, to],
      );
      return Object.fromEntries(found.map((r) => [r.stage, r.n]));
    },
    async latestRegisteredOn(until) {
      return (await row<{ latest: string | null }>(
        db,
        'SELECT max(registered_on) AS latest FROM cases WHERE registered_on <= $1',
        [until],
      ))!.latest;
    },
    async earliestRegisteredOn() {
      return (await row<{ earliest: string | null }>(db, 'SELECT min(registered_on) AS earliest FROM cases'))!
        .earliest;
    },
    async get(id) {
      const found = await row<SummaryRow>(db, ONE_SUMMARY, [id]);
      return found ? listedCase(found) : null;
    },
    async idByRegistryNumber(registryNumber) {
      if (inWrite) await lockKey(db, `case-number:${registryNumber}`);
      return (
        (await row<{ id: number }>(db, 'SELECT id FROM cases WHERE registry_number = $1', [registryNumber]))
          ?.id ?? null
      );
    },
    record: (id) => readPgRecord(db, id),
    version: (id) => readPgVersion(db, id),
    // In a write, the case is read to be changed: under its lock, with its `before` (readPgRecordForWrite).
    versioned: (id) => (inWrite ? readPgRecordForWrite(db, id) : readPgVersionedRecord(db, id)),
    pageOf: (id) => readPgCasePage(db, id),
    recordsAfter: (afterId, limit, filter) => readPgRecordsAfter(db, afterId, limit, filter),
    async existingRegistryNumbers(numbers) {
      const found = new Map<string, number>();
      for (let i = 0; i < numbers.length; i += 10_000) {
        for (const r of await rows<{ registry_number: string; id: number }>(
          db,
          'SELECT registry_number, id FROM cases WHERE registry_number = ANY($1)',
          [numbers.slice(i, i + 10_000)],
        )) {
          found.set(r.registry_number, r.id);
        }
      }
      return found;
    },
  };
}

export const pgCaseWriter = (db: Queryable): CaseWriter => ({
  insertRecord: (record, refs) => insertPgRecord(db, record, refs),
  insertRecords: (items) => insertPgRecords(db, items),
  replaceRecord: (id, record, refs, expected) => replacePgRecord(db, id, record, refs, expected),
});
