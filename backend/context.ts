import type { Store, UserAccount } from '../db/ports';
import type { Language } from '../shared/domain/fields';
import type { ScryptCost } from './auth/password';
import type { SessionStore } from './auth/sessions';
import type { DatabaseBackups } from './services/backups/database-backups';

/** The caller as far as the dispatcher could tell. */
export interface CallerSession {
  sessions: SessionStore;
  /** The token the call carried, if any. */
  token: string | undefined;
  /** The signed-in user; null for methods anyone may call without a session. */
  user: UserAccount | null;
  idleMinutes: number;
}

/** What every handler gets besides its validated input. */
export interface HandlerContext {
  store: Store;
  /** Who writes are attributed to: `user:<login>` for a signed-in user. */
  actor: string;
  caller: CallerSession;
  language: Language;
  transport: 'electron' | 'http';
  /** This computer's SQLite file, or the office's PostgreSQL database (the office server's). */
  engine: 'sqlite' | 'postgres';
  version: string;
  /** The clock, injected so deadlines and tests agree on "today". */
  now: () => Date;
  /** Backups of this computer's database file; absent on an office's PostgreSQL. */
  backups?: DatabaseBackups;
  /** The scrypt cost new password hashes get (cheap only in tests). */
  passwordCost: ScryptCost;
}
