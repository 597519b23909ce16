import type { Database } from 'better-sqlite3';
import type { Page } from '../../shared/domain/case';
import { caseStages } from '../../shared/domain/pipeline';
import { listedCase, type SummaryRow } from '../case-rows';
import type { CaseQuery, CaseReader, CaseRow, CaseWriter } from '../ports';
import { caseCount, caseWhere } from './case-filters';
import { orderedSearch, orderedSearchPageSql, searchKeysSql, type OrderedSearch } from './case-search';
import { insertRecord, readRecord, readRecordsAfter, readVersion, replaceRecord } from './case-records';
import { findMatches, findRegistered } from './monitoring-matches';

/** As SQLite gives it: the defendants' names as a JSON array. */
type SummaryJsonRow = Omit<SummaryRow, 'defendants'> & { defendants: string | null };

const SUMMARY_COLUMNS = `
  c.id, c.registry_number, a.code AS article, c.part, d.name AS district,
  c.registered_on, c.forwarded_to_court_on, c.closed_on, c.stage,
  (SELECT json_group_array(full_name) FROM (SELECT full_name FROM defendants
     WHERE case_id = c.id AND full_name IS NOT NULL ORDER BY position)) AS defendants`;
const SUMMARY_FROM = `
  FROM cases c
  JOIN districts d ON d.id = c.district_id
  JOIN articles a ON a.id = c.article_id`;

/*
 * Each sort is an index walk, so a page costs the same on any page of a million cases: the ids of one
 * page are read from the index alone (OFFSET skips index entries, not rows), and only those rows are
 * then read whole. Every key ends in a unique column, so the order has no ties and pages never
 * overlap. District (by name) and stage order their cases by registration date within (the indexes
 * cases_by_district and cases_by_stage). Nothing from the request is ever spliced into a statement.
 */
const SORTS: Record<CaseQuery['sort'], string[]> = {
  registeredOn: ['c.registered_on', 'c.id'],
  registryNumber: ['c.registry_number'],
  // Within one district (see districtPageIds): the district's name comes first.
  district: ['c.registered_on', 'c.id'],
  stage: ['c.stage', 'c.registered_on', 'c.id'],
};

/**
 * Cases registered in a date range by stage. Naming every stage lets SQLite count each one's range in
 * the (stage, registered_on) index alone; by the date index it read every case of the range from the
 * table for its stage (2.8 s for a year of a million cases, against 50 ms).
 */
export const stageCountsSql = `SELECT stage, count(*) AS n FROM cases
  WHERE stage IN (${caseStages.map(() => '?').join(', ')}) AND registered_on BETWEEN ? AND ?
  GROUP BY stage`;

/**
 * Where one page lies: pages in the second half are read from the end in the opposite order, so the
 * last page skips nothing.
 */
export function pageWindow(
  page: number,
  pageSize: number,
  total: number,
): { offset: number; limit: number; fromEnd: boolean } {
  const offset = (page - 1) * pageSize;
  const limit = Math.max(0, Math.min(pageSize, total - offset));
  const fromEndOffset = Math.max(0, total - offset - pageSize);
  return fromEndOffset < offset
    ? { offset: fromEndOffset, limit, fromEnd: true }
    : { offset, limit, fromEnd: false };
}

/** The SQL of one page's ids, in the list's order (or its reverse, for a page read from the end). */
export function pageIdsSql(query: CaseQuery, whereSql: string, fromEnd: boolean): string {
  const direction = (query.order === 'asc') !== fromEnd ? 'ASC' : 'DESC';
  return `SELECT c.id FROM cases c ${whereSql}
    ORDER BY ${SORTS[query.sort].map((key) => `${key} ${direction}`).join(', ')} LIMIT @limit OFFSET @offset`;
}

/** The filters narrowed to the district @districtId. */
export const inDistrict = (whereSql: string): string =>
  `${whereSql ? `${whereSql} AND` : 'WHERE'} c.district_id = @districtId`;

