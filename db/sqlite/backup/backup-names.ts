/*
 * Backup file names carry their time, so the folder sorts by it and rotation needs nothing else:
 * `nadzor-20261205-085143-123.sqlite` (UTC), with `-before-restore` for the copy a restore keeps.
 */

const PATTERN = /^nadzor-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-(\d{3})(-before-restore)?\.sqlite$/;

export type BackupKind = 'backup' | 'before-restore';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function backupFileName(at: Date, kind: BackupKind = 'backup'): string {
  const date = `${at.getUTCFullYear()}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}`;
  const time = `${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}${pad(at.getUTCSeconds())}`;
  const suffix = kind === 'before-restore' ? '-before-restore' : '';
  return `nadzor-${date}-${time}-${pad(at.getUTCMilliseconds(), 3)}${suffix}.sqlite`;
}

/** The time a backup's name says it was made, or null for any other file in the folder. */
export function parseBackupName(name: string): { at: Date; kind: BackupKind } | null {
  const m = PATTERN.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, ms, restore] = m;
  const at = new Date(Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +s!, +ms!));
  if (Number.isNaN(at.getTime())) return null;
  return { at, kind: restore ? 'before-restore' : 'backup' };
}
