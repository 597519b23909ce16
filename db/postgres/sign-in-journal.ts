import { SIGN_IN_JOURNAL_CAP, type SignInEvent } from '../../shared/domain/sign-in-journal';
import type { SignInJournalReader } from '../ports';
import { toJournalEntry } from '../sqlite/sign-in-journal';
import { row, rows, type Queryable } from './sql';

/** The statements of one journalled attempt, as db/sqlite/sign-in-journal.ts's appendSignIn runs them. */
export function signInStatements(event: SignInEvent, cap = SIGN_IN_JOURNAL_CAP): [string, unknown[]][] {
  return [
    [
      'INSERT INTO sign_in_journal (at, login, outcome, user_id) VALUES ($1, $2, $3, $4)',
      [event.at, event.login, event.outcome, event.userId],
    ],
    // The newest `cap` ids are kept: ids only grow (an identity may skip some, keeping fewer, never more).
    ['DELETE FROM sign_in_journal WHERE id <= (SELECT max(id) FROM sign_in_journal) - $1', [cap]],
  ];
}

export function pgSignInJournalReader(db: Queryable): SignInJournalReader {
  return {
    async page(offset, limit) {
      const found = await rows<Parameters<typeof toJournalEntry>[0]>(
        db,
        'SELECT * FROM sign_in_journal ORDER BY id DESC LIMIT $1 OFFSET $2',
        [limit, offset],
      );
      const total = (await row<{ n: number }>(db, 'SELECT count(*) AS n FROM sign_in_journal'))!.n;
      return { entries: found.map(toJournalEntry), total };
    },
  };
}