/**
 * By district: districts are few, so they are walked in name order in code, whole districts skipped
 * by their counts, and the page read from each district's cases in index order (cases_by_district).
 * One statement joining the districts gives the same order without sorting, but skips rows through
 * the join some twenty times slower. The unfiltered list knows every district's count (migration
 * 007), so it counts nothing and reads a page from the nearer end of its district; a filtered list
 * counts its matches district by district.
 */
function districtPageIds(
  db: Database,
  query: CaseQuery,
  where: { sql: string; params: Record<string, unknown> },
  { offset, limit, fromEnd }: ReturnType<typeof pageWindow>,
): number[] {
  const ascending = (query.order === 'asc') !== fromEnd;
  const districtIds = db
    .prepare(`SELECT id FROM districts ORDER BY name ${ascending ? 'ASC' : 'DESC'}`)
    .pluck()
    .all() as number[];
  const known = where.sql
    ? null
    : new Map(
        db.prepare('SELECT district_id, cases FROM district_case_counts').raw().all() as [number, number][],
      );
  const count = known ? null : db.prepare(`SELECT count(*) FROM cases c ${inDistrict(where.sql)}`).pluck();
  const select = (reversed: boolean) =>
    db.prepare(pageIdsSql(query, inDistrict(where.sql), fromEnd !== reversed)).pluck();
  const ids: number[] = [];
  let skip = offset;
  for (const districtId of districtIds) {
    if (ids.length >= limit) break;
    const params = { ...where.params, districtId };
    const n = known ? (known.get(districtId) ?? 0) : skip > 0 ? (count!.get(params) as number) : undefined;
    if (n !== undefined && n <= skip) {
      skip -= n;
      continue;
    }
    const take = Math.min(limit - ids.length, n === undefined ? Infinity : n - skip);
    // Past the district's middle, its rows are read from its end backwards (fewer entries to skip).
    if (n !== undefined && skip > n - skip - take) {
      const rows = select(true).all({ ...params, limit: take, offset: n - skip - take }) as number[];
      ids.push(...rows.reverse());
    } else ids.push(...(select(false).all({ ...params, limit: take, offset: skip }) as number[]));
    skip = 0;
  }
  return ids;
}

function pageIds(
  db: Database,
  query: CaseQuery,
  where: { sql: string; params: Record<string, unknown> },
  window: ReturnType<typeof pageWindow>,
): number[] {
  if (window.limit === 0) return [];
  if (query.sort === 'district') return districtPageIds(db, query, where, window);
  return db
    .prepare(pageIdsSql(query, where.sql, window.fromEnd))
    .pluck()
    .all({ ...where.params, limit: window.limit, offset: window.offset }) as number[];
}

/**
 * A search answered by its indexes alone (see orderedSearch): no case is read to count or order the
 * matches. Each index is counted on its own, and only those that found something are merged.
 */
function orderedSearchPage(
  db: Database,
  query: CaseQuery,
  search: OrderedSearch,
): { total: number; window: ReturnType<typeof pageWindow>; ids: number[] } {
  const counts = search.sources.map(
    (source) => db.prepare(`SELECT count(*) FROM (${source})`).pluck().get(search.params) as number,
  );
  const found = search.sources.filter((_, i) => counts[i]! > 0);
  const total =
    found.length > 1
      ? (db
          .prepare(`SELECT count(*) FROM (${searchKeysSql(found)})`)
          .pluck()
          .get(search.params) as number)
      : counts.reduce((sum, n) => sum + n, 0);
  const window = pageWindow(query.page, query.pageSize, total);
  const ids =
    window.limit === 0
      ? []
      : (db
          .prepare(orderedSearchPageSql(found, (query.order === 'asc') !== window.fromEnd))
          .pluck()
          .all({ ...search.params, limit: window.limit, offset: window.offset }) as number[]);
  return { total, window, ids };
}

/** Any other page: the filters' WHERE clause, counted, and a page of it read along its sort's index. */
function filteredPage(
  db: Database,
  query: CaseQuery,
): { total: number; window: ReturnType<typeof pageWindow>; ids: number[] } {
  const where = caseWhere(query);
  const count = caseCount(query);
  const total = db.prepare(count.sql).pluck().get(count.params) as number;
  const window = pageWindow(query.page, query.pageSize, total);
  return { total, window, ids: pageIds(db, query, where, window) };
}

