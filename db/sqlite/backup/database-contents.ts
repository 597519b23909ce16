import { statSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../../connection';
import { DatabaseOpenError } from '../../open-errors';
import { verifyAuditTrail } from '../../audit/verify';
import type { PagesChecked } from '../../integrity';

/** What a Nadzor database file holds, as a backup list and a restore's confirmation show it. */
export interface DatabaseContents {
  schemaVersion: number;
  /** The audit trail's length and head: the pair `audit verify` prints. */
  entries: number;
  headHash: string;
  cases: number;
  users: number;
  /** The trail's latest entry: when the data last changed, and by whom (`user:<login>`, `cli:<name>`). */
  lastChange: { at: string; actor: string; name: string | null } | null;
  bytes: number;
}

/**
 * A file that cannot be taken as a Nadzor database: `key`/`params` word it in each caller's language,
 * the message in English for the command line. Nothing was written to the file.
 */
export type UnusableReason =
  'damaged' | 'tooNew' | 'notNadzor' | 'trailBroken' | 'unreadable' | 'changedMeanwhile';

const REASONS: Record<DatabaseOpenError['code'], UnusableReason> = {
  db_damaged: 'damaged',
  db_too_new: 'tooNew',
  db_not_nadzor: 'notNadzor',
};

export class UnusableDatabaseError extends Error {
  constructor(
    readonly reason: UnusableReason,
    readonly params: Record<string, string | number>,
    message: string,
  ) {
    super(message);
    this.name = 'UnusableDatabaseError';
  }
}

const hasTable = (db: Database, table: string) =>
  db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(table) !== undefined;

/** Rows of a table; 0 when a file of an older schema has no such table yet (users came with schema 4). */
const count = (db: Database, table: 'cases' | 'users') =>
  hasTable(db, table) ? (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n : 0;

function lastChange(db: Database): DatabaseContents['lastChange'] {
  const row = db.prepare('SELECT at, actor FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    { at: string; actor: string } | undefined;
  if (!row) return null;
  const login = row.actor.startsWith('user:') ? row.actor.slice('user:'.length) : null;
  const user =
    login && hasTable(db, 'users')
      ? (db.prepare('SELECT full_name AS name FROM users WHERE login = ?').get(login) as
          { name: string } | undefined)
      : undefined;
  return { ...row, name: user?.name ?? null };
}

/**
 * Opens a file read-only and checks it whole before anyone relies on it (a backup just written, a file
 * offered for restore): a Nadzor database of a schema this version knows, every page sound
 * (integrity_check, or `pages` when they were checked elsewhere), and an audit trail that verifies.
 * Throws UnusableDatabaseError otherwise.
 */
export function inspectDatabaseFile(
  path: string,
  nativeBinding?: string,
  pages?: PagesChecked,
): DatabaseContents {
  let db: Database;
  try {
    db = openDatabase(path, { readonly: true, ...(nativeBinding ? { nativeBinding } : {}) });
  } catch (error) {
    if (error instanceof DatabaseOpenError)
      throw new UnusableDatabaseError(REASONS[error.code], error.params, error.message);
    throw new UnusableDatabaseError(
      'unreadable',
      { detail: (error as Error).message },
      `the file cannot be read as a database (${(error as Error).message})`,
    );
  }
  try {
    const report = verifyAuditTrail(db, undefined, pages);
    if (!report.ok) {
      if (report.kind === 'damaged')
        throw new UnusableDatabaseError(
          'damaged',
          { detail: report.detail ?? report.problem },
          `the file is damaged (${report.problem})`,
        );
      throw new UnusableDatabaseError(
        'trailBroken',
        { problem: report.problem },
        `its audit trail does not verify: ${report.problem}`,
      );
    }
    return {
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      entries: report.entries,
      headHash: report.headHash,
      cases: count(db, 'cases'),
      users: count(db, 'users'),
      lastChange: lastChange(db),
      bytes: statSync(path).size,
    };
  } catch (error) {
    if (error instanceof UnusableDatabaseError) throw error;
    throw new UnusableDatabaseError(
      'unreadable',
      { detail: (error as Error).message },
      `the file cannot be read as a Nadzor database (${(error as Error).message})`,
    );
  } finally {
    db.close();
  }
}
