import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { RestoreCandidate, RestoreDone } from '../../../shared/domain/backups';
import { appendAnchorLine } from './anchor-log';
import { backupFileName } from './backup-names';
import { storedBackupFolder } from './backup-settings';
import { inspectDatabaseFile, UnusableDatabaseError } from './database-contents';
import { makeBackup } from './make-backup';

export interface RestoreOptions {
  /** The database file to replace. */
  dbPath: string;
  /** The file to put in its place (a backup, or any Nadzor database file). */
  candidate: string;
  /** The backup folder: the current database is kept there first, and the restore is logged there. */
  folder: string;
  /** Closes whatever has the database open; called after every check passed and before the swap. */
  closeCurrent?: () => Promise<void>;
  now?: () => Date;
  nativeBinding?: string;
}

/** What a file offered for restore holds; throws UnusableDatabaseError for a foreign, damaged or newer one. */
export function describeCandidate(path: string, nativeBinding?: string): RestoreCandidate {
  const { schemaVersion, entries, headHash, cases, users, lastChange, bytes } = inspectDatabaseFile(
    path,
    nativeBinding,
  );
  const file = path.split(/[\\/]/).at(-1) ?? path;
  return { file, schemaVersion, entries, headHash, cases, users, lastChange, bytes };
}

/**
 * Keeps the current database in the folder: an online backup, checked like any other; a database
 * too damaged for that is still kept, as a plain copy of its file, so a restore never throws away
 * what was there.
 */
async function keepCurrent(options: RestoreOptions, now: () => Date): Promise<string> {
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  try {
    return (await makeBackup(options.dbPath, options.folder, { now, kind: 'before-restore', ...binding }))
      .file;
  } catch {
    // Too damaged to copy page by page or to pass the check: kept as the bytes it is.
    mkdirSync(options.folder, { recursive: true });
    const name = backupFileName(now(), 'before-restore');
    copyFileSync(options.dbPath, join(options.folder, name));
    return name;
  }
}

/**
 * Replaces the database with a checked copy of `candidate` in one step. The copy is made beside the
 * database first (SQLite's backup, so a candidate with a WAL of its own comes whole) and checked
 * whole; then the current database is kept as a backup, whoever has it open closes it, and one
 * rename puts the copy in its place: at every moment the file is either the old database or the new,
 * never half of each. A foreign, damaged or newer file is refused before anything changes.
 */
export async function restoreDatabase(options: RestoreOptions): Promise<RestoreDone> {
  const now = options.now ?? (() => new Date());
  const { dbPath, candidate, folder } = options;
  const part = `${dbPath}.restore.${process.pid}.part`;
  mkdirSync(folder, { recursive: true });
  try {
    const restored = describeCandidate(candidate, options.nativeBinding);
    rmSync(part, { force: true });
    const source = new Database(candidate, {
      readonly: true,
      fileMustExist: true,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
    try {
      await source.backup(part);
    } finally {
      source.close();
    }
    // The copy is what goes in: checked again in case the candidate changed in between.
    const copied = describeCandidate(part, options.nativeBinding);
    if (copied.headHash !== restored.headHash)
      throw new UnusableDatabaseError('changedMeanwhile', {}, 'the file changed while it was read');
    const keptAs = existsSync(dbPath) ? await keepCurrent(options, now) : '';
    await options.closeCurrent?.();
    // The store folded its WAL into the file when it closed: what is left beside it is empty and
    // belongs to the old file, so it must not be read with the new one.
    for (const companion of ['-wal', '-shm']) rmSync(`${dbPath}${companion}`, { force: true });
    renameSync(part, dbPath);
    const line = {
      event: 'restore' as const,
      at: now().toISOString(),
      count: restored.entries,
      hash: restored.headHash,
      file: restored.file,
      cases: restored.cases,
      bytes: restored.bytes,
    };
    // The file put back may name another backup folder (it was chosen later, or earlier): the log
    // `audit verify` reads from now on must say where this trail begins too.
    const named = storedBackupFolder(dbPath, options.nativeBinding);
    for (const logFolder of new Set([folder, named])) {
      mkdirSync(logFolder, { recursive: true });
      appendAnchorLine(logFolder, line);
    }
    return { restored, keptAs };
  } finally {
    rmSync(part, { force: true });
  }
}
