import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { isSqliteBusy } from '../db/busy';
import { integrityProblems } from '../db/integrity';
import { openSqliteStore } from '../db/sqlite/store';

export interface AfterCrash {
  /** `PRAGMA integrity_check`: null when it says ok, else its first lines. */
  damage: string | null;
  /** Registry numbers of every case in the file. */
  registryNumbers: Set<string>;
  /** What `audit verify` says (the same check, run here rather than in a process of its own). */
  audit: { ok: boolean; entries: number; problem?: string };
}

/**
 * What a killed program left behind, seen as the next start sees it: the file is opened afresh
 * (SQLite replays or discards the WAL), checked page by page, and its audit chain recomputed.
 */
export async function inspectAfterCrash(path: string): Promise<AfterCrash> {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  let damage: string | null;
  let registryNumbers: Set<string>;
  try {
    damage = integrityProblems(db, 'integrity_check');
    registryNumbers = new Set(
      (db.prepare('SELECT registry_number AS n FROM cases').all() as { n: string }[]).map((r) => r.n),
    );
  } finally {
    db.close();
  }
  const store = openSqliteStore(path);
  try {
    const report = await store.read((r) => r.audit.verify());
    return {
      damage,
      registryNumbers,
      audit: report.ok
        ? { ok: true, entries: report.entries }
        : { ok: false, entries: report.entries, problem: report.problem },
    };
  } finally {
    await store.close();
  }
}

/**
 * Whether another program holds the file's write lock at this moment: an import inside its
 * transaction. Asked by taking the lock without waiting and giving it straight back (a writer that
 * meets it waits its turn, a few milliseconds).
 */
export function writeLockHeld(path: string): boolean {
  if (!existsSync(path)) return false;
  const db = new Database(path, { fileMustExist: true, timeout: 0 });
  try {
    db.exec('BEGIN IMMEDIATE');
    db.exec('ROLLBACK');
    return false;
  } catch (error) {
    if (isSqliteBusy(error)) return true;
    throw error;
  } finally {
    db.close();
  }
}
