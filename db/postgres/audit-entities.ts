import type { AuditEntityType } from '../../shared/domain/audit-view';
import {
  assembleCaseSnapshot,
  CHILD_TABLES,
  withoutDerived,
  type ChildRow,
  type Row,
} from '../audit/case-snapshot';
import { AUDITED_USER_COLUMNS } from '../audit/entities';
import { PARTY_TABLES, type PartyTable } from '../case-rows';
import { auditedPersonRow, PERSON_CHILDREN } from '../audit/person-snapshot';
import { prepared, row, rows, type Queryable } from './sql';

/*
 * The audited entities read from PostgreSQL into the very snapshots SQLite gives (db/audit/entities.ts
 * and the snapshot modules it uses): same columns, same values, so an entry hashes the same on both
 * engines and a trail copied from one verifies on the other.
 */

export interface PgAuditedEntity {
  load(db: Queryable, id: string): Promise<object | null>;
  /** Many at once, in a few round trips for all (an import's cases), where the entity offers it. */
  loadMany?(db: Queryable, ids: string[]): Promise<Map<string, object>>;
  all(db: Queryable): AsyncIterable<[string, object]>;
}

const BATCH = 2000;

async function caseSnapshots(db: Queryable, cases: Row[]): Promise<[string, object][]> {
  if (cases.length === 0) return [];
  const ids = cases.map((c) => c.id);
  const children: Record<string, Map<number, ChildRow[]>> = {};
  for (const table of CHILD_TABLES) {
    const map = new Map<number, ChildRow[]>();
    for (const stored of await rows<ChildRow>(
      db,
      `SELECT * FROM ${table} WHERE case_id = ANY($1) ORDER BY case_id, position`,
      [ids],
    )) {
      const child = withoutDerived(stored);
      const list = map.get(child.case_id);
      if (list) list.push(child);
      else map.set(child.case_id, [child]);
    }
    children[table] = map;
  }
  return cases.map((c) => [String(c.id), assembleCaseSnapshot(c, children)]);
}

/**
 * One case with its children in one round trip (every audited write of a case reads it before and
 * after): the rows come as JSON, whose numbers and strings read back as the columns do.
 */
export const ONE_CASE_SQL = `SELECT to_json(c) AS "case", ${CHILD_TABLES.map(
  (table) =>
    `(SELECT coalesce(json_agg(x ORDER BY x.position), '[]') FROM ${table} x WHERE x.case_id = c.id) AS ${table}`,
).join(', ')} FROM cases c WHERE c.id = $1`;
const ONE_CASE = prepared(ONE_CASE_SQL);

/** A row of ONE_CASE_SQL: the case's row and each child table's rows, as stored. */
export type OneCaseRow = { case: Row } & Record<string, ChildRow[]>;

/**
 * The party rows each case's `load` read last on a write's connection, as stored (derived columns and
 * all), kept for that case's replace right after (replacePgRecord rewrites only the tables it changes).
 * The store forgets them before and after each change it applies, so they are never older than the
 * `before` read under the case's lock in the same transaction.
 */
const loadedParties = new WeakMap<Queryable, Map<number, Record<PartyTable, ChildRow[]>>>();

/** The party rows `load` read for this case, once (a second replace of it in one change rewrites all). */
export function takeLoadedParties(db: Queryable, caseId: number): Record<PartyTable, ChildRow[]> | undefined {
  const parties = loadedParties.get(db)?.get(caseId);
  loadedParties.get(db)?.delete(caseId);
  return parties;
}

export function forgetLoadedParties(db: Queryable): void {
  loadedParties.delete(db);
}

/**
 * The case's snapshot from a row of ONE_CASE_SQL, its party rows kept for its replace as `load` keeps
 * them (read under the case's lock, in the same transaction, since the last change applied).
 */
export function caseSnapshotOf(db: Queryable, found: OneCaseRow): object {
  let loaded = loadedParties.get(db);
  if (!loaded) loadedParties.set(db, (loaded = new Map<number, Record<PartyTable, ChildRow[]>>()));
  loaded.set(
    found.case.id,
    Object.fromEntries(PARTY_TABLES.map((table) => [table, found[table]!])) as Record<PartyTable, ChildRow[]>,
  );
  const children = Object.fromEntries(
    CHILD_TABLES.map((table) => [table, new Map([[found.case.id, found[table]!.map(withoutDerived)]])]),
  );
  return assembleCaseSnapshot(found.case, children);
}

/** Case rows kept on a write's connection, each for the store's apply to take once as a snapshot. */
function keptCases() {
  const kept = new WeakMap<Queryable, Map<number, OneCaseRow>>();
  return {
    keep: (db: Queryable, found: OneCaseRow): void => {
      let cases = kept.get(db);
      if (!cases) kept.set(db, (cases = new Map<number, OneCaseRow>()));
      cases.set(found.case.id, found);
    },
    /** The snapshot of the case `id` kept, once; undefined if none (or not a case). */
    take: (db: Queryable, entity: AuditEntityType, id: string): object | undefined => {
      if (entity !== 'case') return undefined;
      const found = kept.get(db)?.get(Number(id));
      if (!found) return undefined;
      kept.get(db)!.delete(Number(id));
      return caseSnapshotOf(db, found);
    },
    /** Forgets the case `id` kept, or every one. */
    forget: (db: Queryable, id?: number): void => {
      if (id === undefined) kept.delete(db);
      else kept.get(db)?.delete(id);
    },
  };
}

/**
 * A case's `before` that a write read under the case's lock ahead of its change (an edit reads the
 * record, its version and this in one round trip with the lock, readPgRecordForWrite), with the row
 * it came from: the store's apply takes it instead of locking and reading the case again. Forgotten
 * (forgetBeforesRead) whenever the write changes anything, so one taken is the case as it still is.
 */
