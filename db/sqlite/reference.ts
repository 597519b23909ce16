import type { Database } from 'better-sqlite3';
import type { Article, District, ReferenceItem } from '../../shared/domain/reference';
import type { ReferenceKind, ReferenceReader, ReferenceWriter } from '../ports';

// Fixed table and columns per kind: nothing from a request reaches the SQL text.
const TABLES: Record<ReferenceKind, { table: string; key: string; label: string }> = {
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

interface DistrictRow {
  id: number;
  name: string;
  label_ru: string | null;
  label_kk: string | null;
  label_en: string | null;
}

interface ArticleRow {
  id: number;
  code: string;
  title_ru: string | null;
  title_kk: string | null;
  title_en: string | null;
}

const toDistrict = (r: DistrictRow): District => ({
  id: r.id,
  name: r.name,
  labels: { ru: r.label_ru, kk: r.label_kk, en: r.label_en },
});

const toArticle = (r: ArticleRow): Article => ({
  id: r.id,
  code: r.code,
  titles: { ru: r.title_ru, kk: r.title_kk, en: r.title_en },
});

export function referenceReader(db: Database): ReferenceReader {
  return {
    districts: () =>
      Promise.resolve(
        (db.prepare('SELECT * FROM districts WHERE active = 1 ORDER BY name').all() as DistrictRow[]).map(
          toDistrict,
        ),
      ),
    articles: () =>
      Promise.resolve(
        (db.prepare('SELECT * FROM articles WHERE active = 1 ORDER BY code').all() as ArticleRow[]).map(
          toArticle,
        ),
      ),
    ids(kind) {
      const { table, key } = TABLES[kind];
      const rows = db.prepare(`SELECT ${key} AS name, id FROM ${table}`).all() as {
        name: string;
        id: number;
      }[];
      return Promise.resolve(new Map(rows.map((r) => [r.name, r.id])));
    },
    list(kind, includeInactive) {
      const where = includeInactive ? '' : 'WHERE active = 1';
      const rows = db.prepare(`${itemSelect(kind)} ${where} ORDER BY name`).all() as ItemRow[];
      return Promise.resolve(rows.map((r) => toItem(kind, r)));
    },
    get(kind, id) {
      const row = db.prepare(`${itemSelect(kind)} WHERE id = ?`).get(id) as ItemRow | undefined;
      return Promise.resolve(row ? toItem(kind, row) : null);
    },
  };
}

export function referenceWriter(db: Database): ReferenceWriter {
  return {
    create(kind, name, labels, active) {
      const { table, key, label } = TABLES[kind];
      const r = db
        .prepare(
          `INSERT INTO ${table} (${key}, ${label}_ru, ${label}_kk, ${label}_en, active) VALUES (?, ?, ?, ?, ?)`,
        )
        .run(name, labels.ru, labels.kk, labels.en, active ? 1 : 0);
      return Promise.resolve(Number(r.lastInsertRowid));
    },
    update(kind, id, labels, active) {
      const { table, label } = TABLES[kind];
      db.prepare(
        `UPDATE ${table} SET ${label}_ru = ?, ${label}_kk = ?, ${label}_en = ?, active = ? WHERE id = ?`,
      ).run(labels.ru, labels.kk, labels.en, active ? 1 : 0, id);
      return Promise.resolve(id);
    },
  };
}
