import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Command } from 'commander';
import { backupSettings } from '../../db/sqlite/backup/backup-settings';
import { rotateBackups } from '../../db/sqlite/backup/backup-folder';
import { UnusableDatabaseError, type DatabaseContents } from '../../db/sqlite/backup/database-contents';
import { backupToFile, makeBackup } from '../../db/sqlite/backup/make-backup';
import { CliError } from '../cli-error';
import { sqliteFile, withDb, withStore, type DbOption } from '../database';
import { refuseDatabase } from '../output-file';

interface BackupOptions extends DbOption {
  out?: string;
}

/** Backups are of this computer's file; an office's PostgreSQL database is its administrator's to dump. */
export const PG_BACKUP_REFUSAL =
  "backups here are of a database file; an office's PostgreSQL database is backed up by its database administrator (pg_dump)";

export const describeContents = (c: DatabaseContents) =>
  `${c.cases} cases, ${c.users} users, ${c.entries} audit entries (head ${c.headHash}), ${c.bytes} bytes`;

export function backupCommand(): Command {
  return withDb(new Command('backup'))
    .description(
      'copy the whole database (cases, register, users, settings, the audit trail) into a checked backup file',
    )
    .option('--out <file>', 'write the backup to this file (default: a dated file in the backup folder)')
    .action(async (options: BackupOptions) => {
      const database = sqliteFile(options);
      if (database === null) throw new CliError(PG_BACKUP_REFUSAL);
      await withStore(
        options,
        async (store) => {
          try {
            if (options.out !== undefined) {
              const target = resolve(options.out);
              refuseDatabase(target, database);
              if (!existsSync(dirname(target)))
                throw new CliError(
                  `cannot write the backup: no such folder ${dirname(target)}; nothing was kept`,
                );
              const contents = await backupToFile(database, target);
              console.log(`backup: ${target}: ${describeContents(contents)}; checked`);
              return;
            }
            const settings = await store.read((r) => backupSettings(r, database));
            const made = await makeBackup(database, settings.effectiveFolder);
            console.log(`backup: ${made.path}: ${describeContents(made)}; checked`);
            const removed = rotateBackups(
              settings.effectiveFolder,
              {
                daily: settings.keepDaily,
                monthly: settings.keepMonthly,
              },
              new Date(),
            );
            if (removed.length)
              console.log(
                `backup: removed ${removed.length} older backup(s), keeping the last ${settings.keepDaily} days and ${settings.keepMonthly} months`,
              );
          } catch (error) {
            if (error instanceof UnusableDatabaseError)
              throw new CliError(`backup failed its check and was not kept: ${error.message}`);
            const code = (error as NodeJS.ErrnoException).code;
            // The file system's refusals (no such folder, no permission, a full disk) are the user's to act on.
            if (code && /^(E[A-Z]+|SQLITE_(CANTOPEN|FULL|IOERR|READONLY|PERM)\w*)$/.test(code))
              throw new CliError(`cannot write the backup: ${code}; nothing was kept`);
            throw error;
          }
        },
        { existing: true },
      );
    });
}
