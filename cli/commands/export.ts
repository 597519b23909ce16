import { Command } from 'commander';
import { exportCases } from '../../backend/services/export-cases';
import { sqliteFile, withDb, withStore, type DbOption } from '../database';
import { writeOutputFile } from '../output-file';

export function exportCommand(): Command {
  return withDb(new Command('export'))
    .description('write every case to a nadzor.cases/v1 file')
    .requiredOption('--out <file>', 'the file to write')
    .action(async (options: DbOption & { out: string }) => {
      const count = await withStore(
        options,
        (store) => writeOutputFile(options.out, sqliteFile(options), (write) => exportCases(store, write)),
        { existing: true },
      );
      console.log(`exported ${count} cases to ${options.out}`);
    });
}
