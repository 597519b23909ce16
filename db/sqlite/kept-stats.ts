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

function keep(writer: Database, key: string, stamp: number, figures: string): void {
  // Inside a write of this process (an import between its batches) the row would join that write.
  if (writer.inTransaction) return;
  try {
    // The writer's busy timeout is 0 (db/sqlite/store.ts): another program's write means "not now".
    writer.exec('BEGIN IMMEDIATE');
    const kept = statement(
      writer,
      `INSERT INTO stats_results (key, stamp, figures) SELECT @key, n, @figures FROM stats_stamp WHERE n = @stamp
       ON CONFLICT (key) DO UPDATE SET stamp = excluded.stamp, figures = excluded.figures`,
    ).run({ key, stamp, figures });
    // An older stamp never comes back: results under one are dead weight.
    if (kept.changes > 0) statement(writer, 'DELETE FROM stats_results WHERE stamp < @stamp').run({ stamp });
    writer.exec('COMMIT');
  } catch (error) {
    if (writer.inTransaction) writer.exec('ROLLBACK');
    if (!NOT_KEPT.test(String((error as { code?: unknown }).code))) throw error;
  }
}

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
  if (writer) keep(writer, key, found.stamp, encodeFigures(figures));
  return figures;
}
