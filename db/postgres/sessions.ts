import { createHash, randomBytes } from 'node:crypto';
import type { Session, SessionStore } from '../ports';
import { SessionCache } from './session-cache';
import { prepared, row, type Queryable } from './sql';
import { toAccount, USER_COLUMNS, type UserRow } from './users';

/*
 * Sessions of an office on PostgreSQL, in its `sessions` table (migration 004), so that any server on
 * the database answers any client: the same behaviour as the desktop's sessions in memory
 * (backend/auth/sessions.ts), the idle lock decided on the server at every call. The token is never
 * stored, only its SHA-256 hash.
 */

/**
 * A call notes its activity at most this often: a write for every read would double the database's
 * writes under load, and the idle lock counts whole minutes, so it may come up to this much later.
 */
export const TOUCH_EVERY_MS = 10_000;
/** Sessions left without a sign-out (a window closed) are forgotten after this long idle. */
export const FORGET_IDLE_AFTER_MS = 24 * 60 * 60_000;

const hashOf = (token: string): Buffer => createHash('sha256').update(token).digest();
/** How the server's kept sessions (and migration 015's announcements) name a session: its hash in hex. */
const keyOf = (hash: Buffer): string => hash.toString('hex');

interface SessionRow {
  user_id: number;
  last_activity_ms: number;
  locked: boolean;
}

/** A session's row with its user's columns beside it (all null when the account is gone). */
export type SessionAndUserRow = SessionRow & { [K in keyof UserRow]: UserRow[K] | null };

/** Sessions a server may keep (session-cache.ts): open, of a user who may call anything the role allows. */
export const keepableSession = (found: SessionAndUserRow): boolean =>
  !found.locked && found.id !== null && found.disabled === 0 && found.must_change_password === 0;

/** The sessions a server keeps, forgetting them as session-cache.ts says. */
export const newSessionCache = (live: () => boolean, listen: () => void) =>
  new SessionCache<SessionAndUserRow>(live, listen, keepableSession);

/**
 * Every call's look-up, and its note of activity every TOUCH_EVERY_MS (prepared: sql.ts). The user's
 * columns are named, not `u.*`: PostgreSQL refuses to run a prepared statement whose columns changed,
 * as a column added by a newer server's migration would change them under this one.
 */
const SESSION_WITH_USER = prepared(`SELECT s.user_id, s.last_activity_ms, s.locked,
  ${USER_COLUMNS.map((column) => `u.${column}`).join(', ')}
  FROM sessions s LEFT JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1`);
const TOUCH = prepared(
  'UPDATE sessions SET last_activity_ms = greatest(last_activity_ms, $2) WHERE token_hash = $1',
);

/** The sessions on `db`; with `kept`, the ones looked up are kept by this server (session-cache.ts). */
export function pgSessions(
  db: Queryable,
  now: () => Date,
  kept: SessionCache<SessionAndUserRow> = newSessionCache(
    () => false,
    () => undefined,
  ),
): SessionStore {
  const at = () => now().getTime();
  const idleLongerThan = (lastActivity: number, idleMinutes: number) =>
    at() - lastActivity > idleMinutes * 60_000;
  const lock = async (session: Session) => {
    session.locked = true;
    const hash = hashOf(session.token);
    kept.forget(keyOf(hash));
    await db.query('UPDATE sessions SET locked = true WHERE token_hash = $1', [hash]);
  };
  /** The session as found, locked first (and so noted) if it has been idle longer than `idleMinutes`. */
  const judged = async (token: string, found: SessionRow, idleMinutes: number): Promise<Session> => {
    const session: Session = {
      token,
      userId: found.user_id,
      lastActivity: found.last_activity_ms,
      locked: found.locked,
    };
    if (!session.locked && idleLongerThan(session.lastActivity, idleMinutes)) await lock(session);
    return session;
  };
  return {
    async open(userId) {
      const token = randomBytes(32).toString('hex');
      await db.query('DELETE FROM sessions WHERE last_activity_ms < $1', [at() - FORGET_IDLE_AFTER_MS]);
      await db.query('INSERT INTO sessions (token_hash, user_id, last_activity_ms) VALUES ($1, $2, $3)', [
        hashOf(token),
        userId,
        at(),
      ]);
      return token;
    },

    async find(token, idleMinutes) {
      if (!token) return null;
      const found = await row<SessionRow>(
        db,
        'SELECT user_id, last_activity_ms, locked FROM sessions WHERE token_hash = $1',
        [hashOf(token)],
      );
      return found ? judged(token, found, idleMinutes) : null;
    },

    async findWithUser(token, idleMinutes) {
      if (!token) return null;
      const hash = hashOf(token);
      const key = keyOf(hash);
      const read = () => row<SessionAndUserRow>(db, SESSION_WITH_USER, [hash]);
      const looked = await kept.find(key, read);
      let found = looked.row;
      // Another server may have noted later calls than the kept row says: the database decides.
      if (found && looked.kept && idleLongerThan(found.last_activity_ms, idleMinutes)) {
        kept.forget(key);
        found = (await kept.find(key, read)).row;
      }
      if (!found) return null;
      const session = await judged(token, found, idleMinutes);
      return { session, user: found.id === null ? null : toAccount(found as UserRow) };
    },

    async touch(session) {
      const time = at();
      if (time - session.lastActivity < TOUCH_EVERY_MS) return;
      session.lastActivity = time;
      const hash = hashOf(session.token);
      kept.noteActivity(keyOf(hash), time);
      // Never moves activity back: another server may have noted a later call.
      await db.query({ ...TOUCH, values: [hash, time] });
    },

    lock,

    async unlock(session) {
      session.locked = false;
      session.lastActivity = at();
      const hash = hashOf(session.token);
      kept.forget(keyOf(hash));
      await db.query('UPDATE sessions SET locked = false, last_activity_ms = $2 WHERE token_hash = $1', [
        hash,
        session.lastActivity,
      ]);
    },

    async close(token) {
      const hash = hashOf(token);
      kept.forget(keyOf(hash));
      await db.query('DELETE FROM sessions WHERE token_hash = $1', [hash]);
    },

    async closeAllOf(userId, except) {
      kept.forgetUser(userId);
      await db.query('DELETE FROM sessions WHERE user_id = $1 AND token_hash IS DISTINCT FROM $2', [
        userId,
        except === undefined ? null : hashOf(except),
      ]);
    },
  };
}
