import { z } from 'zod';

/*
 * Backups of this computer's database file (issue 14): what the Settings → Backups tab shows and sends.
 * The office server's PostgreSQL database is backed up by its administrator (pg_dump), not here.
 */

export const KEEP_DAILY_MAX = 365;
export const KEEP_MONTHLY_MAX = 120;

/** One backup in the folder; the figures come from its check when it was made (absent for a file put there by hand). */
export interface BackupItem {
  file: string;
  /** When it was made (ISO), from its name. */
  at: string;
  kind: 'backup' | 'before-restore';
  bytes: number;
  entries: number | null;
  headHash: string | null;
  cases: number | null;
}

export interface BackupSettings {
  /** The folder backups go into, as the administrator set it; null: `backups` beside the database file. */
  folder: string | null;
  /** The folder in use (the default spelled out). */
  effectiveFolder: string;
  keepDaily: number;
  keepMonthly: number;
}

export interface BackupOverview {
  settings: BackupSettings;
  backups: BackupItem[];
  /** The last automatic backup that failed, since the app started (cleared by the next that succeeds). */
  lastFailure: { at: string; message: string } | null;
}

/** What a file offered for restore holds, shown before the administrator confirms. */
export interface RestoreCandidate {
  file: string;
  schemaVersion: number;
  entries: number;
  headHash: string;
  cases: number;
  users: number;
  lastChange: { at: string; actor: string; name: string | null } | null;
  bytes: number;
}

export interface RestoreDone {
  restored: RestoreCandidate;
  /** The copy of the database as it was just before, kept in the backup folder. */
  keptAs: string;
}

const backupFile = z
  .string()
  .max(200)
  .regex(/^nadzor-\d{8}-\d{6}-\d{3}(-before-restore)?\.sqlite$/, { error: 'backups.error.fileName' });

export const backupActions = {
  describe: z.object({ file: backupFile }).strict(),
  restore: z.object({ file: backupFile }).strict(),
  saveSettings: z
    .object({
      folder: z.string().trim().max(1000).nullable(),
      keepDaily: z.number().int().min(1).max(KEEP_DAILY_MAX),
      keepMonthly: z.number().int().min(0).max(KEEP_MONTHLY_MAX),
    })
    .strict(),
};
