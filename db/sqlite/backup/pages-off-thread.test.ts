import Database from 'better-sqlite3';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  openSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { integrityProblems } from '../../integrity';
import { openSqliteStore } from '../store';
import { UnusableDatabaseError } from './database-contents';
import { backupToFile } from './make-backup';
import { pagesCheckedOffThread } from './pages-off-thread';

const PAGE = 4096;

/** The check SQLite gives on this thread: what the worker's must equal. */
function checkedHere(path: string): string | null {
  const db = new Database(path, { readonly: true });
  try {
    return integrityProblems(db, 'integrity_check');
  } finally {
    db.close();
  }
}

describe("a backup's pages checked on a worker thread", () => {
  const dir = mkdtempSync(join(tmpdir(), 'nadzor-pages-'));
  const intact = join(dir, 'intact.sqlite');
  const damaged = join(dir, 'damaged.sqlite');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeAll(async () => {
    // A new database: the schema's tables and indexes fill some hundred pages.
    await openSqliteStore(intact).close();
    // Garbage over one whole page in the middle of the file, as a failing disk leaves it.
    copyFileSync(intact, damaged);
    const fd = openSync(damaged, 'r+');
    writeSync(fd, Buffer.alloc(PAGE, 0xa5), 0, PAGE, Math.floor(statSync(damaged).size / PAGE / 2) * PAGE);
    closeSync(fd);
  });

  it('finds a sound file sound, as the check on this thread does', async () => {
    expect(checkedHere(intact)).toBeNull();
    expect(await pagesCheckedOffThread(intact)).toEqual({ damage: null });
  });

  it('words a damaged page exactly as the check on this thread does', async () => {
    const here = checkedHere(damaged);
    expect(here).not.toBeNull();
    expect(await pagesCheckedOffThread(damaged)).toEqual({ damage: here });
  });

  it('leaves a file that is not a database to the checks of this thread, which word why', async () => {
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'not a database at all, and long enough to have a header\n'.repeat(200));
    expect(await pagesCheckedOffThread(text)).toBeUndefined();
    expect(await pagesCheckedOffThread(join(dir, 'missing.sqlite'))).toBeUndefined();
  });

  it('refuses the backup of a damaged file, and no backup takes its name', async () => {
    const target = join(dir, 'backup.sqlite');
    const error = await backupToFile(damaged, target).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnusableDatabaseError);
    expect((error as UnusableDatabaseError).reason).toBe('damaged');
    expect(existsSync(target)).toBe(false);
    const made = await backupToFile(intact, target);
    expect([made.cases, made.entries, existsSync(target)]).toEqual([0, 0, true]);
  });
});
