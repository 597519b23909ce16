import type { Migration } from './migration';

/*
 * The sign-in journal (shared/domain/sign-in-journal.ts): every sign-in attempt with its time, the
 * login typed and how it ended, outside the audit trail. No foreign key to users: a login that names
 * no account is journalled too, and an entry outlives nothing it would need to. Newest first by id.
 */
export const migration009: Migration = {
  version: 9,
  name: 'sign-in-journal',
  up: (db) =>
    db.exec(`
      CREATE TABLE sign_in_journal (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        login TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN
          ('signedIn', 'wrongPassword', 'unknownLogin', 'lockedOut', 'whileLocked', 'disabled')),
        user_id INTEGER
      );
    `),
};
