import Database from 'better-sqlite3';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseBusyError } from '../busy';
import { tempDbPath } from '../test-support';
import type { Store } from '../ports';
import { openSqliteStore } from './store';

/*
 * Another program writing to the same file (a command-line import while the app is open): the app's
 * writes wait their turn without stopping its event loop, and say so in words when they give up.
 */

const settle = <T>(promise: Promise<T>) => {
  const state: { done: boolean; error?: unknown; value?: T } = { done: false };
  promise.then(
    (value) => Object.assign(state, { done: true, value }),
    (error: unknown) => Object.assign(state, { done: true, error }),
  );
  return state;
};

describe('a write while another program holds the write lock', () => {
  const opened: { close(): unknown }[] = [];
  afterEach(async () => {
    for (const item of opened.splice(0)) await item.close();
  });

  /** The store, and a second program's connection holding the file's write lock. */
  function storeAndOtherWriter(writeWaitMs: number): { store: Store; other: Database.Database } {
    const path = tempDbPath();
    const store = openSqliteStore(path, { writeWaitMs });
    const other = new Database(path);
    opened.push(store, other);
    other.exec('BEGIN IMMEDIATE');
    return { store, other };
  }

  const setLanguage = (store: Store) =>
    store.write('cli:test', (tx) =>
      tx.apply({ entity: 'setting', id: 'ui.language', action: 'update' }, async (w) => {
        await w.settings.set('ui.language', 'kk');
        return 'ui.language';
      }),
    );

  it('waits for it without holding the event loop, and commits once the other is done', async () => {
    const { store, other } = storeAndOtherWriter(60_000);
    const write = settle(setLanguage(store));
    // Other work of this process goes on while the write waits (SQLite's own busy wait would block here).
    for (let turn = 0; turn < 20; turn += 1) await nextTurn();
    expect(write.done).toBe(false);
    expect(await store.read((r) => r.settings.get('ui.language'))).not.toBe('kk');

    other.exec('COMMIT');
    await expect.poll(() => write.done).toBe(true);
    expect(write.error).toBeUndefined();
    expect(await store.read((r) => r.settings.get('ui.language'))).toBe('kk');
    expect((await store.read((r) => r.audit.verify())).ok).toBe(true);
  });

  it('gives up after its wait with DatabaseBusyError, having written nothing', async () => {
    const { store } = storeAndOtherWriter(50);
    const before = await store.read((r) => r.audit.verify());
    await expect(setLanguage(store)).rejects.toBeInstanceOf(DatabaseBusyError);
    expect(await store.read((r) => r.audit.verify())).toEqual(before);
  });
});
