/**
 * Another program held the database's write lock for longer than a writer waits (a command-line import
 * into the file the app has open, a second app): nothing was written, and the same call may succeed
 * once the other writer is done. Each caller words it in its own language.
 */
export class DatabaseBusyError extends Error {
  constructor(readonly waitedMs: number) {
    super(`another program has been writing to the database for ${Math.round(waitedMs / 1000)} s`);
    this.name = 'DatabaseBusyError';
  }
}

/** SQLite's "someone else holds the lock" (SQLITE_BUSY and its extended codes). */
export const isSqliteBusy = (error: unknown): boolean =>
  error instanceof Error && /^SQLITE_BUSY/.test(String((error as { code?: unknown }).code));
