import { Command } from 'commander';
import type { MigrateOptions } from './migrate-copy';

export function migrateCommand(): Command {
  return (
    new Command('migrate')
      .description(
        "copy everything of a Nadzor file (cases, register, reference data, settings, users, imports, the whole audit trail) into an office's empty PostgreSQL database",
      )
      .requiredOption('--from <file>', 'the Nadzor database file to copy')
      .option(
        '--to <connection>',
        "the office's PostgreSQL database, which must be empty (default: $NADZOR_PG)",
      )
      // The copy and the PostgreSQL driver load when the command runs, not at every call's start.
      .action(async (options: MigrateOptions) => (await import('./migrate-copy')).migrate(options))
  );
}
