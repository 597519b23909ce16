import { createWriteStream, statSync, type Stats } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { basename, dirname, join, resolve } from 'node:path';
import { CliError } from './cli-error';
import { isProcessRunning } from '../db/process-running';

/** The write of one output file: `write` takes the next piece; the result is what the command reports. */
export type Produce<T> = (write: (chunk: string | Buffer) => Promise<void>) => Promise<T>;

const errno = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

const statOrNull = (path: string): Stats | null => {
  try {
    return statSync(path);
  } catch {
    return null;
  }
};

const sameFile = (a: Stats, b: Stats) => a.dev === b.dev && a.ino === b.ino;

/**
 * Refuses an output that is the open database or one of its companion files, whatever name reaches it
 * (another spelling of the path, a link): writing a JSON or PDF there would destroy every case,
 * account and the trail while the command reported success.
 */
export function refuseDatabase(path: string, database: string | null): void {
  if (database === null) return;
  const target = statOrNull(path);
  if (target === null) return;
  for (const companion of ['', '-wal', '-shm', '-journal']) {
    const file = statOrNull(`${database}${companion}`);
    if (file && sameFile(file, target))
      throw new CliError(
        `${path} is the database this command reads (${database}${companion}): nothing was written; choose another output file`,
      );
  }
}

/** `out.json.1234.part` for the process 1234. */
const partName = (path: string, pid: number) => `${basename(path)}.${pid}.part`;

/** Removes the part files a killed run left beside `path` (their process is gone); a live run's stay. */
async function removeStaleParts(path: string): Promise<void> {
  const prefix = `${basename(path)}.`;
  let names: string[];
  try {
    names = await readdir(dirname(path));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.part')) continue;
    const pid = Number(name.slice(prefix.length, -'.part'.length));
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !isProcessRunning(pid))
      await rm(join(dirname(path), name), { force: true });
  }
}

/**
 * Writes a command's output file whole or not at all: into a part file beside it, renamed over the
 * target once complete, so a failed or killed run never leaves half a file under the target's name.
 * `database` is the SQLite file the command has open (null for PostgreSQL), which is never overwritten.
 */
export async function writeOutputFile<T>(
  path: string,
  database: string | null,
  produce: Produce<T>,
): Promise<T> {
  const target = resolve(path);
  refuseDatabase(target, database === null ? null : resolve(database));
  await removeStaleParts(target);
  const temporary = join(dirname(target), partName(target, process.pid));
  const out = createWriteStream(temporary, { flags: 'wx' });
  try {
    await once(out, 'open');
  } catch (error) {
    throw new CliError(`cannot write ${path}: ${errno(error)}`);
  }
  try {
    const result = await produce(async (chunk) => {
      if (!out.write(chunk)) await once(out, 'drain');
    });
    out.end();
    await once(out, 'finish');
    await rename(temporary, target);
    return result;
  } catch (error) {
    // Writes still queued fail with the stream; the failure reported is the one that stopped the run.
    out.on('error', () => undefined);
    out.destroy();
    await rm(temporary, { force: true });
    if (error instanceof CliError) throw error;
    // The file system's refusals (a full disk, no permission) are the user's to act on; others are bugs.
    const code = (error as NodeJS.ErrnoException).code;
    if (code && /^E[A-Z]+$/.test(code)) throw new CliError(`cannot write ${path}: ${code}`);
    throw error;
  }
}
