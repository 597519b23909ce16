import { statfsSync } from 'node:fs';
import { dirname } from 'node:path';

/** Below this many free bytes SQLite cannot even make the WAL's shared-memory file (32 KiB) and a page. */
export const NEARLY_FULL_BYTES = 128 * 1024;

type DiskCode = 'disk_full' | 'disk_read_only' | 'disk_io';

const wording: Record<DiskCode, { key: string; message: string }> = {
  disk_full: {
    key: 'errors.diskFull',
    message: 'the disk is full: nothing was written; free space and try again',
  },
  disk_read_only: {
    key: 'errors.diskReadOnly',
    message:
      'the database is on a read-only file or disk: nothing was written; make it writable and try again',
  },
  disk_io: {
    key: 'errors.diskIo',
    message: 'the disk could not be read or written: nothing was written; check the disk and try again',
  },
};

/**
 * The disk under the database refused (full, read-only, failing): what was saved before is intact and
 * nothing of this write was kept, which the message says. The one place SQLite's SQLITE_FULL,
 * SQLITE_READONLY and SQLITE_IOERR become words; each caller words `key` in its own language.
 */
export class DatabaseDiskError extends Error {
  readonly key: string;

  constructor(
    readonly code: DiskCode,
    readonly detail: string,
  ) {
    super(wording[code].message);
    this.key = wording[code].key;
    this.name = 'DatabaseDiskError';
  }
}

/** Free bytes on the disk holding `file` (null when it cannot be told, e.g. an in-memory database). */
export function freeBytesBeside(file: string): number | null {
  try {
    const { bavail, bsize } = statfsSync(dirname(file));
    return bavail * bsize;
  } catch {
    return null;
  }
}

const sqliteCode = (error: unknown): string => {
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : '';
};

/**
 * `error` as a DatabaseDiskError when it is the disk's refusal, else null. An I/O error on a disk
 * with almost no space left is the full disk (SQLite says "disk I/O error" when it cannot grow its
 * shared-memory file), so the free space beside `file` is asked.
 */
export function diskErrorOf(error: unknown, file: string): DatabaseDiskError | null {
  if (error instanceof DatabaseDiskError) return error;
  const code = sqliteCode(error);
  const detail = (error as Error | undefined)?.message ?? '';
  if (code.startsWith('SQLITE_FULL')) return new DatabaseDiskError('disk_full', detail);
  if (code.startsWith('SQLITE_READONLY')) return new DatabaseDiskError('disk_read_only', detail);
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN')) {
    const free = freeBytesBeside(file);
    if (free !== null && free < NEARLY_FULL_BYTES) return new DatabaseDiskError('disk_full', detail);
    if (code.startsWith('SQLITE_IOERR')) return new DatabaseDiskError('disk_io', detail);
  }
  return null;
}
