import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import { tempDbPath } from '../test-support';
import { keepCharts, keptCharts, keptFigures } from './kept-stats';

/** A migrated file with one case, its store's two connections, and a third program's connection. */
function files() {
  const path = tempDbPath();
  const writer = openDatabase(path);
  writer.exec(`
    INSERT INTO districts (id, name) VALUES (1, 'Almaty');
    INSERT INTO articles (id, code) VALUES (1, '194');
    INSERT INTO cases (id, registry_number, article_id, district_id, registered_on)
      VALUES (1, 'A-1', 1, 1, '2024-01-01');
  `);
  writer.pragma('busy_timeout = 0');
  const reader = openDatabase(path, { readonly: true });
  const other = new Database(path);
  other.pragma('busy_timeout = 0');
  return { path, writer, reader, other };
}

const registered = (db: Database.Database) => ({
  registered: db.prepare('SELECT count(*) FROM cases').pluck().get() as number,
});

const keptRows = (db: Database.Database) =>
  db.prepare('SELECT key, figures FROM stats_results ORDER BY key').raw().all();

const addCase = (db: Database.Database, id: number) =>
  db
    .prepare(
      `INSERT INTO cases (id, registry_number, article_id, district_id, registered_on)
       VALUES (?, ?, 1, 1, '2024-02-01')`,
    )
    .run(id, `A-${id}`);

describe('statistics kept in the file', () => {
  it('are counted once and then read as kept, as long as nothing changes', () => {
    const { writer, reader } = files();
    let counted = 0;
    const count = () => {
      counted += 1;
      return registered(reader);
    };
    expect(keptFigures(reader, writer, 'k', count)).toEqual({ registered: 1 });
    expect(keptRows(reader)).toEqual([['k', '{"registered":1}']]);
    expect(keptFigures(reader, writer, 'k', count)).toEqual({ registered: 1 });
    expect(counted).toBe(1);
  });

  it('are counted again after a change by any program, and the older results are dropped', () => {
    const { writer, reader, other } = files();
    keptFigures(reader, writer, 'a', () => registered(reader));
    keptFigures(reader, writer, 'b', () => registered(reader));
    addCase(other, 2);
    expect(keptFigures(reader, writer, 'a', () => registered(reader))).toEqual({ registered: 2 });
    expect(keptRows(reader)).toEqual([['a', '{"registered":2}']]);
  });

  it('are not kept when the data changed while they were being counted', () => {
    const { writer, reader, other } = files();
    const figures = keptFigures(reader, writer, 'k', () => {
      const seen = registered(reader);
      addCase(other, 2);
      return seen;
    });
    expect(figures).toEqual({ registered: 1 });
    expect(keptRows(reader)).toEqual([]);
    expect(keptFigures(reader, writer, 'k', () => registered(reader))).toEqual({ registered: 2 });
  });

  it('are not kept, and not waited for, while another program writes', () => {
    const { writer, reader, other } = files();
    other.exec('BEGIN IMMEDIATE');
    expect(keptFigures(reader, writer, 'k', () => registered(reader))).toEqual({ registered: 1 });
    other.exec('COMMIT');
    expect(keptRows(reader)).toEqual([]);
    expect(writer.inTransaction).toBe(false);
  });

  it('are not kept inside a write of the same connection, which they would join', () => {
    const { writer, reader } = files();
    writer.exec('BEGIN IMMEDIATE');
    keptFigures(reader, writer, 'k', () => registered(reader));
    writer.exec('ROLLBACK');
    expect(keptRows(reader)).toEqual([]);
  });

  it('are still given where the file cannot be written', () => {
    const { path, reader } = files();
    const readOnly = new Database(path, { readonly: true });
    expect(keptFigures(reader, readOnly, 'k', () => registered(reader))).toEqual({ registered: 1 });
    expect(keptRows(reader)).toEqual([]);
  });

  it('read back exactly as counted, a negative zero included', () => {
    const { writer, reader } = files();
    const figures = { changePct: -0, names: ['Алматы'], none: null };
    keptFigures(reader, writer, 'k', () => figures);
    const kept = keptFigures(reader, writer, 'k', () => ({ changePct: 1, names: [], none: null }));
    expect(kept).toEqual(figures);
    expect(Object.is(kept.changePct, -0)).toBe(true);
  });

  it('let any other error through, having written nothing', () => {
    const { reader, writer } = files();
    writer.exec(`DROP TABLE stats_results;
      CREATE TABLE stats_results (key TEXT PRIMARY KEY, stamp INTEGER NOT NULL, figures TEXT NOT NULL CHECK (figures = ''))`);
    expect(() => keptFigures(reader, writer, 'k', () => registered(reader))).toThrow(/CHECK constraint/);
    expect(writer.inTransaction).toBe(false);
    expect(keptRows(reader)).toEqual([]);
  });
});

describe('charts kept in the file', () => {
  it('are given back by key, and only those asked for', () => {
    const { writer, reader } = files();
    keepCharts(writer, { a1: '<svg>a</svg>', b2: '<svg>b</svg>' });
    expect(keptCharts(reader, ['a1', 'c3'])).toEqual({ a1: '<svg>a</svg>' });
    expect(keptCharts(reader, [])).toEqual({});
  });

  it('outlive a change of the data, which cannot make them wrong', () => {
    const { writer, reader, other } = files();
    keepCharts(writer, { a1: '<svg>a</svg>' });
    keptFigures(reader, writer, 'k', () => registered(reader));
    addCase(other, 2);
    keptFigures(reader, writer, 'k', () => registered(reader));
    expect(keptCharts(reader, ['a1'])).toEqual({ a1: '<svg>a</svg>' });
    expect(keptRows(reader)).toEqual([
      ['chart:a1', '<svg>a</svg>'],
      ['k', '{"registered":2}'],
    ]);
  });

  it('are the newest 128: the oldest go first', () => {
    const { writer, reader } = files();
    const charts = (from: number, to: number) =>
      Object.fromEntries(
        Array.from({ length: to - from }, (_, i) => [`c${from + i}`, `<svg>${from + i}</svg>`]),
      );
    keepCharts(writer, charts(0, 100));
    keepCharts(writer, charts(100, 130));
    const all = Array.from({ length: 130 }, (_, i) => `c${i}`);
    expect(Object.keys(keptCharts(reader, all)).sort()).toEqual(all.slice(2).sort());
  });

  it('are not kept while another program writes, nor by a store that keeps nothing', () => {
    const { writer, reader, other } = files();
    other.exec('BEGIN IMMEDIATE');
    keepCharts(writer, { a1: '<svg>a</svg>' });
    other.exec('COMMIT');
    keepCharts(null, { b2: '<svg>b</svg>' });
    expect(keptCharts(reader, ['a1', 'b2'])).toEqual({});
  });
});
