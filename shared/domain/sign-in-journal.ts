import { z } from 'zod';

/*
 * The sign-in journal: every attempt to sign in (or to unlock, or to confirm one's password) and how
 * it ended, for the auditor. It lies outside the audit trail on purpose: a password-spraying attacker
 * could otherwise grow the hash chain at will, and the trail records what was done to the data, not
 * who knocked at the door. It keeps the latest SIGN_IN_JOURNAL_CAP attempts, so no flood of wrong
 * passwords can fill the disk.
 */

/** How an attempt ended: `lockedOut` is the failure that locked the account; `whileLocked`, one refused during a lock. */
export const signInOutcomes = [
  'signedIn',
  'wrongPassword',
  'unknownLogin',
  'lockedOut',
  'whileLocked',
  'disabled',
] as const;
export type SignInOutcome = (typeof signInOutcomes)[number];

/** The attempts kept; older ones are removed as new ones come. */
export const SIGN_IN_JOURNAL_CAP = 10_000;
/** A login as typed is kept to this many characters: a hostile 100k-character login is not stored whole. */
export const JOURNAL_LOGIN_MAX = 64;

export interface SignInEvent {
  /** UTC, ISO 8601. */
  at: string;
  /** The login as typed (trimmed, at most JOURNAL_LOGIN_MAX characters). */
  login: string;
  outcome: SignInOutcome;
  /** The account the login named, when there is one. */
  userId: number | null;
}

export interface SignInJournalEntry extends SignInEvent {
  id: number;
}

export const signInJournalQuery = z
  .object({
    page: z.number().int().min(1).default(1),
    pageSize: z.number().int().min(1).max(500).default(50),
  })
  .strict();

/** The event of one attempt, its login cut to what the journal keeps. */
export const signInEvent = (
  at: Date | string,
  login: string,
  outcome: SignInOutcome,
  userId: number | null,
): SignInEvent => ({
  at: typeof at === 'string' ? at : at.toISOString(),
  login: login.trim().slice(0, JOURNAL_LOGIN_MAX),
  outcome,
  userId,
});
