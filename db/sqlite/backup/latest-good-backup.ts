import { join } from 'node:path';
import type { BackupItem, RestoreCandidate } from '../../../shared/domain/backups';
import { listBackups } from './backup-folder';
import { describeCandidate } from './restore-database';

/**
 * The newest backup in the folder that passes a restore's checks, with what it holds: what a damaged
 * database at startup offers to put back. A backup damaged in its turn is passed over; null when none is good.
 */
export function latestGoodBackup(
  folder: string,
  nativeBinding?: string,
): { backup: BackupItem; path: string; holds: RestoreCandidate } | null {
  for (const backup of listBackups(folder)) {
    const path = join(folder, backup.file);
    try {
      return { backup, path, holds: describeCandidate(path, nativeBinding) };
    } catch {
      // Not good: the next older one.
    }
  }
  return null;
}
