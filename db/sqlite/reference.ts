import type { Database } from 'better-sqlite3';
import type { Article, District } from '../../shared/domain/reference';
import type { ReferenceKind, ReferenceReader, ReferenceWriter } from '../ports';

// Fixed table and key column per kind: nothing from a request reaches the SQL text.
const TABLES: Record<ReferenceKind, { table: string; key: string }> = {
  district: { table: 'districts', key: 'name' },
  article: { table: 'articles', key: 'code' },
  platform: { table: 'platforms', key: 'name' },
  tactic: { table: 'tactics', key: 'name' },
};

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
      Promise.resolve((db.prepare('SELECT * FROM districts WHERE active = 1 ORDER BY name').all() as DistrictRow[]).map(toDistrict)),
    articles: () =>
      Promise.resolve((db.prepare('SELECT * FROM articles WHERE active = 1 ORDER BY code').all() as ArticleRow[]).map(toArticle)),
    districtByName(name) {
      const row = db.prepare('SELECT * FROM districts WHERE name = ?').get(name) as DistrictRow | undefined;
      return Promise.resolve(row ? toDistrict(row) : null);
    },
    articleByCode(code) {
      const row = db.prepare('SELECT * FROM articles WHERE code = ?').get(code) as ArticleRow | undefined;
      return Promise.resolve(row ? toArticle(row) : null);
    },
    ids(kind) {
      const { table, key } = TABLES[kind];
      const rows = db.prepare(`SELECT ${key} AS name, id FROM ${table}`).all() as { name: string; id: number }[];
      return Promise.resolve(new Map(rows.map((r) => [r.name, r.id])));
    },
  };
}

export function referenceWriter(db: Database): ReferenceWriter {
  return {
    insertDistrict(d) {
      const r = db
        .prepare('INSERT INTO districts (name, label_ru, label_kk, label_en) VALUES (?, ?, ?, ?)')
        .run(d.name, d.labels.ru, d.labels.kk, d.labels.en);
      return Promise.resolve(Number(r.lastInsertRowid));
    },
    insertArticle(a) {
      const r = db
        .prepare('INSERT INTO articles (code, title_ru, title_kk, title_en) VALUES (?, ?, ?, ?)')
        .run(a.code, a.titles.ru, a.titles.kk, a.titles.en);
      return Promise.resolve(Number(r.lastInsertRowid));
    },
    insertNamed(kind, name) {
      const { table, key } = TABLES[kind];
      const r = db.prepare(`INSERT INTO ${table} (${key}) VALUES (?)`).run(name);
      return Promise.resolve(Number(r.lastInsertRowid));
    },
  };
}
