import type { Database } from 'better-sqlite3';
import type { Page, Stage } from '../../shared/domain/case';
import type { CaseQuery, CaseReader, CaseRow, CaseWriter } from '../ports';
import { caseWhere } from './case-filters';
import { insertRecord, readRecord, readRecordsAfter, replaceRecord } from './case-records';

interface SummaryRow {
  id: number;
  registry_number: string;
  article: string;
  part: string | null;
  district: string;
  registered_on: string;
  forwarded_to_court_on: string | null;
  closed_on: string | null;
  stage: Stage;
  defendants: string | null;
}

const SUMMARY_COLUMNS = `
  c.id, c.registry_number, a.code AS article, c.part, d.name AS district,
  c.registered_on, c.forwarded_to_court_on, c.closed_on, c.stage,
  (SELECT json_group_array(full_name) FROM (SELECT full_name FROM defendants
     WHERE case_id = c.id AND full_name IS NOT NULL ORDER BY position)) AS defendants`;
const SUMMARY_FROM = `
  FROM cases c
  JOIN districts d ON d.id = c.district_id
  JOIN articles a ON a.id = c.article_id`;

// Sort keys map to fixed SQL; nothing from the request is ever spliced into a statement.
const SORT_SQL: Record<CaseQuery['sort'], string> = {
  registeredOn: 'c.registered_on',
  registryNumber: 'c.registry_number',
  district: 'd.name',
  stage: 'c.stage',
};

function toSummary(row: SummaryRow): CaseRow {
  return {
    id: row.id,
    registryNumber: row.registry_number,
    article: row.article,
    part: row.part,
    district: row.district,
    registeredOn: row.registered_on,
    forwardedToCourtOn: row.forwarded_to_court_on,
    closedOn: row.closed_on,
    stage: row.stage,
    defendants: row.defendants ? (JSON.parse(row.defendants) as string[]) : [],
  };
}

export function caseReader(db: Database): CaseReader {
  return {
    list(query) {
      const { sql: whereSql, params } = caseWhere(query);
      const total = (db.prepare(`SELECT count(*) AS n FROM cases c ${whereSql}`).get(params) as { n: number })
        .n;
      const direction = query.order === 'asc' ? 'ASC' : 'DESC';
      const rows = db
        .prepare(
          `SELECT ${SUMMARY_COLUMNS} ${SUMMARY_FROM} ${whereSql}
           ORDER BY ${SORT_SQL[query.sort]} ${direction}, c.id ${direction}
           LIMIT @limit OFFSET @offset`,
        )
        .all({ ...params, limit: query.pageSize, offset: (query.page - 1) * query.pageSize }) as SummaryRow[];
      const page: Page<CaseRow> = {
        items: rows.map(toSummary),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
      return Promise.resolve(page);
    },
    stageCounts(from, to) {
      const rows = db
        .prepare('SELECT stage, count(*) AS n FROM cases WHERE registered_on BETWEEN ? AND ? GROUP BY stage')
        .all(from, to) as { stage: string; n: number }[];
      return Promise.resolve(Object.fromEntries(rows.map((r) => [r.stage, r.n])));
    },
    latestRegisteredOn(until) {
      // max() over the registration-date index reads one index entry, not the table.
      const row = db
        .prepare('SELECT max(registered_on) AS latest FROM cases WHERE registered_on <= ?')
        .get(until) as { latest: string | null };
      return Promise.resolve(row.latest);
    },
    get(id) {
      const row = db.prepare(`SELECT ${SUMMARY_COLUMNS} ${SUMMARY_FROM} WHERE c.id = ?`).get(id) as
        SummaryRow | undefined;
      return Promise.resolve(row ? toSummary(row) : null);
    },
    idByRegistryNumber(registryNumber) {
      const row = db.prepare('SELECT id FROM cases WHERE registry_number = ?').get(registryNumber) as
        { id: number } | undefined;
      return Promise.resolve(row?.id ?? null);
    },
    record: (id) => Promise.resolve(readRecord(db, id)),
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
    replaceRecord: (id, record, refs) => Promise.resolve(replaceRecord(db, id, record, refs)),
  };
}
