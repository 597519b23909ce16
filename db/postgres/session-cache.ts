/*
 * The sessions this office server has looked up, with their users' rows, so that a call does not read
 * its session from PostgreSQL again: under twenty clients that look-up was three of a client loop's
 * thirteen statements (docs/scale.md). Sessions stay in the database, so any server answers any client.
 *
 * What keeps a kept session from granting more than the database does:
 * - only an open session of an active user is kept: not one locked, of a disabled or missing user, or
 *   of a user who must change the password; a call in any of those states reads the database;
 * - it keeps sessions only while the announcements are listened to (`live`); a session's lock, unlock
 *   or end and any change of its user's row are announced on SESSIONS_CHANNEL by triggers (PostgreSQL
 *   migration 015), whoever made them, and `heard` forgets what they name; losing the channel drops all;
 * - this server's own changes forget what they touch at once (`forget`, `forgetUser`, `drop`), before
 *   their announcement comes back;
 * - a read under way when its session, its user or everything was forgotten is not kept: it may have
 *   read the row from before.
 * A change committed on another server (or by the command line) is honoured here once its announcement
 * arrives, a few milliseconds on one network; a call in between is answered as one that came a moment
 * earlier would have been. The idle lock is never decided on a kept row: one found idle is read again.
 */

/** Where the triggers of migration 015 announce changed sessions and users. */
export const SESSIONS_CHANNEL = 'nadzor_sessions';

/** More sessions than an office has signed in: past this, everything is forgotten and kept anew. */
const MOST_KEPT = 10_000;

export interface KeptSession {
  user_id: number;
  last_activity_ms: number;
}

/** A look-up under way, and what was forgotten meanwhile that may concern it. */
interface Reading {
  key: string;
  /** Its session, or everything, was forgotten. */
  void: boolean;
  /** Users whose sessions were forgotten (its row's user is known only once read). */
  users: Set<number>;
}

export class SessionCache<Row extends KeptSession> {
  private readonly kept = new Map<string, Row>();
  private readonly readings = new Set<Reading>();

  constructor(
    /** Whether the announcements are listened to now. */
    private readonly live: () => boolean,
    /** Starts listening if no one does yet (the first look-up asks for it). */
    private readonly listen: () => void,
    /** Whether a row may be kept (an open session of an active user). */
    private readonly keepable: (row: Row) => boolean,
  ) {}

  /**
   * The session under `key` (its token's hash in hex) as kept, or as `read` from the database (undefined
   * when there is none), with whether it came from what was kept.
   */
  async find(
    key: string,
    read: () => Promise<Row | undefined>,
  ): Promise<{ row: Row | undefined; kept: boolean }> {
    this.listen();
    const live = this.live();
    const found = live ? this.kept.get(key) : undefined;
    if (found) return { row: found, kept: true };
    const reading: Reading = { key, void: false, users: new Set() };
    this.readings.add(reading);
    let row: Row | undefined;
    try {
      row = await read();
    } finally {
      this.readings.delete(reading);
    }
    const current = !reading.void && !(row && reading.users.has(row.user_id));
    if (live && row && this.keepable(row) && current && this.live()) {
      if (this.kept.size >= MOST_KEPT) this.kept.clear();
      this.kept.set(key, row);
    }
    return { row, kept: false };
  }

  /** Notes a call's activity on the kept row, so the next calls know it was noted. */
  noteActivity(key: string, at: number): void {
    const row = this.kept.get(key);
    if (row) row.last_activity_ms = Math.max(row.last_activity_ms, at);
  }

  /** Forgets one session: it was locked, unlocked or ended. */
  forget(key: string): void {
    this.kept.delete(key);
    for (const reading of this.readings) if (reading.key === key) reading.void = true;
  }

  /** Forgets every session of a user whose row changed. */
  forgetUser(userId: number): void {
    for (const [key, row] of this.kept) if (row.user_id === userId) this.kept.delete(key);
    for (const reading of this.readings) reading.users.add(userId);
  }

  /** Forgets everything: announcements may have gone unheard, or a write changed users. */
  drop(): void {
    this.kept.clear();
    for (const reading of this.readings) reading.void = true;
  }

  /** An announcement heard on SESSIONS_CHANNEL: `session:<hex>`, `user:<id>`; anything else drops all. */
  heard(payload: string): void {
    const [kind, value = ''] = payload.split(':', 2);
    if (kind === 'session' && /^[0-9a-f]{64}$/.test(value)) this.forget(value);
    else if (kind === 'user' && /^\d+$/.test(value)) this.forgetUser(Number(value));
    else this.drop();
  }

  get size(): number {
    return this.kept.size;
  }
}
