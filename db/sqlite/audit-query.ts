import { auditEntityTypes } from '../../shared/domain/audit-view';
import type { Database } from 'better-sqlite3';
import { rowToEntry, type AuditRow } from '../audit/chain';
import type { EntityType } from '../audit/entities';
import type { AuditQuery, AuditReader, EntityKey } from '../ports';
import { statement } from './statements';

/*
 * The Audit screen's queries over a trail of hundreds of thousands of entries. Every filter is answered
 * by one of the trail's indexes alone (actor+seq, action+seq, at, import_id, entity_type+entity_id+seq),
 * as the set of seqs it matches; several filters intersect those sets. Only then are the rows of one
 * page read whole, so filtering, counting and skipping never drag the before/after snapshots along.
 */

interface Sql {
  sql: string;
  params: (string | number)[];
}

/** A condition and the index that answers it (none: the trail's own order, by seq). */
interface Term extends Sql {
  index: string | null;
}

/**
 * Each filter as a condition one index answers. The index is named (INDEXED BY): left to itself, the
 * planner may prefer reading the table in seq order to sorting an index's seqs, which on a large
 * trail means reading every snapshot.
 */
function conditions(query: AuditQuery): Term[] {
  const terms: Term[] = [];
  if (query.actor !== undefined)
    terms.push({ sql: 'actor = ?', params: [query.actor], index: 'audit_by_actor' });
  if (query.since !== undefined || query.until !== undefined) {
    const parts: string[] = [];
    const params: string[] = [];
    if (query.since !== undefined) {
      parts.push('at >= ?');
      params.push(query.since);
    }
    if (query.until !== undefined) {
      parts.push('at < ?');
      params.push(query.until);
    }
    terms.push({ sql: parts.join(' AND '), params, index: 'audit_by_time' });
  }
  if (query.action !== undefined)
    terms.push({ sql: 'action = ?', params: [query.action], index: 'audit_by_action' });
  if (query.entities !== undefined) {
    terms.push(
      query.entities.length === 0
        ? { sql: '0', params: [], index: null }
        : {
            sql: `(${query.entities.map(() => '(entity_type = ? AND entity_id = ?)').join(' OR ')})`,
            params: query.entities.flatMap(({ type, id }) => [type, id]),
            index: 'audit_by_entity',
          },
    );
  } else if (query.entityType !== undefined) {
    terms.push({ sql: 'entity_type = ?', params: [query.entityType], index: 'audit_by_entity' });
  }
  if (query.importId !== undefined)
    terms.push({ sql: 'import_id = ?', params: [query.importId], index: 'audit_by_import' });
  return terms;
}

/** The seqs matching a query within (after, upTo], as one SELECT (an INTERSECT of index-only ones). */
export function seqSet(query: AuditQuery, after?: number, upTo?: number): Sql {
  const bound: Sql = { sql: '', params: [] };
  if (after !== undefined) {
    bound.sql += ' AND seq > ?';
    bound.params.push(after);
  }
  if (upTo !== undefined) {
    bound.sql += ' AND seq <= ?';
    bound.params.push(upTo);
  }
  const terms = conditions(query);
  if (terms.length === 0) terms.push({ sql: '1', params: [], index: null });
  const select = (t: Term) =>
    `SELECT seq FROM audit_log${t.index ? ` INDEXED BY ${t.index}` : ''} WHERE ${t.sql}${bound.sql}`;
  return {
    sql: terms.map(select).join(' INTERSECT '),
    params: terms.flatMap((t) => [...t.params, ...bound.params]),
  };
}

const count = (db: Database, set: Sql): number =>
  statement(db, `SELECT count(*) FROM (${set.sql})`)
    .pluck()
    .get(...set.params) as number;

const readRows = (db: Database, sql: string, params: (string | number)[]) =>
  (statement(db, sql).all(...params) as AuditRow[]).map(rowToEntry);

/** Tables that name an entity, with the column people know it by (ids are integers). */
const NAMED_BY: Partial<Record<EntityType, { table: string; column: string }>> = {
  case: { table: 'cases', column: 'registry_number' },
  person: { table: 'monitored_persons', column: 'person_key' },
  user: { table: 'users', column: 'login' },
  district: { table: 'districts', column: 'name' },
  platform: { table: 'platforms', column: 'name' },
  tactic: { table: 'tactics', column: 'name' },
  article: { table: 'articles', column: 'code' },
  import: { table: 'imports', column: 'file_name' },
};

const ALL_TYPES: readonly EntityType[] = auditEntityTypes;

function entitiesNamed(db: Database, text: string, type: EntityType | undefined): EntityKey[] {
  const keys = new Map<string, EntityKey>();
  const add = (key: EntityKey) => keys.set(`${key.type}:${key.id}`, key);
  for (const t of type ? [type] : ALL_TYPES) {
    if (t === 'setting') {
      add({ type: t, id: text });
      continue;
    }
    if (/^[1-9]\d{0,15}$/.test(text)) add({ type: t, id: text });
    const named = NAMED_BY[t];
    if (!named) continue;
    // Logins compare ignoring case (the column's collation); the other names as written.
    const ids = statement(db, `SELECT id FROM ${named.table} WHERE ${named.column} = ?`)
      .pluck()
      .all(text) as number[];
    for (const id of ids) add({ type: t, id: String(id) });
  }
  return [...keys.values()];
}

/**
 * The distinct values of an indexed column, one index seek per value: a trail has a handful of actors
 * and actions but may have a million entries, which `SELECT DISTINCT` would read one by one.
 */
function distinct(db: Database, column: 'actor' | 'action'): string[] {
  return statement(
    db,
    `WITH RECURSIVE v(value) AS (
       SELECT min(${column}) FROM audit_log
       UNION ALL
       SELECT (SELECT min(${column}) FROM audit_log WHERE ${column} > v.value) FROM v WHERE v.value IS NOT NULL
     )
     SELECT value FROM v WHERE value IS NOT NULL`,
  )
    .pluck()
    .all() as string[];
}

export function auditQueries(
  db: Database,
): Pick<AuditReader, 'list' | 'countMatching' | 'matching' | 'facets' | 'entitiesNamed'> {
  return {
    list: (query, offset, limit) => {
      const set = seqSet(query);
      const entries = readRows(
        db,
        `SELECT * FROM audit_log WHERE seq IN (
           SELECT seq FROM (${set.sql}) ORDER BY seq DESC LIMIT ? OFFSET ?
         ) ORDER BY seq DESC`,
        [...set.params, limit, offset],
      );
      return Promise.resolve({ entries, total: count(db, set) });
    },
    countMatching: (query, upToSeq) => Promise.resolve(count(db, seqSet(query, undefined, upToSeq))),
    matching: (query, afterSeq, upToSeq, limit) => {
      const set = seqSet(query, afterSeq, upToSeq);
      return Promise.resolve(
        readRows(
          db,
          `SELECT * FROM audit_log WHERE seq IN (
             SELECT seq FROM (${set.sql}) ORDER BY seq LIMIT ?
           ) ORDER BY seq`,
          [...set.params, limit],
        ),
      );
    },
    facets: () => Promise.resolve({ actors: distinct(db, 'actor'), actions: distinct(db, 'action') }),
    entitiesNamed: (text, type) => Promise.resolve(entitiesNamed(db, text, type)),
  };
}
