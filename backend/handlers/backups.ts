import {
  BACKUP_FOLDER_KEY,
  BACKUP_KEEP_DAILY_KEY,
  BACKUP_KEEP_MONTHLY_KEY,
} from '../../db/sqlite/backup/backup-settings';
import type { HandlerContext } from '../context';
import { DomainError } from '../errors';
import { checkFolder } from '../services/backups/database-backups';
import type { Handlers } from './handler';

/** Backups are of a database file; an office's PostgreSQL database is its administrator's (pg_dump). */
function backupsOf(ctx: HandlerContext) {
  if (!ctx.backups) throw new DomainError('not_available', 'backups.error.office');
  return ctx.backups;
}

export const backupHandlers = {
  'backups.overview': (_input, ctx) => backupsOf(ctx).overview(ctx.language),
  'backups.create': (_input, ctx) => backupsOf(ctx).create(),
  'backups.describe': ({ file }, ctx) => backupsOf(ctx).describe(file),
  'backups.restore': ({ file }, ctx) => backupsOf(ctx).restore(file),
  'backups.saveSettings': async ({ folder, keepDaily, keepMonthly }, ctx) => {
    const backups = backupsOf(ctx);
    const chosen = folder === null || folder === '' ? null : folder;
    if (chosen !== null) {
      if (!/^([a-zA-Z]:[\\/]|[\\/])/.test(chosen))
        throw DomainError.field('invalid_input', { path: 'folder', key: 'backups.error.folderNotAbsolute' });
      checkFolder(chosen);
    }
    const wanted: [string, string | null][] = [
      [BACKUP_FOLDER_KEY, chosen],
      [BACKUP_KEEP_DAILY_KEY, String(keepDaily)],
      [BACKUP_KEEP_MONTHLY_KEY, String(keepMonthly)],
    ];
    await ctx.store.write(ctx.actor, async (tx) => {
      for (const [key, value] of wanted) {
        if ((await tx.settings.get(key)) === value) continue;
        await tx.apply({ entity: 'setting', id: key, action: 'settings.backups' }, (w) =>
          value === null ? w.settings.remove(key) : w.settings.set(key, value),
        );
      }
    });
    return backups.overview(ctx.language);
  },
} satisfies Partial<Handlers>;
