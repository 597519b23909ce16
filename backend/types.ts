import type { WatchChanges } from './changes';
import type { CallMeta } from '../shared/api/client';
import type { ScryptCost } from './auth/password';
import type { Result } from '../shared/result';

/** The database: a SQLite file on this computer, or an office's PostgreSQL database. */
export type BackendDatabase =
  | {
      /** Path of the SQLite file; created with the current schema when missing. */
      dbPath: string;
      /** Path to a better-sqlite3 `.node` built for this runtime's ABI (Electron dev runs pass one). */
      nativeBinding?: string;
      /** How long a write waits while another program writes to the file (db/sqlite/write-lock.ts). */
      writeWaitMs?: number;
    }
  | {
      /** A PostgreSQL connection string; the database is brought to the current schema. */
      pg: string;
    };

export type BackendOptions = BackendDatabase & {
  transport: 'electron' | 'http';
  /** Injected clock, so tests and reports can be deterministic. */
  now?: () => Date;
  /**
   * Back up a database file by itself: at the day's first start and at close (the app and its host;
   * tests leave it off). Ignored on PostgreSQL, which its administrator backs up.
   */
  autoBackups?: boolean;
  /** The scrypt cost of new password hashes; the app's own (PASSWORD_COST) unless a test passes a cheap one. */
  passwordCost?: ScryptCost;
};

/** One backend, two transports: Electron IPC and the local HTTP host both call `dispatch`. */
export interface Backend {
  dispatch(method: string, payload: unknown, meta: Partial<CallMeta> | undefined): Promise<Result<unknown>>;
  /** Other writers' changes as they commit, for a signed-in session that may read (see backend/changes.ts). */
  watchChanges: WatchChanges;
  close(): Promise<void>;
}
