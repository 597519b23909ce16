import type { Migration } from './migration';

/*
 * The year's statistics kept in the file once computed (db/sqlite/kept-stats.ts). At a million cases
 * a year's figures read about a third of a second of index ranges from a file no process has read
 * yet: the bulk of a `report` or `stats` command, for figures that only change when the data do.
 *
 * `stats_stamp` holds one number that every change of what the figures count moves on: the cases, their
 * parties and links, and the names and codes of districts, platforms, tactics and articles (triggers
 * of this migration, which fire for Nadzor's writes and for any other program's alike). A kept result
 * carries the number it was computed under and is used only while that number is still the current
 * one; a newer number makes every older result useless for good.
 */

const counted = [
  'cases',
  'defendants',
  'victims',
  'case_platforms',
  'case_tactics',
  'districts',
  'platforms',
  'tactics',
  'articles',
];

const stampTriggers = (table: string) =>
  (['insert', 'update', 'delete'] as const)
    .map(
      (event) => `
      CREATE TRIGGER ${table}_stats_stamp_${event} AFTER ${event.toUpperCase()} ON ${table} BEGIN
        UPDATE stats_stamp SET n = n + 1 WHERE id = 1;
      END;`,
    )
    .join('');

export const migration010: Migration = {
  version: 10,
  name: 'kept-statistics',
  up: (db) =>
    db.exec(`
      CREATE TABLE stats_stamp (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        n INTEGER NOT NULL
      );
      INSERT INTO stats_stamp (id, n) VALUES (1, 0);
      CREATE TABLE stats_results (
        key TEXT PRIMARY KEY,
        stamp INTEGER NOT NULL,
        figures TEXT NOT NULL
      );
      ${counted.map(stampTriggers).join('\n')}
    `),
};
