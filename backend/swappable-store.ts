import { ChangeFeed } from '../db/changes';
import type { Store } from '../db/ports';

export interface SwappableStore extends Store {
  /**
   * Replaces the store underneath (a restore): calls that arrive meanwhile wait, calls under way finish
   * first, then `replace` gets the current store (to close) and returns the one to use from then on.
   */
  swap(replace: (current: Store) => Promise<Store>): Promise<void>;
}

/**
 * A store whose database can be replaced while the backend runs, so a restore needs no restart:
 * every call goes to the store of the moment, and change listeners keep hearing across the swap.
 */
export function swappableStore(initial: Store): SwappableStore {
  let current = initial;
  let gate: Promise<void> | null = null;
  let underWay = 0;
  let allDone: (() => void) | null = null;
  const feed = new ChangeFeed();
  const forward = (store: Store) => store.subscribe((event) => feed.emit(event));
  let unsubscribe = forward(current);

  const run = async <T>(fn: (store: Store) => Promise<T>): Promise<T> => {
    while (gate) await gate;
    underWay += 1;
    try {
      return await fn(current);
    } finally {
      underWay -= 1;
      if (underWay === 0) allDone?.();
    }
  };

  return {
    get schemaVersion() {
      return current.schemaVersion;
    },
    get path() {
      return current.path;
    },
    today: () => current.today(),
    read: (fn) => run((store) => store.read(fn)),
    write: (actor, fn) => run((store) => store.write(actor, fn)),
    bookkeep: (fn) => run((store) => store.bookkeep(fn)),
    subscribe: (listener) => Promise.resolve(feed.subscribe(listener)),
    close: async () => {
      while (gate) await gate;
      (await unsubscribe)();
      await current.close();
    },
    swap: async (replace) => {
      while (gate) await gate;
      let open = () => {};
      gate = new Promise((resolve) => (open = resolve));
      try {
        if (underWay > 0) await new Promise<void>((resolve) => (allDone = resolve));
        allDone = null;
        (await unsubscribe)();
        current = await replace(current);
        unsubscribe = forward(current);
      } finally {
        gate = null;
        open();
      }
    },
  };
}
