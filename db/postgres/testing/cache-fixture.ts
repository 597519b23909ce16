/**
 * What an office server's caches (settings-cache.ts, session-cache.ts) are tested with: whether the
 * announcements are listened to, how often the cache asked to listen, and a database read that counts
 * its calls and, while reads are held, waits for `release` (so a change can land while it is under way).
 */
export function cacheFixture(listening: boolean) {
  let live = listening;
  let listenAsked = 0;
  let reads = 0;
  let hold = false;
  const held: (() => void)[] = [];
  return {
    live: () => live,
    listen: () => {
      listenAsked += 1;
    },
    /** Answers `value`, read before any hold, as the database's read of it. */
    read: async <T>(value: T): Promise<T> => {
      reads += 1;
      if (hold) await new Promise<void>((resolve) => held.push(resolve));
      return value;
    },
    setLive: (on: boolean) => (live = on),
    holdReads: (on: boolean) => (hold = on),
    release: () => held.splice(0).forEach((resolve) => resolve()),
    reads: () => reads,
    listenAsked: () => listenAsked,
  };
}
