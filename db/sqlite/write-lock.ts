import { setTimeout as sleep } from 'node:timers/promises';
import type { Database } from 'better-sqlite3';
import { DatabaseBusyError, isSqliteBusy } from '../busy';

/** How long a write waits for another program's write by default: a minute, as a long import may take. */
export const DEFAULT_WRITE_WAIT_MS = 60_000;

/**
 * Starts the write transaction of `db` (`BEGIN IMMEDIATE`), waiting its turn while another program
 * writes to the same file, without holding the event loop: SQLite's own busy timeout sleeps inside
 * the call, so a host would answer nothing, not even reads, for as long as a command-line import ran.
 * The connection's busy timeout must be 0 for that reason; the wait is here, in short async steps.
 * Gives up after `waitMs` with a DatabaseBusyError; nothing has been written then.
 */
export async function beginWrite(db: Database, waitMs: number): Promise<void> {
  const started = Date.now();
  for (let pause = 5; ; pause = Math.min(pause * 2, 250)) {
    try {
      db.exec('BEGIN IMMEDIATE');
      return;
    } catch (error) {
      if (!isSqliteBusy(error)) throw error;
      const waited = Date.now() - started;
      if (waited >= waitMs) throw new DatabaseBusyError(waited);
      await sleep(Math.min(pause, waitMs - waited));
    }
  }
}
