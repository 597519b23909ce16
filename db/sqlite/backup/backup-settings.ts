import { isAbsolute, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { Readers } from '../../ports';
import type { BackupSettings } from '../../../shared/domain/backups';
import { KEEP_DAILY_MAX, KEEP_MONTHLY_MAX } from '../../../shared/domain/backups';
import { defaultBackupFolder } from './backup-folder';
import { DEFAULT_KEEP } from './rotation';

/** Settings keys: audited like every setting, so who moved the backups elsewhere is in the trail. */
export const BACKUP_FOLDER_KEY = 'backup.folder';
export const BACKUP_KEEP_DAILY_KEY = 'backup.keepDaily';
export const BACKUP_KEEP_MONTHLY_KEY = 'backup.keepMonthly';

const whole = (stored: string | null, fallback: number, min: number, max: number) => {
  const n = Number(stored);
  return stored !== null && Number.isInteger(n) && n >= min && n <= max ? n : fallback;
};

/** The backup folder and rotation of the database at `dbPath`, defaults filled in. */
export async function backupSettings(r: Readers, dbPath: string): Promise<BackupSettings> {
  const [folder, daily, monthly] = await Promise.all([
    r.settings.get(BACKUP_FOLDER_KEY),
    r.settings.get(BACKUP_KEEP_DAILY_KEY),
    r.settings.get(BACKUP_KEEP_MONTHLY_KEY),
  ]);
  const chosen = folder && isAbsolute(folder) ? folder : null;
  return {
    folder: chosen,
    effectiveFolder: chosen ? resolve(chosen) : defaultBackupFolder(dbPath),
    keepDaily: whole(daily, DEFAULT_KEEP.daily, 1, KEEP_DAILY_MAX),
    keepMonthly: whole(monthly, DEFAULT_KEEP.monthly, 0, KEEP_MONTHLY_MAX),
  };
}

/**
 * The backup folder of a database file that may be too damaged to open as a store (a restore's): the
 * chosen folder when the file still says it, else the default.
 */
export function storedBackupFolder(dbPath: string, nativeBinding?: string): string {
  try {
    const db = new Database(dbPath, {
      readonly: true,
      fileMustExist: true,
      ...(nativeBinding ? { nativeBinding } : {}),
    });
    try {
      const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(BACKUP_FOLDER_KEY) as
        { value: string } | undefined;
      if (row && isAbsolute(row.value)) return resolve(row.value);
    } finally {
      db.close();
    }
  } catch {
    // A damaged or foreign file: the default folder, where the automatic backups went unless moved.
  }
  return defaultBackupFolder(dbPath);
}
