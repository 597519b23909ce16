import { randomBytes } from 'node:crypto';
import type { Session, SessionStore, SessionWithUser, UserAccount } from '../../db/ports';

export type { Session, SessionStore, SessionWithUser } from '../../db/ports';

/** A new session token: 32 random bytes in hex. */
export const newSessionToken = (): string => randomBytes(32).toString('hex');

/**
 * Signed-in sessions of this process, by random token. They live in memory only: restarting the app
 * signs everyone out, and nothing that grants access is ever written to disk. (An office on
 * PostgreSQL keeps them in its database instead: db/postgres/sessions.ts.)
 */
export class Sessions implements SessionStore {
  private readonly byToken = new Map<string, Session>();

  constructor(
    private readonly now: () => Date,
    /** The account behind a session, read from the store (the one that may be swapped by a restore). */
    private readonly userById: (id: number) => Promise<UserAccount | null>,
  ) {}

  open(userId: number): Promise<string> {
    const token = newSessionToken();
    this.byToken.set(token, { token, userId, lastActivity: this.now().getTime(), locked: false });
    return Promise.resolve(token);
  }

  /**
   * The session behind a token, locked first if it has been idle longer than `idleMinutes`. The idle
   * lock is decided here, not only on the screen, so a window left open cannot be used by another.
   */
  find(token: string | undefined, idleMinutes: number): Promise<Session | null> {
    const session = token ? this.byToken.get(token) : undefined;
    if (!session) return Promise.resolve(null);
    if (!session.locked && this.now().getTime() - session.lastActivity > idleMinutes * 60_000)
      session.locked = true;
    return Promise.resolve(session);
  }

  async findWithUser(token: string | undefined, idleMinutes: number): Promise<SessionWithUser | null> {
    const session = await this.find(token, idleMinutes);
    return session ? { session, user: await this.userById(session.userId) } : null;
  }

  touch(session: Session): Promise<void> {
    session.lastActivity = this.now().getTime();
    return Promise.resolve();
  }

  lock(session: Session): Promise<void> {
    session.locked = true;
    return Promise.resolve();
  }

  unlock(session: Session): Promise<void> {
    session.locked = false;
    return this.touch(session);
  }

  close(token: string): Promise<void> {
    this.byToken.delete(token);
    return Promise.resolve();
  }

  /** Ends every session: after a restore, the accounts are those of the file put back. */
  closeAll(): void {
    this.byToken.clear();
  }

  closeAllOf(userId: number, except?: string): Promise<void> {
    for (const [token, session] of this.byToken) {
      if (session.userId === userId && token !== except) this.byToken.delete(token);
    }
    return Promise.resolve();
  }
}
