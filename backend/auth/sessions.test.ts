import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { SessionStore, Store } from '../../db/ports';
import { openPgStore } from '../../db/postgres/store';
import { usePgDatabase } from '../../db/postgres/testing/test-database';
import { openSqliteStore } from '../../db/sqlite/store';
import { tempDbPath } from '../../db/test-support';
import { Sessions } from './sessions';

/*
 * One behaviour for both kinds of session store: in the desktop's memory and in an office's PostgreSQL
 * database (db/postgres/sessions.ts), the same steps giving the same answers.
 */

function clock() {
  let now = Date.parse('2026-11-23T09:00:00Z');
  return { now: () => new Date(now), advance: (minutes: number) => (now += minutes * 60_000) };
}

interface Fixture {
  sessions: (now: () => Date) => SessionStore;
  /** Ids of two users the sessions may belong to, added to the fixture's database at the first call. */
  users: () => Promise<[number, number]>;
  /** Disables or enables a user, as an administrator would. */
  disable: (id: number, disabled: boolean) => Promise<void>;
}

/** Sessions of `kind` over the users of a store `open` opens (once, closed after the file's tests). */
function fixtureOn(
  open: () => Promise<Store> | Store,
  kind: (store: Store, now: () => Date) => SessionStore,
) {
  let store: Store | undefined;
  let users: [number, number] | undefined;
  afterAll(async () => {
    await store?.close();
  });
  const opened = async () => (store ??= await open());
  const fixture: Fixture = {
    sessions: (now) => {
      if (!store) throw new Error('call users() first: it opens the database');
      return kind(store, now);
    },
    users: async () => {
      const s = await opened();
      const add = (login: string) =>
        s.write('test', (tx) =>
          tx.apply({ entity: 'user', action: 'user.create' }, (w) =>
            w.users.insert({
              login,
              fullName: login,
              role: 'supervisor',
              passwordHash: 'x',
              mustChangePassword: false,
              at: '2026-11-23T09:00:00.000Z',
            }),
          ),
        );
      users ??= [await add('first'), await add('second')];
      return users;
    },
    disable: async (id, disabled) => {
      await (
        await opened()
      ).write('test', (tx) =>
        tx.apply({ entity: 'user', id, action: 'user.disable' }, (w) => w.users.setDisabled(id, disabled)),
      );
    },
  };
  return fixture;
}

function behaves(fixture: Fixture) {
  it('finds a session by its token only, and forgets it on sign-out', async () => {
    const [user] = await fixture.users();
    const sessions = fixture.sessions(clock().now);
    const token = await sessions.open(user);
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    expect(await sessions.find(token, 15)).toMatchObject({ userId: user, locked: false });
    expect(await sessions.find('0'.repeat(64), 15)).toBeNull();
    expect(await sessions.find(undefined, 15)).toBeNull();
    await sessions.close(token);
    expect(await sessions.find(token, 15)).toBeNull();
  });

  it('locks a session idle for longer than the limit; activity holds the lock off', async () => {
    const [user] = await fixture.users();
    const c = clock();
    const sessions = fixture.sessions(c.now);
    const token = await sessions.open(user);
    c.advance(14);
    const session = (await sessions.find(token, 15))!;
    expect(session.locked).toBe(false);
    await sessions.touch(session);
    c.advance(15);
    expect((await sessions.find(token, 15))!.locked).toBe(false);
    c.advance(0.5);
    expect((await sessions.find(token, 15))!.locked).toBe(true);
    // A locked session stays locked until unlocked, however it is found again.
    expect((await sessions.find(token, 600))!.locked).toBe(true);
    await sessions.unlock((await sessions.find(token, 15))!);
    expect((await sessions.find(token, 15))!.locked).toBe(false);
    await sessions.lock((await sessions.find(token, 15))!);
    expect((await sessions.find(token, 15))!.locked).toBe(true);
  });

  it('finds a session with its user, judged idle the same way, and the user as stored now', async () => {
    const [user] = await fixture.users();
    const c = clock();
    const sessions = fixture.sessions(c.now);
    const token = await sessions.open(user);
    expect(await sessions.findWithUser(token, 15)).toMatchObject({
      session: { token, userId: user, locked: false },
      user: { id: user, login: 'first', role: 'supervisor', disabled: false },
    });
    expect(await sessions.findWithUser('0'.repeat(64), 15)).toBeNull();
    expect(await sessions.findWithUser(undefined, 15)).toBeNull();
    await fixture.disable(user, true);
    expect((await sessions.findWithUser(token, 15))?.user).toMatchObject({ id: user, disabled: true });
    await fixture.disable(user, false);
    c.advance(15.5);
    expect((await sessions.findWithUser(token, 15))?.session.locked).toBe(true);
    // Locked by that look, it stays locked for a plain `find` too.
    expect((await sessions.find(token, 600))!.locked).toBe(true);
    await sessions.close(token);
    expect(await sessions.findWithUser(token, 15)).toBeNull();
  });

  it('ends every session of one user, optionally keeping the caller’s own', async () => {
    const [user, other] = await fixture.users();
    const sessions = fixture.sessions(clock().now);
    const [a, b, c] = [await sessions.open(user), await sessions.open(user), await sessions.open(other)];
    await sessions.closeAllOf(user, b);
    expect(await sessions.find(a, 15)).toBeNull();
    expect(await sessions.find(b, 15)).not.toBeNull();
    expect(await sessions.find(c, 15)).not.toBeNull();
    await sessions.closeAllOf(user);
    expect(await sessions.find(b, 15)).toBeNull();
    expect(await sessions.find(c, 15)).not.toBeNull();
  });
}

describe('sessions in memory (one PC)', () =>
  behaves(
    fixtureOn(
      () => openSqliteStore(tempDbPath()),
      (store, now) => new Sessions(now, (id) => store.read((r) => r.users.byId(id))),
    ),
  ));

describe('sessions in PostgreSQL (an office)', () => {
  const url = usePgDatabase();
  const fixture = fixtureOn(
    () => openPgStore(url()),
    (store, now) => store.sessions!(now),
  );
  behaves(fixture);

  it('keeps only a hash of each token, never the token', async () => {
    const [user] = await fixture.users();
    const token = await fixture.sessions(clock().now).open(user);
    const client = new pg.Client({ connectionString: url() });
    await client.connect();
    try {
      const { rows } = await client.query<{ stored: string }>(
        "SELECT encode(token_hash, 'hex') AS stored FROM sessions",
      );
      expect(rows.length).toBeGreaterThan(0);
      for (const { stored } of rows) {
        expect(stored).toMatch(/^[0-9a-f]{64}$/);
        expect(stored).not.toBe(token);
      }
      const { rows: raw } = await client.query(
        "SELECT 1 FROM sessions WHERE position(convert_to($1, 'UTF8') IN token_hash) > 0",
        [token],
      );
      expect(raw).toHaveLength(0);
    } finally {
      await client.end();
    }
  });
});
