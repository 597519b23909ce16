import type { Article, District, ReferenceItem } from '../../shared/domain/reference';
import type { ReferenceKind, ReferenceReader, ReferenceWriter } from '../ports';
import { nextId, type IdTable } from './next-id';
import { prepared, rows, row, type Queryable } from './sql';

// Fixed table and columns per kind: nothing from a request reaches the SQL text.
const TABLES: Record<ReferenceKind, { table: IdTable; key: string; label: string }> = {
  district: { table: 'districts', key: 'name', label: 'label' },
  article: { table: 'articles', key: 'code', label: 'title' },
  platform: { table: 'platforms', key: 'name', label: 'label' },
  tactic: { table: 'tactics', key: 'name', label: 'label' },
};

function itemSelect(kind: ReferenceKind): string {
  const { table, key, label } = TABLES[kind];
  return `SELECT id, ${key} AS name, ${label}_ru AS ru, ${label}_kk AS kk, ${label}_en AS en, active FROM ${table}`;
}

interface ItemRow {
  id: number;
  name: string;
  ru: string | null;
  kk: string | null;
  en: string | null;
  active: number;
}

const toItem = (kind: ReferenceKind, r: ItemRow): ReferenceItem => ({
  id: r.id,
  kind,
  name: r.name,
  labels: { ru: r.ru, kk: r.kk, en: r.en },
  active: r.active === 1,
});

type IdsByKind = Record<ReferenceKind, Map<string, number>>;

/**
 * The reference ids one write transaction has read: every kind in one round trip at its first need,
 * forgotten as soon as the transaction writes a reference value. Each write has its own (store.ts);
 * reads outside a write have none and always read.
 */
export interface ReferenceIds {
  all?: IdsByKind;
  /** The transaction wrote a reference value: what it reads from then on includes its uncommitted rows. */
  wrote?: boolean;
  /** The server's ids, shared by its writes (KnownReferenceIds). */
  known?: KnownReferenceIds;
}

/**
 * The ids this server's writes last read, so that an edit, which names its case's district, article,
 * platforms and tactics, does not read every kind's ids again (one round trip of each edit's few).
 * Kept with no announcement to listen for: a value's name stays as first recorded and none is
 * deleted, so an id kept for a name stays right; a name missing here (added on another server since)
 * makes the write read them all again (`ids` with `needed`). Only ids read before the transaction wrote
 * any reference value are kept: those were all committed, so a rollback cannot leave one here.
 */
export interface KnownReferenceIds {
  all?: IdsByKind;
}

const KINDS = Object.keys(TABLES) as ReferenceKind[];
const ALL_IDS = prepared(
  KINDS.map(
    (kind) => `SELECT '${kind}' AS kind, ${TABLES[kind].key} AS name, id FROM ${TABLES[kind].table}`,
  ).join(' UNION ALL '),
);

async function allIds(db: Queryable): Promise<IdsByKind> {
  const found = await rows<{ kind: ReferenceKind; name: string; id: number }>(db, ALL_IDS);
  const all = Object.fromEntries(KINDS.map((kind) => [kind, new Map<string, number>()])) as IdsByKind;
  for (const { kind, name, id } of found) all[kind].set(name, id);
  return all;
}

export function pgReferenceReader(db: Queryable, cached?: ReferenceIds): ReferenceReader {
  return {
    districts: async () =>
      (await rows<ItemRow>(db, `${itemSelect('district')} WHERE active = 1 ORDER BY name`)).map(
        (r): District => ({ id: r.id, name: r.name, labels: { ru: r.ru, kk: r.kk, en: r.en } }),
      ),
    articles: async () =>
      (await rows<ItemRow>(db, `${itemSelect('article')} WHERE active = 1 ORDER BY name`)).map(
        (r): Article => ({ id: r.id, code: r.name, titles: { ru: r.ru, kk: r.kk, en: r.en } }),
      ),
    async ids(kind, needed) {
      // A copy: callers add the values they create to the map they were given.
      if (cached) {
        const known = cached.wrote ? undefined : cached.known?.all?.[kind];
        if (needed && known && needed.every((name) => known.has(name))) return new Map(known);
        if (!cached.all) {
          cached.all = await allIds(db);
          if (cached.known && !cached.wrote) cached.known.all = cached.all;
        }
        return new Map(cached.all[kind]);
      }
      const { table, key } = TABLES[kind];
      const found = await rows<{ name: string; id: number }>(db, `SELECT ${key} AS name, id FROM ${table}`);
      return new Map(found.map((r) => [r.name, r.id]));
    },
    async list(kind, includeInactive) {
      const where = includeInactive ? '' : 'WHERE active = 1';
      return (await rows<ItemRow>(db, `${itemSelect(kind)} ${where} ORDER BY name`)).map((r) =>
        toItem(kind, r),
      );
    },
    async get(kind, id) {
      const found = await row<ItemRow>(db, `${itemSelect(kind)} WHERE id = $1`, [id]);
      return found ? toItem(kind, found) : null;
    },
  };
}

export function pgReferenceWriter(db: Queryable, cached?: ReferenceIds): ReferenceWriter {
  /** The ids read so far no longer include every value this transaction sees. */
  const wrote = () => {
    if (!cached) return;
    delete cached.all;
    cached.wrote = true;
  };
  return {
    async create(kind, name, labels, active) {
      wrote();
      const { table, key, label } = TABLES[kind];
      const id = await nextId(db, table);
      await db.query(
        `INSERT INTO ${table} (id, ${key}, ${label}_ru, ${label}_kk, ${label}_en, active) VALUES ($1, $2, $3, $4, $5, $6)`,
        [id, name, labels.ru, labels.kk, labels.en, active ? 1 : 0],
      );
      return id;
    },
    async update(kind, id, labels, active) {
      wrote();
      const { table, label } = TABLES[kind];
      await db.query(
        `UPDATE ${table} SET ${label}_ru = $1, ${label}_kk = $2, ${label}_en = $3, active = $4 WHERE id = $5`,
        [labels.ru, labels.kk, labels.en, active ? 1 : 0, id],
      );
      return id;
    },
  };
}
