import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskErrorOf } from './disk-errors';

/* The words for each refusal of the disk; reliability/full-disk.test.ts meets them on a real full disk. */

const sqliteError = (code: string, message: string) => Object.assign(new Error(message), { code });
/** A database in the temporary folder, whose disk has room (an I/O error there is no full disk). */
const roomy = join(tmpdir(), 'nadzor.sqlite');

describe('diskErrorOf', () => {
  it('words a full disk, a read-only file and a failing disk, keeping SQLite’s words as the detail', () => {
    expect(diskErrorOf(sqliteError('SQLITE_FULL', 'database or disk is full'), roomy)).toMatchObject({
      code: 'disk_full',
      key: 'errors.diskFull',
      message: 'the disk is full: nothing was written; free space and try again',
      detail: 'database or disk is full',
    });
    expect(
      diskErrorOf(sqliteError('SQLITE_READONLY_DBMOVED', 'attempt to write a readonly database'), roomy),
    ).toMatchObject({ code: 'disk_read_only', key: 'errors.diskReadOnly' });
    expect(diskErrorOf(sqliteError('SQLITE_IOERR_WRITE', 'disk I/O error'), roomy)).toMatchObject({
      code: 'disk_io',
      key: 'errors.diskIo',
    });
  });

  it('leaves every other error alone', () => {
    expect(
      diskErrorOf(sqliteError('SQLITE_CONSTRAINT_UNIQUE', 'UNIQUE constraint failed'), roomy),
    ).toBeNull();
    expect(diskErrorOf(sqliteError('SQLITE_BUSY', 'database is locked'), roomy)).toBeNull();
    expect(diskErrorOf(new TypeError('x is undefined'), roomy)).toBeNull();
    // A file that cannot be opened on a disk with room is not the disk's fault.
    expect(diskErrorOf(sqliteError('SQLITE_CANTOPEN', 'unable to open database file'), roomy)).toBeNull();
  });
});
