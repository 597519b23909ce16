import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { appendAnchorLine } from './anchor-log';
import { removeStaleParts } from './backup-folder';
import { backupFileName, type BackupKind } from './backup-names';
import { inspectDatabaseFile, type DatabaseContents } from './database-contents';
import { pagesCheckedOffThread } from './pages-off-thread';

export interface BackupRecord extends DatabaseContents {
  file: string;
  path: string;
  at: string;
  kind: BackupKind;
}

export interface BackupOptions {
  now?: () => Date;
  kind?: BackupKind;
  nativeBinding?: string;
}

/** A name not yet taken in the folder: two backups within one millisecond take the next one. */
function freeName(folder: string, at: Date, kind: BackupKind): { name: string; at: Date } {
  let time = at;
  while (existsSync(join(folder, backupFileName(time, kind)))) time = new Date(time.getTime() + 1);
  return { name: backupFileName(time, kind), at: time };
}

/**
 * Copies the database to `target` with SQLite's online backup (writers keep working meanwhile), as one
 * self-contained file, and checks the copy whole (integrity, schema, audit chain) before it takes the
 * target's name. A copy that fails its check is removed and the error thrown: a bad backup never sits
 * under a backup's name.
 */
export async function backupToFile(
  dbPath: string,
  target: string,
  nativeBinding?: string,
): Promise<DatabaseContents> {
  const part = `${target}.${process.pid}.part`;
  const binding = nativeBinding ? { nativeBinding } : {};
  try {
    const source = new Database(dbPath, { fileMustExist: true, ...binding });
    try {
      await source.backup(part);
    } finally {
      source.close();
    }
    // The copy carries the source's WAL mode; a backup is one file, with no -wal beside it.
    const copy = new Database(part, binding);
    copy.pragma('journal_mode = DELETE');
    copy.close();
    // The pages on a worker thread (a minute at a million cases, while the app is in use), the rest here.
    const pages = await pagesCheckedOffThread(part, nativeBinding);
    const contents = inspectDatabaseFile(part, nativeBinding, pages);
    renameSync(part, target);
    return contents;
  } finally {
    rmSync(part, { force: true });
  }
}

/** A dated, checked backup in the folder; its head goes into the folder's anchor log. */
export async function makeBackup(
  dbPath: string,
  folder: string,
  { now = () => new Date(), kind = 'backup', nativeBinding }: BackupOptions = {},
): Promise<BackupRecord> {
  mkdirSync(folder, { recursive: true });
  removeStaleParts(folder);
  const { name, at } = freeName(folder, now(), kind);
  const target = join(folder, name);
  const contents = await backupToFile(dbPath, target, nativeBinding);
  const record = { ...contents, file: name, path: target, at: at.toISOString(), kind };
  appendAnchorLine(folder, {
    event: 'backup',
    at: record.at,
    count: record.entries,
    hash: record.headHash,
    file: name,
    cases: record.cases,
    bytes: record.bytes,
  });
  return record;
}
