import pg from 'pg';
import { auditEntityTypes } from '../../shared/domain/audit-view';
import { CHANGES_CHANNEL } from '../changes';
import { canonicalJson } from '../../shared/canonical-json';
import { headerAroundHead, rowToEntry, type AuditRow, type NewEntry } from '../audit/chain';
import { entityTypes, type EntityType } from '../audit/entities';
import { TrailCheck } from '../audit/verify';
import type { TrailAnchor, VerifyReport } from '../audit/types';
import type { AuditQuery, AuditReader, EntityKey } from '../ports';
import { pgAuditedEntities } from './audit-entities';
import { pgDerivedMismatch } from './audit-derived';
import { integerLiteral, prepared, row, rows, type OnSnapshot, type Queryable } from './sql';

/**
 * Every write transaction takes this lock (pg_advisory_xact_lock) before it appends to the trail and
 * holds it until it commits, so appends to one database are serialised across all connections and
 * servers: one chain, each entry appended after the head the previous writer committed.
 */
export const WRITE_LOCK = 0x4e445a53;

/** The two-key advisory locks of single entities (`lockEntity`), apart from WRITE_LOCK's one-key space. */
const ENTITY_LOCKS = 0x4e445a45;

/**
 * Takes the lock of one audited entity until the transaction ends, before its `before` is read: a
 * second writer of the same entity (on any server) waits here for the first to commit, then reads the
 * state it left, so the entity's entries follow its changes. An advisory lock and not a row lock, so
 * it also holds for a row that does not exist yet (a setting both write at once).
 */
export async function lockEntity(db: Queryable, type: EntityType, id: string): Promise<void> {
  await lockEntities(db, [{ type, id }]);
}

/**
 * lockEntity for many at once (an import's cases), in one round trip. The locks are taken in the order
 * of their keys, so two writes of the same entities never wait for each other in a circle.
 */
export async function lockEntities(
  db: Queryable,
  entities: { type: EntityType; id: string }[],
): Promise<void> {
  const keys = [...new Set(entities.map(({ type, id }) => entityKey(type, id)))].sort();
  if (keys.length === 1) return lockKey(db, keys[0]!);
  await db.query(
    `SELECT pg_advisory_xact_lock($1, hashtext(key)) FROM unnest($2::text[]) WITH ORDINALITY AS k(key, n)
     ORDER BY n`,
    [ENTITY_LOCKS, keys],
  );
}

const entityKey = (type: EntityType, id: string) => `${type}:${id}`;

/**
 * The statement that takes lockEntity's lock of a case by its numeric id, with no parameter: so it can
 * be sent with the read that needs the lock in one round trip (two statements in one query; the second
 * reads what was committed once the lock was held, as each statement of READ COMMITTED sees).
 */
export function caseLockStatement(id: number): string {
  return `SELECT pg_advisory_xact_lock(${ENTITY_LOCKS}, hashtext('${entityKey('case', integerLiteral(id))}'))`;
}

/**
 * Takes the lock of one key until the transaction ends: a write that checks a value is free (a case's
 * registry number) before writing it takes the value's lock first, so a second write of the same value
 * checks only once the first committed, and is refused as taken rather than failing on the constraint.
 */
export async function lockKey(db: Queryable, key: string): Promise<void> {
  await db.query({ ...LOCK_KEY, values: [ENTITY_LOCKS, key] });
}
const LOCK_KEY = prepared('SELECT pg_advisory_xact_lock($1, hashtext($2))');

/** The connections whose transaction holds the write lock: it appended an entry. */
const holding = new WeakSet<Queryable>();

/** Forgets that this connection's transaction holds the write lock: call when it commits or rolls back. */
export function forgetWriteLock(db: Queryable): void {
  holding.delete(db);
}

/** Whether this connection's transaction holds the write lock (it appended an entry). */
export const holdsWriteLock = (db: Queryable): boolean => holding.has(db);

/**
 * Takes the write lock (again, if this transaction holds it already), reads the head and appends the
 * entries after it, in order, in one round trip (nadzor_append_entries, migration 014), where PostgreSQL
 * seals them. For entries appended before the write's end (an import's); the lock is then held to its
 * commit.
 */
export async function appendPgEntries(db: Queryable, entries: NewEntry[]): Promise<void> {
  await rows(db, APPEND, appendArgs(entries));
  holding.add(db);
}
const APPEND = prepared(
  'SELECT last_seq FROM nadzor_append_entries($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)',
);

