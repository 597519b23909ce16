import { randomBytes } from 'node:crypto';

export interface Session {
  userId: number;
  /** Last call that was not a poll of a running job: what the idle lock measures from. */
  lastActivity: number;
  locked: boolean;
}

/**
 * Signed-in sessions of this process, by random token. They live in memory only: restarting the app
 * signs everyone out, and nothing that grants access is ever written to disk.
 */
export class Sessions {
  private readonly byToken = new Map<string, Session>();

  constructor(private readonly now: () => Date) {}

  open(userId: number): string {
    const token = randomBytes(32).toString('hex');
    this.byToken.set(token, { userId, lastActivity: this.now().getTime(), locked: false });
    return token;
  }

  /**
   * The session behind a token, locked first if it has been idle longer than `idleMinutes`. The idle
   * lock is decided here, not only on the screen, so a window left open cannot be used by another.
   */
  find(token: string | undefined, idleMinutes: number): Session | null {
    if (!token) return null;
    const session = this.byToken.get(token);
    if (!session) return null;
    if (!session.locked && this.now().getTime() - session.lastActivity > idleMinutes * 60_000)
      session.locked = true;
    return session;
  }

  touch(session: Session): void {
    session.lastActivity = this.now().getTime();
  }

  lock(session: Session): void {
    session.locked = true;
  }

  unlock(session: Session): void {
    session.locked = false;
    this.touch(session);
  }

  close(token: string): void {
    this.byToken.delete(token);
  }

  /** Ends every session of a user (disabled, password reset, role changed). */
  closeAllOf(userId: number, except?: string): void {
    for (const [token, session] of this.byToken) {
      if (session.userId === userId && token !== except) this.byToken.delete(token);
    }
  }
}
