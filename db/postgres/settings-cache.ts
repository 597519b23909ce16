import type { SettingsReader } from '../ports';

/*
 * The office's settings as this server last read them, so that a call does not read the idle lock's
 * minutes (every call) and the investigation term (every case page and list) from PostgreSQL again:
 * two of the few statements a call takes. Settings change a few times a year, and every change is
 * announced to every server (a setting's change is an audit entry of entity 'setting', notified when it
 * commits), so a server can keep them and drop them when it hears of a change.
 *
 * Chosen over reading the settings in the same statement as the session: that statement would still
 * leave the case page's second read of the term, and would tie the session store to settings.
 *
 * What keeps it from serving a value older than a change announced to this server:
 * - it keeps values only while the changes channel is listened to (`live`): from the moment LISTEN is
 *   in force, every committed change is announced, so a value read after that is good until an
 *   announcement (before it, or with the channel lost, every read goes to the database);
 * - an announced setting change, this server's own committed setting write (before its notification
 *   comes back) and the channel's loss all `drop` everything;
 * - a read that was under way when a drop came is not kept (the generation changed meanwhile): it may
 *   have read the value from before the change.
 * A change committed on another server is honoured here once its announcement arrives (a few
 * milliseconds on one network); a read in between still gets the value before it, as a read that
 * started a moment earlier would have.
 */
export class SettingsCache {
  private readonly values = new Map<string, string | null>();
  private generation = 0;

  constructor(
    /** Whether the changes channel is listened to now. */
    private readonly live: () => boolean,
    /** Starts listening if no one does yet (the first read asks for it). */
    private readonly listen: () => void,
  ) {}

  /** Forgets every value kept: a setting changed, or changes may have gone unheard. */
  drop(): void {
    this.values.clear();
    this.generation += 1;
  }

  /** Settings read through the cache; `read` reads one from the database. */
  reader(read: SettingsReader): SettingsReader {
    return {
      get: async (key) => {
        this.listen();
        if (!this.live()) return read.get(key);
        if (this.values.has(key)) return this.values.get(key) ?? null;
        const generation = this.generation;
        const value = await read.get(key);
        if (generation === this.generation && this.live()) this.values.set(key, value);
        return value;
      },
    };
  }
}