/**
 * Appends a write's last entries and commits it, in one message: the write lock, taken by the append,
 * is then held only while PostgreSQL runs the rest of the append and the commit, never across a round
 * trip to this server, whose one thread may be busy with other calls before it sends the COMMIT (under
 * twenty office clients, writers waited 18 ms each for the lock held so). Two statements in one message
 * take no parameters, so the entries are written into the text as literals, each escaped by
 * node-postgres' escapeLiteral (quotes and backslashes doubled; the connection speaks UTF-8), numbers
 * checked to be integers.
 */
export async function appendAndCommitPgEntries(db: Queryable, entries: NewEntry[]): Promise<void> {
  const args = appendArgs(entries)
    .map((value, i) => literal(value, APPEND_TYPES[i]!))
    .join(', ');
  await db.query(`SELECT last_seq FROM nadzor_append_entries(${args}); COMMIT`);
}

/** nadzor_append_entries' arguments for `entries`: the lock, the channel, then one array per column. */
function appendArgs(entries: NewEntry[]) {
  const around = entries.map(headerAroundHead);
  const json = (snapshot: object | null) => (snapshot === null ? null : canonicalJson(snapshot));
  return [
    WRITE_LOCK,
    CHANGES_CHANNEL,
    around.map((a) => a.start),
    around.map((a) => a.middle),
    around.map((a) => a.end),
    entries.map((e) => e.at),
    entries.map((e) => e.actor),
    entries.map((e) => e.action),
    entries.map((e) => e.entityType),
    entries.map((e) => e.entityId),
    entries.map((e) => json(e.before)),
    entries.map((e) => json(e.after)),
    entries.map((e) => e.reason),
    entries.map((e) => e.importId ?? null),
  ];
}
/** nadzor_append_entries' parameter types, in appendArgs' order. */
const APPEND_TYPES = ['bigint', 'text', ...Array<string>(11).fill('text[]'), 'integer[]'];

/** One of appendArgs' values as an SQL literal of `type`. */
function literal(value: ReturnType<typeof appendArgs>[number], type: string): string {
  const one = (item: string | number | null) =>
    item === null ? 'NULL' : typeof item === 'number' ? integerLiteral(item) : pg.escapeLiteral(item);
  return Array.isArray(value) ? `ARRAY[${value.map(one).join(', ')}]::${type}` : `${one(value)}::${type}`;
}

const VERIFY_BATCH = 5000;

/**
 * `audit verify` on PostgreSQL: the same checks as on SQLite (TrailCheck, then the derived copies and
 * counts), on one snapshot of the data.
 */
export async function verifyPgTrail(db: Queryable, anchor?: TrailAnchor): Promise<VerifyReport> {
  const check = new TrailCheck(anchor);
  let after = 0;
  for (;;) {
    const batch = await rows<AuditRow>(db, 'SELECT * FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2', [
      after,
      VERIFY_BATCH,
    ]);
    if (batch.length === 0) break;
    for (const entry of batch) {
      const broken = check.entry(entry);
      if (broken) return broken;
    }
    after = batch.at(-1)!.seq;
  }
  for (const type of entityTypes) {
    for await (const [id, snapshot] of pgAuditedEntities[type].all(db)) {
      const mismatch = check.entity(type, id, snapshot);
      if (mismatch) return mismatch;
    }
  }
  const report = check.finish();
  if (!report.ok) return report;
  // PostgreSQL checks its own pages (data checksums, when the cluster has them); there is no
  // integrity_check to run here, so the file check of SQLite has no counterpart.
  const derived = await pgDerivedMismatch(db);
  return derived ? check.derivedChanged(derived) : report;
}

/** The seqs matching a query within (after, upTo]; every condition is one the trail's indexes serve. */
function seqSet(query: AuditQuery, after?: number, upTo?: number): { sql: string; params: unknown[] } {
  const terms: string[] = [];
  const params: unknown[] = [];
  const bind = (value: unknown) => `$${params.push(value)}`;
  if (query.actor !== undefined) terms.push(`actor = ${bind(query.actor)}`);
  if (query.since !== undefined) terms.push(`at >= ${bind(query.since)}`);
  if (query.until !== undefined) terms.push(`at < ${bind(query.until)}`);
  if (query.action !== undefined) terms.push(`action = ${bind(query.action)}`);
  if (query.entities !== undefined) {
    terms.push(
      query.entities.length === 0
        ? 'false'
        : `(${query.entities.map(({ type, id }) => `(entity_type = ${bind(type)} AND entity_id = ${bind(id)})`).join(' OR ')})`,
    );
  } else if (query.entityType !== undefined) {
    terms.push(`entity_type = ${bind(query.entityType)}`);
  }
  if (query.importId !== undefined) terms.push(`import_id = ${bind(query.importId)}`);
  if (after !== undefined) terms.push(`seq > ${bind(after)}`);
  if (upTo !== undefined) terms.push(`seq <= ${bind(upTo)}`);
  return { sql: `SELECT seq FROM audit_log WHERE ${terms.length ? terms.join(' AND ') : 'true'}`, params };
}

