import type { Database } from 'better-sqlite3';
import { decodeFigures, encodeFigures } from '../stats-json';
import { statement } from './statements';

/*
 * Figures kept in the file once computed (migration 010): a command that has just opened a million
 * cases reads its year's figures as one row instead of counting them again. A kept result is used
 * only while the file's stats stamp is the one it was computed under; any change of what figures
 * count moves the stamp on (the migration's triggers), whoever writes.
 *
 * The stamp is read before the figures are counted and checked again, in the write that keeps them:
 * when nothing was written in between, every statement of the count saw the data of that stamp, and
 * when anything was, the result is simply not kept.
 *
 * The review's charts are kept beside them, under keys that name what they draw ('chart:' and a
 * hash), so a kept chart is never wrong, whatever changed since: a review whose figures an edit left
 * as they were (an edit of another year) draws none of them again. The newest KEPT_CHARTS are kept.
 */

interface Found {
  stamp: number;
  figures: string | null;
}

/**
 * Keeping is a saving, never a condition: a file or folder that is read-only, a full disk, or another
 * program holding the write lock leave the figures uncounted for next time and nothing else.
 */
const NOT_KEPT = /^SQLITE_(BUSY|LOCKED|READONLY|FULL|IOERR|CANTOPEN|PERM)/;

/** Runs `write` in a transaction of its own on `writer`, or not at all when it cannot be had now. */
function keeping(writer: Database, write: () => void): void {
  // Inside a write of this process (an import between its batches) the rows would join that write.
  if (writer.inTransaction) return;
  try {
    // The writer's busy timeout is 0 (db/sqlite/store.ts): another program's write means "not now".
    writer.exec('BEGIN IMMEDIATE');
    write();
    writer.exec('COMMIT');
  } catch (error) {
    if (writer.inTransaction) writer.exec('ROLLBACK');
    if (!NOT_KEPT.test(String((error as { code?: unknown }).code))) throw error;
  }
}

const CHART = 'chart:';

/** Some sixteen reviews' charts (eight each, 3–12 kB apiece). */
const KEPT_CHARTS = 128;

/** An older stamp never comes back: figures under one are dead weight. */
const dropOlder = (writer: Database) =>
  statement(
    writer,
    `DELETE FROM stats_results
     WHERE stamp < (SELECT n FROM stats_stamp WHERE id = 1) AND substr(key, 1, length(@chart)) <> @chart`,
  ).run({ chart: CHART });

/**
 * The figures under `key`: kept ones when the data are unchanged since they were computed, else
 * `compute()`d on `reader` and kept through `writer` (null: not kept, as inside a write).
 */
export function keptFigures<T>(reader: Database, writer: Database | null, key: string, compute: () => T): T {
  const found = statement(
    reader,
    `SELECT s.n AS stamp, r.figures FROM stats_stamp s
       LEFT JOIN stats_results r ON r.key = @key AND r.stamp = s.n
     WHERE s.id = 1`,
  ).get({ key }) as Found;
  if (found.figures !== null) return decodeFigures<T>(found.figures);
  const figures = compute();
  if (writer)
    keeping(writer, () => {
      const kept = statement(
        writer,
        `INSERT INTO stats_results (key, stamp, figures)
           SELECT @key, n, @figures FROM stats_stamp WHERE id = 1 AND n = @stamp
         ON CONFLICT (key) DO UPDATE SET stamp = excluded.stamp, figures = excluded.figures`,
      ).run({ key, stamp: found.stamp, figures: encodeFigures(figures) });
      if (kept.changes > 0) dropOlder(writer);
    });
  return figures;
}

/** The charts of `keys` kept in the file, by key. */
export function keptCharts(reader: Database, keys: readonly string[]): Record<string, string> {
  const rows = statement(
    reader,
    'SELECT key, figures AS svg FROM stats_results WHERE key IN (SELECT @prefix || value FROM json_each(@keys))',
  ).all({ prefix: CHART, keys: JSON.stringify(keys) }) as { key: string; svg: string }[];
  return Object.fromEntries(rows.map((row) => [row.key.slice(CHART.length), row.svg]));
}

/** Keeps `charts` (SVG by key) through `writer` (null: none kept), and the newest KEPT_CHARTS only. */
export function keepCharts(writer: Database | null, charts: Record<string, string>): void {
  const entries = Object.entries(charts);
  if (!writer || entries.length === 0) return;
  keeping(writer, () => {
    // The stamp a chart is kept under means nothing to it: its key says what it draws.
    const insert = statement(
      writer,
      `INSERT INTO stats_results (key, stamp, figures)
         SELECT @key, n, @svg FROM stats_stamp WHERE id = 1
       ON CONFLICT (key) DO UPDATE SET stamp = excluded.stamp, figures = excluded.figures`,
    );
    for (const [key, svg] of entries) insert.run({ key: `${CHART}${key}`, svg });
    statement(
      writer,
      `DELETE FROM stats_results WHERE substr(key, 1, length(@chart)) = @chart AND rowid NOT IN (
         SELECT rowid FROM stats_results WHERE substr(key, 1, length(@chart)) = @chart
         ORDER BY rowid DESC LIMIT @kept)`,
    ).run({ chart: CHART, kept: KEPT_CHARTS });
  });
}
