import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { DAMAGE_LINES, problemsIn, type PagesChecked } from '../../integrity';

/*
 * A backup's copy is checked page by page (`PRAGMA integrity_check`) before it takes a backup's name:
 * about a minute for a million cases, during which the thread that runs it answers nothing. The day's
 * first start makes a backup while the app is in use, so the check runs on a worker thread of its own,
 * on a connection of its own. The worker is a few lines of plain CommonJS given as text (`eval`), so
 * no build (esbuild's for the host and the command line, electron-vite's for the desktop) has a
 * file of its own to place and find for it.
 */
const CHECK = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db;
try {
  db = new Database(workerData.path, {
    readonly: true,
    fileMustExist: true,
    ...(workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {}),
  });
  // Opening reads nothing: the header read here tells a database from any other file.
  db.pragma('schema_version');
} catch {
  if (db) db.close();
  db = undefined;
  parentPort.postMessage({ opened: false });
}
if (db) {
  try {
    const rows = db.pragma('integrity_check(' + workerData.lines + ')');
    parentPort.postMessage({ opened: true, lines: rows.map((row) => Object.values(row)[0]) });
  } catch (error) {
    // A page too damaged to read fails the check itself ("database disk image is malformed").
    parentPort.postMessage({ opened: true, failed: String(error && error.message) });
  } finally {
    db.close();
  }
}`;

type Answer = { opened: false } | { opened: true; lines: string[] } | { opened: true; failed: string };

/**
 * The file's pages checked on a worker thread, with the words `integrityProblems` gives. Undefined when
 * it could not be checked there (the file does not open as a database, or no worker could start):
 * the caller then checks as before, on its own thread, and words what it finds as before.
 */
export function pagesCheckedOffThread(
  path: string,
  nativeBinding?: string,
): Promise<PagesChecked | undefined> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      const driver = createRequire(import.meta.url).resolve('better-sqlite3');
      worker = new Worker(CHECK, {
        eval: true,
        workerData: { driver, path, nativeBinding, lines: DAMAGE_LINES },
      });
    } catch {
      resolve(undefined);
      return;
    }
    worker.once('message', (answer: Answer) => {
      if (!answer.opened) resolve(undefined);
      else resolve({ damage: 'failed' in answer ? answer.failed : problemsIn(answer.lines) });
    });
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
}
