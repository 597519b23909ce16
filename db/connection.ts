import Database from 'better-sqlite3';
import { APPLICATION_ID, migrate } from './migrate';
import { migrations } from './migrations';
import { integrityProblems } from './integrity';
import { DatabaseOpenError } from './open-errors';

export interface OpenOptions {
  /** A better-sqlite3 `.node` built for the running ABI (the Electron dev arrangement). */
  nativeBinding?: string;
  readonly?: boolean;
  /**
   * Read every page first (PRAGMA quick_check) and refuse a damaged file: the app's start and the
   * commands that write. Some 4 s at a million cases, so the commands that only read leave it out
   * (`audit verify` runs the full integrity check itself).
   */
  checkPages?: boolean;
  /**
   * Hold the file alone (locking_mode EXCLUSIVE, set before the first read): SQLite then keeps the
   * WAL's index in memory and needs no shared-memory file, the one way to read a WAL database on a
   * disk with no room left for that file.
   */
  exclusive?: boolean;
}

/**
 * Opens (or creates) a Nadzor database and brings its schema up to date. The file is inspected before
 * anything is written, so a newer or foreign database is refused and left byte-for-byte as it was.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Database.Database {
  const db = new Database(path, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.readonly ? { readonly: true, fileMustExist: true } : {}),
  });
  try {
    if (options.exclusive) db.pragma('locking_mode = EXCLUSIVE');
    inspect(db);
    // A damaged page otherwise surfaces later as "database disk image is malformed", mid-import. The
    // store opens its writer first, so its read-only reader need not read the whole file again
    // (quick_check reads every page: some 4 s for a million cases).
    if (!options.readonly && options.checkPages) {
      const damage = integrityProblems(db, 'quick_check');
      if (damage) throw DatabaseOpenError.damaged(damage);
    }
    db.pragma('busy_timeout = 5000');
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    if (!options.readonly) migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function inspect(db: Database.Database): void {
  let applicationId: number;
  let userVersion: number;
  let objects: number;
  try {
    applicationId = db.pragma('application_id', { simple: true }) as number;
    userVersion = db.pragma('user_version', { simple: true }) as number;
    objects = (db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number }).n;
  } catch (error) {
    if (isNotADatabase(error)) throw DatabaseOpenError.notNadzor();
    if (isCorrupt(error)) throw DatabaseOpenError.damaged((error as Error).message);
    throw error;
  }
  const fresh = applicationId === 0 && userVersion === 0 && objects === 0;
  if (!fresh && applicationId !== APPLICATION_ID) throw DatabaseOpenError.notNadzor();
  if (userVersion > migrations.length) throw DatabaseOpenError.tooNew(userVersion, migrations.length);
}

function isCorrupt(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'SQLITE_CORRUPT';
}

function isNotADatabase(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'SQLITE_NOTADB';
}