const countOf = async (db: Queryable, set: { sql: string; params: unknown[] }) =>
  (await row<{ n: number }>(db, `SELECT count(*) AS n FROM (${set.sql}) s`, set.params))!.n;

const entries = async (db: Queryable, sql: string, params: unknown[]) =>
  (await rows<AuditRow>(db, sql, params)).map(rowToEntry);

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

async function entitiesNamed(
  db: Queryable,
  text: string,
  type: EntityType | undefined,
): Promise<EntityKey[]> {
  const keys = new Map<string, EntityKey>();
  const add = (key: EntityKey) => keys.set(`${key.type}:${key.id}`, key);
  for (const t of type ? [type] : auditEntityTypes) {
    if (t === 'setting') {
      add({ type: t, id: text });
      continue;
    }
    if (/^[1-9]\d{0,15}$/.test(text)) add({ type: t, id: text });
    const named = NAMED_BY[t];
    if (!named) continue;
    // Logins compare ignoring case, as on SQLite; the other names as written.
    const condition =
      t === 'user' ? `nadzor_nocase(${named.column}) = nadzor_nocase($1)` : `${named.column} = $1`;
    for (const found of await rows<{ id: number }>(db, `SELECT id FROM ${named.table} WHERE ${condition}`, [
      text,
    ])) {
      add({ type: t, id: String(found.id) });
    }
  }
  return [...keys.values()];
}

/** The distinct values of an indexed column, one index seek per value (a loose index scan). */
async function distinct(db: Queryable, column: 'actor' | 'action'): Promise<string[]> {
  const found = await rows<{ value: string }>(
    db,
    `WITH RECURSIVE v(value) AS (
       SELECT min(${column}) FROM audit_log
       UNION ALL
       SELECT (SELECT min(${column}) FROM audit_log WHERE ${column} > v.value) FROM v WHERE v.value IS NOT NULL
     )
     SELECT value FROM v WHERE value IS NOT NULL`,
  );
  return found.map((r) => r.value);
}

/**
 * The trail's reader. `consistent` runs a function on one snapshot of the database (a read-only
 * repeatable-read transaction, or the write's own transaction), which verification needs: the
 * chain and the rows it describes must be read as of one moment.
 */
export function pgAuditReader(db: Queryable, consistent: OnSnapshot): AuditReader {
  return {
    verify: (anchor) => consistent((snapshot) => verifyPgTrail(snapshot, anchor)),
    async list(query, offset, limit) {
      const set = seqSet(query);
      const n = set.params.length;
      const page = await entries(
        db,
        `SELECT * FROM audit_log WHERE seq IN (${set.sql} ORDER BY seq DESC LIMIT $${n + 1} OFFSET $${n + 2})
         ORDER BY seq DESC`,
        [...set.params, limit, offset],
      );
      return { entries: page, total: await countOf(db, set) };
    },
    countMatching: (query, upToSeq) => countOf(db, seqSet(query, undefined, upToSeq)),
    matching(query, afterSeq, upToSeq, limit) {
      const set = seqSet(query, afterSeq, upToSeq);
      return entries(
        db,
        `SELECT * FROM audit_log WHERE seq IN (${set.sql} ORDER BY seq LIMIT $${set.params.length + 1})
         ORDER BY seq`,
        [...set.params, limit],
      );
    },
    facets: async () => ({ actors: await distinct(db, 'actor'), actions: await distinct(db, 'action') }),
    entitiesNamed: (text, type) => entitiesNamed(db, text, type),
    count: async () => (await row<{ n: number }>(db, 'SELECT count(*) AS n FROM audit_log'))!.n,
    forEntity: (type, id) =>
      entries(db, 'SELECT * FROM audit_log WHERE entity_type = $1 AND entity_id = $2 ORDER BY seq', [
        type,
        id,
      ]),
    async entry(seq) {
      const found = await row<AuditRow>(db, 'SELECT * FROM audit_log WHERE seq = $1', [seq]);
      return found ? rowToEntry(found) : null;
    },
    latest: async () =>
      (await row<{ seq: number; hash: string; at: string }>(
        db,
        'SELECT seq, hash, at FROM audit_log ORDER BY seq DESC LIMIT 1',
      )) ?? null,
  };
}
