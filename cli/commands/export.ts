import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { Command } from 'commander';
import { exportCases } from '../../backend/services/export-cases';
import { CliError } from '../cli-error';
import { withDb, withStore, type DbOption } from '../database';

/** Writes to a temporary file beside the target and renames it: a failed export never leaves half a file. */
async function writeAtomically(
  path: string,
  produce: (write: (chunk: string) => Promise<void>) => Promise<number>,
) {
  const temporary = `${path}.part`;
  const out = createWriteStream(temporary, { encoding: 'utf8' });
  try {
    await once(out, 'open');
  } catch (error) {
    throw new CliError(
      `cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  try {
    const count = await produce(async (chunk) => {
      if (!out.write(chunk)) await once(out, 'drain');
    });
    out.end();
    await once(out, 'finish');
    await rename(temporary, path);
    return count;
  } catch (error) {
    out.destroy();
    await rm(temporary, { force: true });
    throw error;
  }
}

export function exportCommand(): Command {
  return withDb(new Command('export'))
    .description('write every case to a nadzor.cases/v1 file')
    .requiredOption('--out <file>', 'the file to write')
    .action(async (options: DbOption & { out: string }) => {
      const count = await withStore(options, (store) =>
        writeAtomically(options.out, (write) => exportCases(store, write)),
      );
      console.log(`exported ${count} cases to ${options.out}`);
    });
}
