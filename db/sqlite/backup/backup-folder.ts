import { readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { BackupItem } from '../../../shared/domain/backups';
import { readAnchorLog } from './anchor-log';
import { parseBackupName } from './backup-names';
import { backupsToKeep, type KeepPolicy } from './rotation';
import { isProcessRunning } from '../../process-running';

/** Where backups go unless the administrator chose a folder: `backups` beside the database file. */
export const defaultBackupFolder = (dbPath: string) => join(dirname(resolve(dbPath)), 'backups');

/** The backups in the folder, newest first, with the figures their check recorded in the anchor log. */
export function listBackups(folder: string): BackupItem[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch (error) {
    // No folder yet, or not a folder (an unplugged disk's mount point): no backups there.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw error;
  }
  const recorded = new Map(
    (readAnchorLog(folder) ?? []).flatMap((l) =>
      'line' in l && l.line.event === 'backup' ? [[l.line.file, l.line] as const] : [],
    ),
  );
  const items: BackupItem[] = [];
  for (const file of names) {
    const parsed = parseBackupName(file);
    if (!parsed) continue;
    const line = recorded.get(file);
    items.push({
      file,
      at: parsed.at.toISOString(),
      kind: parsed.kind,
      bytes: statSync(join(folder, file)).size,
      entries: line?.count ?? null,
      headHash: line?.hash ?? null,
      cases: line?.cases ?? null,
    });
  }
  return items.sort((a, b) => (a.file < b.file ? 1 : -1));
}

/** Removes the backups the policy does not keep (backup-names.ts files only); returns their names. */
export function rotateBackups(folder: string, keep: KeepPolicy, now: Date): string[] {
  const backups = listBackups(folder).map((b) => ({ name: b.file, at: new Date(b.at) }));
  const kept = backupsToKeep(backups, keep, now);
  const removed = backups.filter((b) => !kept.has(b.name)).map((b) => b.name);
  for (const name of removed) rmSync(join(folder, name), { force: true });
  return removed;
}

/** Removes the part files of backups whose process is gone (killed mid-copy); a running one's stay. */
export function removeStaleParts(folder: string): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(/^nadzor-.*\.sqlite\.(\d+)\.part$/.exec(name)?.[1]);
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !isProcessRunning(pid))
      rmSync(join(folder, name), { force: true });
  }
}
