import type { Database } from 'better-sqlite3';
import {
  SIGN_IN_JOURNAL_CAP,
  type SignInEvent,
  type SignInJournalEntry,
  type SignInOutcome,
} from '../../shared/domain/sign-in-journal';
import type { SignInJournalReader } from '../ports';
import { statement } from './statements';

interface JournalRow {
  id: number;
  at: string;
  login: string;
  outcome: SignInOutcome;
  user_id: number | null;
}

export const toJournalEntry = (row: JournalRow): SignInJournalEntry => ({
  id: Number(row.id),
  at: row.at,
  login: row.login,
  outcome: row.outcome,
  userId: row.user_id,
});

/**
 * Appends one attempt and removes those more than the cap behind it: ids only grow, so the newest
 * `cap` ids are kept (a lookup by the primary key, whatever the table's size).
 */
export function appendSignIn(db: Database, event: SignInEvent, cap = SIGN_IN_JOURNAL_CAP): void {
  const { lastInsertRowid } = statement(
    db,
    'INSERT INTO sign_in_journal (at, login, outcome, user_id) VALUES (?, ?, ?, ?)',
  ).run(event.at, event.login, event.outcome, event.userId);
  statement(db, 'DELETE FROM sign_in_journal WHERE id <= ?').run(Number(lastInsertRowid) - cap);
}

export function signInJournalReader(db: Database): SignInJournalReader {
  return {
    page(offset, limit) {
      const rows = statement(db, 'SELECT * FROM sign_in_journal ORDER BY id DESC LIMIT ? OFFSET ?').all(
        limit,
        offset,
      ) as JournalRow[];
      const { n } = statement(db, 'SELECT count(*) AS n FROM sign_in_journal').get() as { n: number };
      return Promise.resolve({ entries: rows.map(toJournalEntry), total: n });
    },
  };
}
