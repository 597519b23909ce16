import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command } from 'commander';
import { storedBackupFolder } from '../../db/sqlite/backup/backup-settings';
import { UnusableDatabaseError } from '../../db/sqlite/backup/database-contents';
import { describeCandidate, restoreDatabase } from '../../db/sqlite/backup/restore-database';
import type { RestoreCandidate } from '../../shared/domain/backups';
import { CliError } from '../cli-error';
import { sqliteFile, withDb, withStore, type DbOption } from '../database';
import { PG_BACKUP_REFUSAL } from './backup';

const holds = (c: RestoreCandidate) => {
  const last = c.lastChange
    ? `; last change ${c.lastChange.at} by ${c.lastChange.name ? `${c.lastChange.name} (${c.lastChange.actor})` : c.lastChange.actor}`
    : '';
  return `${c.cases} cases, ${c.users} users, ${c.entries} audit entries (head ${c.headHash}), schema ${c.schemaVersion}${last}`;
};

export function restoreCommand(): Command {
  return withDb(new Command('restore'))
    .description(
      'replace the database with a backup, after checking it; the database as it was is kept as a backup first',
    )
    .argument('<file>', 'the backup (or any Nadzor database file) to restore')
    .action(async (file: string, options: DbOption) => {
      const database = sqliteFile(options);
      if (database === null) throw new CliError(PG_BACKUP_REFUSAL);
      const candidate = resolve(file);
      if (!existsSync(candidate)) throw new CliError(`${file}: no such file; nothing was changed`);
      if (candidate === database) throw new CliError(`${file} is the database itself; nothing was changed`);
      const folder = storedBackupFolder(database);
      let done;
      try {
        console.log(`restore: ${file} holds ${holds(describeCandidate(candidate))}`);
        done = await restoreDatabase({ dbPath: database, candidate, folder });
      } catch (error) {
        if (error instanceof UnusableDatabaseError)
          throw new CliError(`${file} cannot be restored: ${error.message}; nothing was changed`);
        throw error;
      }
      if (done.keptAs)
        console.log(`restore: the database as it was is kept as ${resolve(folder, done.keptAs)}`);
      // Opening it brings an older backup's schema up to date and checks its pages once more.
      await withStore(options, () => Promise.resolve());
      console.log(`restore: ${database} now holds what ${file} held`);
    });
}