const beforesRead = keptCases();
export const keepBeforeRead = beforesRead.keep;
export const takeBeforeRead = beforesRead.take;
export const forgetBeforesRead = (db: Queryable): void => beforesRead.forget(db);

/**
 * A case's `after` as its replace wrote it (its row returned by the UPDATE, its party rows the ones
 * its `before` read, none of them rewritten: replacePgRecord), so the store's apply need not read the
 * case again. Each replace of a case keeps it or forgets it; the apply takes it right after its change
 * and forgets the rest (forgetAftersWritten), so one taken is the case as the change left it.
 */
const aftersWritten = keptCases();
export const keepAfterWritten = (
  db: Queryable,
  written: Row,
  parties: Record<PartyTable, ChildRow[]>,
): void => aftersWritten.keep(db, { ...parties, case: written } as unknown as OneCaseRow);
export const takeAfterWritten = aftersWritten.take;
export const forgetAfterWritten = (db: Queryable, id: number): void => aftersWritten.forget(db, id);
export const forgetAftersWritten = (db: Queryable): void => aftersWritten.forget(db);

const caseEntity: PgAuditedEntity = {
  async load(db, id) {
    const found = await row<OneCaseRow>(db, ONE_CASE, [id]);
    return found ? caseSnapshotOf(db, found) : null;
  },
  async loadMany(db, ids) {
    const found = await rows<Row>(db, 'SELECT * FROM cases WHERE id = ANY($1)', [ids.map(Number)]);
    return new Map(await caseSnapshots(db, found));
  },
  async *all(db) {
    let after = 0;
    for (;;) {
      const batch = await rows<Row>(db, 'SELECT * FROM cases WHERE id > $1 ORDER BY id LIMIT $2', [
        after,
        BATCH,
      ]);
      if (batch.length === 0) return;
      yield* await caseSnapshots(db, batch);
      after = batch.at(-1)!.id;
    }
  },
};

async function personSnapshot(db: Queryable, stored: Row): Promise<object> {
  const person = auditedPersonRow(stored);
  const children: Record<string, unknown[]> = {};
  for (const [name, sql] of Object.entries(PERSON_CHILDREN)) {
    children[name] = await rows(db, sql.replace('?', '$1'), [person.id]);
  }
  return { ...person, ...children };
}

/** One register person with its children in one round trip, as personSnapshot reads them. */
const PERSON_PARTS: Record<keyof typeof PERSON_CHILDREN, [table: string, order: string]> = {
  convictions: ['person_convictions', 'x.position'],
  periods: ['supervision_periods', 'x.position'],
  events: ['supervision_events', 'x.period_position, x.position'],
  caseLinks: ['person_case_links', 'x.position'],
};
const ONE_PERSON = `SELECT to_json(p) AS person, ${Object.entries(PERSON_PARTS)
  .map(
    ([name, [table, order]]) =>
      `(SELECT coalesce(json_agg(x ORDER BY ${order}), '[]') FROM ${table} x WHERE x.person_id = p.id) AS "${name}"`,
  )
  .join(', ')} FROM monitored_persons p WHERE p.id = $1`;

const personEntity: PgAuditedEntity = {
  async load(db, id) {
    const found = await row<{ person: Row } & Record<string, unknown[]>>(db, ONE_PERSON, [id]);
    if (!found) return null;
    const person = auditedPersonRow(found.person);
    return {
      ...person,
      ...Object.fromEntries(Object.keys(PERSON_PARTS).map((name) => [name, found[name]])),
    };
  },
  async *all(db) {
    for (const person of await rows<Row>(db, 'SELECT * FROM monitored_persons ORDER BY id')) {
      yield [String(person.id), await personSnapshot(db, person)];
    }
  },
};

const rowEntity = (table: string, keyColumn: string, columns = '*'): PgAuditedEntity => {
  const select = `SELECT ${columns} FROM ${table}`;
  return {
    load: async (db, id) => (await row(db, `${select} WHERE ${keyColumn} = $1`, [id])) ?? null,
    async *all(db) {
      for (const found of await rows<Record<string, unknown>>(db, `${select} ORDER BY ${keyColumn}`)) {
        yield [String(found[keyColumn]), found];
      }
    },
  };
};

export const pgAuditedEntities = {
  case: caseEntity,
  person: personEntity,
  district: rowEntity('districts', 'id'),
  article: rowEntity('articles', 'id'),
  platform: rowEntity('platforms', 'id'),
  tactic: rowEntity('tactics', 'id'),
  setting: rowEntity('settings', 'key'),
  user: rowEntity('users', 'id', AUDITED_USER_COLUMNS),
  import: rowEntity('imports', 'id'),
} satisfies Record<AuditEntityType, PgAuditedEntity>;

/**
 * The snapshots of the entities the changes name, by `ids` (one per change, in their order): many of
 * one kind read together where the entity can, the others one by one.
 */
export async function snapshotsOf(
  db: Queryable,
  changes: { entity: AuditEntityType }[],
  ids: string[],
): Promise<(object | null)[]> {
  const entity = pgAuditedEntities[changes[0]?.entity ?? 'case'];
  if (changes.length > 1 && entity.loadMany && changes.every((c) => c.entity === changes[0]!.entity)) {
    const found = await entity.loadMany(db, ids);
    return ids.map((id) => found.get(id) ?? null);
  }
  const snapshots: (object | null)[] = [];
  for (const [i, change] of changes.entries()) {
    snapshots.push(await pgAuditedEntities[change.entity].load(db, ids[i]!));
  }
  return snapshots;
}
