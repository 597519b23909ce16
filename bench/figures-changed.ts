import Database from 'better-sqlite3';

/**
 * The file as a change of a year's figures leaves it (db/sqlite/kept-stats.ts): its stats stamp moved
 * on, so the figures are counted again, and no chart kept, as when the change alters every chart of
 * the review. Reads only the stamp's and the kept rows' pages, so a process that opens the file next
 * still finds its data unread.
 */
export function changeFigures(db: string): void {
  const file = new Database(db);
  try {
    file.exec("UPDATE stats_stamp SET n = n + 1; DELETE FROM stats_results WHERE key LIKE 'chart:%'");
  } finally {
    file.close();
  }
}
