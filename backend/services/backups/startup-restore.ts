import { storedBackupFolder } from '../../../db/sqlite/backup/backup-settings';
import { latestGoodBackup } from '../../../db/sqlite/backup/latest-good-backup';
import { restoreDatabase } from '../../../db/sqlite/backup/restore-database';
import type { BackupItem, RestoreCandidate, RestoreDone } from '../../../shared/domain/backups';

/** What a damaged database at startup can be given back: the latest good backup in its folder. */
export interface StartupRestore {
  backup: BackupItem;
  path: string;
  holds: RestoreCandidate;
  /** Puts it back (the damaged file kept in the backup folder); the app then opens the database again. */
  restore(): Promise<RestoreDone>;
}

/** The latest good backup of a database file that could not be opened; null when there is none. */
export function startupRestoreFor(dbPath: string, nativeBinding?: string): StartupRestore | null {
  const folder = storedBackupFolder(dbPath, nativeBinding);
  const good = latestGoodBackup(folder, nativeBinding);
  if (!good) return null;
  return {
    ...good,
    restore: () =>
      restoreDatabase({ dbPath, candidate: good.path, folder, ...(nativeBinding ? { nativeBinding } : {}) }),
  };
}
