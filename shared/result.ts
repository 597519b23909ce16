/** Stable error codes: the renderer, CLI and tests branch on these, never on message text. */
export const errorCodes = [
  'invalid_input',
  'not_found',
  'conflict',
  /** An edit made on an older version of a record than the stored one: someone changed it meanwhile. */
  'stale_version',
  'rule_violation',
  'unknown_method',
  'unauthorized',
  /** No session, or it ended: the screen shows the login. */
  'unauthenticated',
  /** The session is locked after idle time: the screen asks for the password again. */
  'session_locked',
  /** Signed in, but the role does not allow this. */
  'forbidden',
  /** A reset password must be replaced before anything else. */
  'password_change_required',
  'db_too_new',
  'db_not_nadzor',
  /** The database file failed SQLite's quick check: it was not opened. */
  'db_damaged',
  'not_available',
  /** The office server refuses a body over its size limit (HTTP 413); nothing of it was read. */
  'too_large',
  /** Too many sign-in attempts from one address: the office server waits before taking more. */
  'too_many_requests',
  /** The database cannot be reached (an office server's PostgreSQL stopped or restarting): nothing was written. */
  'database_unavailable',
  /** Another program held the database file's write lock for longer than a write waits: nothing was written. */
  'database_busy',
  /** The disk under the database file is full: nothing of this write was kept, earlier data is intact. */
  'disk_full',
  /** The database file or its disk is read-only: nothing was written. */
  'disk_read_only',
  /** The disk failed to read or write: nothing of this write was kept. */
  'disk_io',
  /** The desktop app could not reach the office server: nothing was done; the app tries again by itself. */
  'unreachable',
  /** The office server presents another certificate than the one confirmed: nothing was sent to it. */
  'certificate_changed',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** One problem with one field; `path` uses the dotted/indexed form of the spec (`cases[3].sex`). */
export interface FieldIssue {
  path: string;
  /** i18n key under `errors.` so each client can word it in its own language. */
  key: string;
  params?: Record<string, string | number>;
  /** The issue already worded in the caller's language. */
  message: string;
}

export interface ApiError {
  code: ErrorCode;
  message: string;
  /**
   * The i18n key `message` was worded from, with its params, when the backend worded it: a screen whose
   * language can change while the message shows (the sign-in screen's switch) words it again.
   */
  key?: string;
  params?: Record<string, string | number>;
  issues?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: ApiError): Result<never> => ({ ok: false, error });