const toSummary = (row: SummaryJsonRow): CaseRow =>
  listedCase({ ...row, defendants: row.defendants ? (JSON.parse(row.defendants) as string[]) : [] });

export function caseReader(db: Database): CaseReader {
  return {
    list(query) {
      const search = orderedSearch(query);
      const { total, window, ids } = search ? orderedSearchPage(db, query, search) : filteredPage(db, query);
      if (window.fromEnd) ids.reverse();
      const rows = db
        .prepare(`SELECT ${SUMMARY_COLUMNS} ${SUMMARY_FROM} WHERE c.id IN (SELECT value FROM json_each(?))`)
        .all(JSON.stringify(ids)) as SummaryJsonRow[];
      const byId = new Map(rows.map((row) => [row.id, row]));
      const page: Page<CaseRow> = {
        items: ids.map((id) => toSummary(byId.get(id)!)),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
      return Promise.resolve(page);
    },
    stageCounts(from, to) {
      const rows = db.prepare(stageCountsSql).all(...caseStages, from, to) as { stage: string; n: number }[];
      return Promise.resolve(Object.fromEntries(rows.map((r) => [r.stage, r.n])));
    },
    latestRegisteredOn(until) {
      // max() over the registration-date index reads one index entry, not the table.
      const row = db
        .prepare('SELECT max(registered_on) AS latest FROM cases WHERE registered_on <= ?')
        .get(until) as { latest: string | null };
      return Promise.resolve(row.latest);
    },
    earliestRegisteredOn() {
      const row = db.prepare('SELECT min(registered_on) AS earliest FROM cases').get() as {
        earliest: string | null;
      };
      return Promise.resolve(row.earliest);
    },
    get(id) {
      const row = db.prepare(`SELECT ${SUMMARY_COLUMNS} ${SUMMARY_FROM} WHERE c.id = ?`).get(id) as
        SummaryJsonRow | undefined;
      return Promise.resolve(row ? toSummary(row) : null);
    },
    idByRegistryNumber(registryNumber) {
      const row = db.prepare('SELECT id FROM cases WHERE registry_number = ?').get(registryNumber) as
        { id: number } | undefined;
      return Promise.resolve(row?.id ?? null);
    },
    record: (id) => Promise.resolve(readRecord(db, id)),
    version: (id) => Promise.resolve(readVersion(db, id)),
    versioned(id) {
      // One synchronous pass: no write can land between the two reads.
      const version = readVersion(db, id);
      const record = readRecord(db, id);
      return Promise.resolve(version === null || !record ? null : { version, record });
    },
    async pageOf(id) {
      // Synchronous underneath: nothing lands between the reads.
      const found = await this.versioned(id);
      return (
        found && {
          ...found,
          matches: findMatches(db, { caseId: id }),
          registered: findRegistered(db, id),
        }
      );
    },
    recordsAfter: (afterId, limit, filter) => Promise.resolve(readRecordsAfter(db, afterId, limit, filter)),
    existingRegistryNumbers(numbers) {
      const found = new Map<string, number>();
      const select = db.prepare(
        'SELECT registry_number, id FROM cases WHERE registry_number IN (SELECT value FROM json_each(?))',
      );
      // Chunks keep each JSON parameter small on very large imports.
      for (let i = 0; i < numbers.length; i += 10_000) {
        for (const row of select.all(JSON.stringify(numbers.slice(i, i + 10_000))) as {
          registry_number: string;
          id: number;
        }[]) {
          found.set(row.registry_number, row.id);
        }
      }
      return Promise.resolve(found);
    },
  };
}

export function caseWriter(db: Database): CaseWriter {
  return {
    insertRecord: (record, refs) => Promise.resolve(insertRecord(db, record, refs)),
    insertRecords: (items) =>
      Promise.resolve(items.map(({ record, refs }) => insertRecord(db, record, refs))),
    replaceRecord: (id, record, refs, expected) =>
      Promise.resolve(replaceRecord(db, id, record, refs, expected)),
  };
}
