import { createHash } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ChangeEvent } from '../db/changes';
import { SESSION_RECHECK_MS } from './changes';
import { SESSIONS_CHANNEL } from '../db/postgres/session-cache';
import { usePgDatabase } from '../db/postgres/testing/test-database';
import { caller, openTestBackend, setUpAdmin, signedInAs } from './test-api';
import type { Backend } from './types';

/*
 * What a call costs an office server on PostgreSQL before its handler runs, counted in statements (the
 * database's work and the server's grow with their number, docs/scale.md), and the rules that cost
 * must not loosen: the idle lock's minutes as the office last set them, on whichever server, a disabled
 * user refused, a locked session kept locked.
 */

describe('a call’s bookkeeping on an office server', () => {
  const database = usePgDatabase();
  let time = Date.parse('2024-12-02T09:00:00Z');
  const now = () => new Date(time);
  const minutes = (n: number) => (time += n * 60_000);
  const servers: Backend[] = [];
  let admin: string;
  let caseId: number;

  beforeAll(async () => {
    for (let i = 0; i < 2; i += 1)
      servers.push(await openTestBackend({ pg: database(), transport: 'http', now }));
    admin = await setUpAdmin(servers[0]!);
    ({ id: caseId } = await caller(servers[0]!, admin).ok('cases.create', {
      registryNumber: '245100031000123',
      article: '194',
      district: 'Almaty',
      registeredOn: '2024-02-11',
    }));
  });
  afterAll(async () => {
    for (const server of servers) await server.close();
  });

  /** Opens a change stream on `server` for `session`, as a signed-in window does, keeping what it hears. */
  async function watch(server: Backend, session: string) {
    const heard: ChangeEvent[] = [];
    let ended = 0;
    let waiting: (() => void)[] = [];
    const wake = () => {
      for (const resolve of waiting) resolve();
      waiting = [];
    };
    const opened = await server.watchChanges(
      { session, language: 'en' },
      {
        change: (event) => {
          heard.push(event);
          wake();
        },
        ended: () => {
          ended += 1;
          wake();
        },
      },
    );
    if (!opened.ok) throw new Error(JSON.stringify(opened));
    /** Resolves once `done` holds, checked after each event or end heard. */
    const until = async (done: () => boolean) => {
      while (!done()) await new Promise<void>((resolve) => waiting.push(resolve));
    };
    /** The case events heard, by the case created (their entity ids). */
    const cases = () => heard.filter((event) => event.entity === 'case');
    return {
      stop: opened.value,
      heard,
      cases,
      timesEnded: () => ended,
      until,
      /** Resolves once an event about `entity` has been heard. */
      hears: (entity: ChangeEvent['entity']) => until(() => heard.some((event) => event.entity === entity)),
    };
  }

  /** Runs `fn` with every announcement this process hears held back, then lets them arrive in order. */
  async function beforeAnnouncements(fn: () => Promise<void>) {
    const held: unknown[][] = [];
    const emit = Reflect.get(pg.Client.prototype, 'emit') as (...args: unknown[]) => boolean;
    const spy = vi.spyOn(pg.Client.prototype, 'emit').mockImplementation(function (
      this: pg.Client,
      ...args: unknown[]
    ) {
      if (args[0] !== 'notification') return emit.apply(this, args);
      held.push([this, ...args]);
      return true;
    });
    try {
      await fn();
    } finally {
      spy.mockRestore();
      for (const [client, ...args] of held) emit.apply(client, args);
    }
  }

  /**
   * The statements `call` sends to PostgreSQL, through any connection of this process, each with
   * whether it is sent as a prepared statement (named: planned once per connection, db/postgres/sql.ts).
   */
  async function sentBy(call: () => Promise<unknown>): Promise<{ sql: string; prepared: boolean }[]> {
    const spy = vi.spyOn(pg.Client.prototype, 'query');
    try {
      await call();
      return spy.mock.calls.map(([first]) => {
        const { text, name } = typeof first === 'string' ? { text: first, name: undefined } : first;
        return { sql: text.replace(/\s+/g, ' '), prepared: typeof name === 'string' };
      });
    } finally {
      spy.mockRestore();
    }
  }
  /** The statements `call` sends to PostgreSQL, through any connection of this process. */
  const statementsOf = async (call: () => Promise<unknown>) => (await sentBy(call)).map(({ sql }) => sql);

  /**
   * The announcements of changed sessions and users (SESSIONS_CHANNEL) this process hears from now
   * until `stop`: `hold` keeps them back, `release` lets them through in order, and `byAll` resolves
   * once every server's listener has been given one with `payload`.
   */
  function sessionAnnouncements() {
    const emit = Reflect.get(pg.Client.prototype, 'emit') as (...args: unknown[]) => boolean;
    const given: string[] = [];
    const held: [pg.Client, unknown[]][] = [];
    let holding = false;
    const waiting: (() => void)[] = [];
    const give = (client: pg.Client, args: unknown[]) => {
      emit.apply(client, args);
      given.push((args[1] as pg.Notification).payload ?? '');
      for (const resolve of waiting.splice(0)) resolve();
    };
    const spy = vi.spyOn(pg.Client.prototype, 'emit').mockImplementation(function (
      this: pg.Client,
      ...args: unknown[]
    ) {
      if (args[0] !== 'notification' || (args[1] as pg.Notification).channel !== SESSIONS_CHANNEL)
        return emit.apply(this, args);
      if (holding) held.push([this, args]);
      else give(this, args);
      return true;
    });
    return {
      hold: () => (holding = true),
      release: () => {
        holding = false;
        for (const [client, args] of held.splice(0)) give(client, args);
      },
      byAll: async (payload: string) => {
        while (given.filter((p) => p === payload).length < servers.length)
          await new Promise<void>((resolve) => waiting.push(resolve));
      },
      stop: () => spy.mockRestore(),
    };
  }
  let marks = 0;
  /**
   * Resolves once every server has heard every announcement of sessions and users made so far: a mark
   * announced after them reaches each server after them (PostgreSQL delivers in commit order). A mark
   * names a user there is not, so hearing it forgets nothing.
   */
  async function announcementsHeard() {
    const mark = `user:${900_000 + (marks += 1)}`;
    const heard = sessionAnnouncements();
    const client = new pg.Client({ connectionString: database() });
    try {
      await client.connect();
      await client.query(`NOTIFY ${SESSIONS_CHANNEL}, '${mark}'`);
      await heard.byAll(mark);
    } finally {
      heard.stop();
      await client.end();
    }
  }
  /** How a session's token is named in the announcements: its SHA-256 in hex. */
  const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

  it('takes no statement for a session kept, its user and the settings of a call', async () => {
    const server = servers[0]!;
    const { session, ok, call } = await signedInAs(server, admin, 'supervisor', 'dana');
    // Its sign-in's changes heard first: one heard later would make the server forget the session.
    await announcementsHeard();
    // The settings and the session are kept once the server hears the office's changes (a signed-in
    // window listens; its stream, which looks up its session every few seconds, is closed before the
    // counting).
    (await watch(server, session)).stop();
    await ok('cases.get', { id: caseId });
    // Hand-counted: the case's record with its version and its register matches (1). Was 7: the idle
    // minutes, the session, the user, the version, the record, the investigation term and the matches
    // apart; then 3 (the session with its user read at every call; the matches apart).
    const page = await sentBy(() => ok('cases.get', { id: caseId }));
    expect(page).toHaveLength(1);
    expect(page[0]!.sql).toMatch(/AS candidates/);
    expect(page.filter(({ sql }) => /\bsessions\b|\bsettings\b/.test(sql))).toEqual([]);
    // Prepared: PostgreSQL plans a case's page once per connection, not at every call.
    expect(page.filter((sent) => !sent.prepared)).toEqual([]);
    // The first page's total with its ids (1), their rows (1). Was 7, then 4 (the count and the ids
    // apart), then 3 (the session).
    const list = await statementsOf(() => ok('cases.list', { page: 1, pageSize: 50 }));
    expect(list).toHaveLength(2);
    expect(list[0]).toMatch(
      /^SELECT \(SELECT coalesce\(sum\(cases\), 0\) AS n FROM district_case_counts\) AS total, ARRAY\(/,
    );
    // A client's loop in the office benchmark (bench/office-scale.ts): the case, an edit of it, the
    // list. The edit: its transaction (3: BEGIN with the case's lock and its one read; the update
    // returning the `after`; the entry sealed under the write lock taken in the same call, with the
    // COMMIT; the reference ids the server kept from the first loop); the page after it, as a case
    // page's (1). Was 32 in all: 7 + 18 + 7; then 3 + 14 + 4 (the edit's transaction 11: the version,
    // the record, the lock, the `before` apart); then 3 + 11 + 4 (the `after` read apart); then 3 + 10
    // + 4 (the write lock with the head, the entry, the COMMIT apart; the reference ids read by every
    // edit; the list's count and ids apart); then 3 + 7 + 3 (the session read by each of the three
    // calls); then 2 + 6 + 2 (a case page's matches apart from its record); then 1 + 5 + 2 (BEGIN
    // apart); now 1 + 4 + 2.
    const aLoop = async () => {
      const { version } = await ok('cases.get', { id: caseId });
      const edited = await call('cases.edit', {
        id: caseId,
        version,
        changes: { damageKzt: 1000 + version },
        reason: 'counted',
      });
      expect(edited).toMatchObject({ ok: true, value: { version: version + 1 } });
      await ok('cases.list', { page: 1, pageSize: 50 });
    };
    // A connection's first edit prepares the statements it sends after a lock (one more round trip
    // each, db/postgres/sql.ts inLockThen); calls one after another reuse the connection used last.
    await aLoop();
    const loop = await sentBy(aLoop);
    expect(loop).toHaveLength(7);
    expect(loop.filter(({ sql }) => /FROM districts|\bsessions\b/.test(sql))).toEqual([]);
    // Parsed and planned again at every loop: BEGIN with the case's lock and the edit's one read of it
    // (the `before` that read kept for its entry), a prepared statement run by EXECUTE; the entry's append
    // with the COMMIT, one message; the list's total with its page's ids, whose text and best plan
    // change with the filters. Everything else is prepared.
    expect(loop.filter((sent) => !sent.prepared).map(({ sql }) => sql)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^BEGIN; SELECT pg_advisory_xact_lock\\(\\d+, hashtext\\('case:${caseId}'\\)\\); EXECUTE nadzor_\\w+\\(${caseId}\\)$`,
        ),
      ),
      expect.stringMatching(/^SELECT last_seq FROM nadzor_append_entries\(.*\); COMMIT$/),
      expect.stringMatching(
        /^SELECT \(SELECT coalesce\(sum\(cases\), 0\) AS n FROM district_case_counts\) AS total/,
      ),
    ]);
    expect(loop.filter(({ sql }) => /\bsettings\b/.test(sql))).toEqual([]);
  });

  it('honours idle minutes set through another server from the call after its announcement', async () => {
    const [here, there] = [servers[0]!, servers[1]!];
    const ivan = await signedInAs(here, admin, 'supervisor', 'ivan');
    const stream = await watch(here, ivan.session);
    try {
      // Read (and kept) here at the office's 15 minutes: six idle minutes leave the session open…
      expect(await ivan.call('cases.list', { page: 1, pageSize: 10 })).toMatchObject({ ok: true });
      minutes(6);
      expect(await ivan.call('auth.keepAlive', {})).toMatchObject({ ok: true });
      minutes(6);
      await caller(there, admin).ok('settings.setIdleMinutes', { minutes: 5 });
      await stream.hears('setting');
      // …and once the other server's change is heard, the same six minutes lock it.
      expect(await ivan.call('cases.list', { page: 1, pageSize: 10 })).toMatchObject({
        ok: false,
        error: { code: 'session_locked' },
      });
      expect(await ivan.call('cases.get', { id: caseId })).toMatchObject({
        ok: false,
        error: { code: 'session_locked' },
      });
    } finally {
      stream.stop();
      await caller(there, admin).ok('settings.setIdleMinutes', { minutes: 15 });
    }
  });

  it('answers with a setting changed through the same server at once, before its announcement', async () => {
    const server = servers[0]!;
    const office = caller(server, admin);
    const stream = await watch(server, admin);
    try {
      expect(await office.ok('settings.get', {})).toMatchObject({ investigationDays: 60, idleMinutes: 15 });
      // The change's own announcement held back until the server has answered twice with the new term.
      await beforeAnnouncements(async () => {
        expect(await office.ok('settings.setInvestigationDays', { days: 45 })).toMatchObject({
          investigationDays: 45,
        });
        expect((await office.ok('cases.get', { id: caseId })).deadline.termDays).toBe(45);
      });
    } finally {
      stream.stop();
      await office.ok('settings.setInvestigationDays', { days: 60 });
    }
  });

  it('refuses a session locked, ended, or of a user disabled or given another role: through the same server at once, the other once it hears', async () => {
    const [here, there] = [servers[0]!, servers[1]!];
    const [lena, kira, omar, ravi] = [
      await signedInAs(here, admin, 'supervisor', 'lena'),
      await signedInAs(here, admin, 'supervisor', 'kira'),
      await signedInAs(here, admin, 'supervisor', 'omar'),
      await signedInAs(here, admin, 'supervisor', 'ravi'),
    ];
    await announcementsHeard();
    const list = (server: Backend, session: string) =>
      caller(server, session).call('cases.list', { page: 1, pageSize: 10 });
    // Each session answered (and so kept) by both servers.
    for (const { session } of [lena, kira, omar, ravi])
      for (const server of [here, there]) expect(await list(server, session)).toMatchObject({ ok: true });
    const accounts = await caller(here, admin).ok('users.list', {});
    const [kiraId, raviId] = ['kira', 'ravi'].map((login) => accounts.find((u) => u.login === login)!.id);
    /** Whether a supervisor's write reaches its checks: an auditor's is refused before them. */
    const write = (server: Backend, session: string) => caller(server, session).call('cases.create', {});
    const heard = sessionAnnouncements();
    try {
      // Held back, so what the server that made the change refuses, it refuses without them.
      heard.hold();
      // Each checked before the next change: a change of users forgets every session kept here.
      expect(await caller(there, lena.session).call('auth.lock', {})).toMatchObject({ ok: true });
      expect(await list(there, lena.session)).toMatchObject({ ok: false, error: { code: 'session_locked' } });
      expect(await caller(there, omar.session).call('auth.logout', {})).toMatchObject({ ok: true });
      expect(await list(there, omar.session)).toMatchObject({
        ok: false,
        error: { code: 'unauthenticated' },
      });
      const office = caller(there, admin);
      expect(
        await office.call('users.update', { id: raviId!, fullName: 'Ravi', role: 'auditor' }),
      ).toMatchObject({
        ok: true,
      });
      expect(await write(there, ravi.session)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      // (The other server, not told yet, still answers as a moment before.)
      expect(await write(here, ravi.session)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(await office.call('users.setDisabled', { id: kiraId!, disabled: true })).toMatchObject({
        ok: true,
      });
      expect(await list(there, kira.session)).toMatchObject({
        ok: false,
        error: { code: 'unauthenticated' },
      });
      heard.release();
      // Told by the triggers of PostgreSQL migration 015, the other server forgets them too.
      await heard.byAll(`session:${tokenHash(lena.session)}`);
      await heard.byAll(`user:${kiraId!}`);
      await heard.byAll(`session:${tokenHash(omar.session)}`);
      await heard.byAll(`user:${raviId!}`);
      for (let i = 0; i < 2; i += 1) {
        expect(await list(here, lena.session)).toMatchObject({
          ok: false,
          error: { code: 'session_locked' },
        });
        expect(await list(here, kira.session)).toMatchObject({
          ok: false,
          error: { code: 'unauthenticated' },
        });
        expect(await list(here, omar.session)).toMatchObject({
          ok: false,
          error: { code: 'unauthenticated' },
        });
        expect(await write(here, ravi.session)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      }
    } finally {
      heard.stop();
    }
  });

  it('decides the idle lock on the database, not on a session kept while another server saw the calls', async () => {
    const [here, there] = [servers[0]!, servers[1]!];
    const pia = await signedInAs(here, admin, 'supervisor', 'pia');
    expect(await pia.call('cases.list', { page: 1, pageSize: 10 })).toMatchObject({ ok: true });
    // Thirty minutes of calls through the other server, ten apart: never idle for the office's 15.
    // (The administrator's calls keep the administrator's session open for the tests after this one.)
    const office = caller(here, admin);
    for (let i = 0; i < 3; i += 1) {
      minutes(10);
      expect(await caller(there, pia.session).call('auth.keepAlive', {})).toMatchObject({ ok: true });
      await office.ok('auth.keepAlive', {});
    }
    // This server kept the session as last active thirty minutes ago; the database knows better.
    expect(await pia.call('cases.list', { page: 1, pageSize: 10 })).toMatchObject({ ok: true });
    // Truly idle, it locks, on both servers.
    for (let i = 0; i < 2; i += 1) {
      minutes(8);
      await office.ok('auth.keepAlive', {});
    }
    expect(await pia.call('cases.list', { page: 1, pageSize: 10 })).toMatchObject({
      ok: false,
      error: { code: 'session_locked' },
    });
    expect(await caller(there, pia.session).call('cases.list', { page: 1, pageSize: 10 })).toMatchObject({
      ok: false,
      error: { code: 'session_locked' },
    });
  });

  let registered = 0;
  /** Registers a new case through `server` as the administrator: one change every stream hears. */
  const registerCase = (server: Backend) =>
    caller(server, admin).ok('cases.create', {
      registryNumber: `2451000311${String((registered += 1)).padStart(5, '0')}`,
      article: '194',
      district: 'Almaty',
      registeredOn: '2024-02-11',
    });
  /** The statements that look a session up (with its user or without): a call's, or an open stream's. */
  const sessionLookups = (statements: string[]) =>
    statements.filter((sql) => /\bFROM sessions\b/.test(sql)).length;

  it('looks a kept session up without a statement: a call’s, and an open stream’s at each recheck', async () => {
    const [here, there] = [servers[0]!, servers[1]!];
    const sessions = [];
    for (const login of ['ada', 'bea', 'cai', 'dov'])
      sessions.push((await signedInAs(there, admin, 'supervisor', login)).session);
    await announcementsHeard();
    // Opened once the accounts are made, so the streams hear only the changes counted.
    const streams: Awaited<ReturnType<typeof watch>>[] = [];
    for (const session of sessions) streams.push(await watch(here, session));
    // The administrator's session as the other server now keeps it (its activity there is old: the
    // calls before went through this one).
    await caller(there, admin).ok('auth.keepAlive', {});
    try {
      /** Registers `count` cases, and waits until every stream has heard them. */
      const changes = async (count: number) => {
        const heardBefore = streams.map((stream) => stream.cases().length);
        for (let i = 0; i < count; i += 1) await registerCase(there);
        for (const [i, stream] of streams.entries())
          await stream.until(() => stream.cases().length >= heardBefore[i]! + count);
      };
      // Within the interval from their opening, no stream looks its session up again, and the calls'
      // session is kept. The streams looked theirs up at every change before (4 × 3 = 12 statements),
      // then once per SESSION_RECHECK_MS, each in a statement; the calls each in one (3).
      expect(sessionLookups(await statementsOf(() => changes(3)))).toBe(0);
      // Past it, each stream looks its session up at its first change: in what the server kept.
      time += SESSION_RECHECK_MS;
      expect(sessionLookups(await statementsOf(() => changes(3)))).toBe(0);
    } finally {
      for (const stream of streams) stream.stop();
    }
  });

  it('ends, within SESSION_RECHECK_MS, the stream of a session signed out, locked, or of a user disabled', async () => {
    const [here, there] = [servers[0]!, servers[1]!];
    const office = caller(there, admin);
    const [leaving, locking, disabled, staying] = [
      await signedInAs(there, admin, 'supervisor', 'eli'),
      await signedInAs(there, admin, 'supervisor', 'fay'),
      await signedInAs(there, admin, 'supervisor', 'gus'),
      await signedInAs(there, admin, 'supervisor', 'hal'),
    ];
    const streams = [
      await watch(here, leaving.session),
      await watch(here, locking.session),
      await watch(here, disabled.session),
    ];
    const stays = await watch(here, staying.session);
    try {
      // Revoked through the other server, right after their streams opened…
      await leaving.ok('auth.logout', {});
      await locking.ok('auth.lock', {});
      const { id } = (await office.ok('users.list', {})).find((u) => u.login === 'gus')!;
      await office.ok('users.setDisabled', { id, disabled: true });
      // …the streams still hear a change made within the interval of their last look-up…
      const first = await registerCase(there);
      for (const stream of [...streams, stays]) await stream.until(() => stream.cases().length === 1);
      // …and at the first change after it, they end instead, and hear nothing more.
      time += SESSION_RECHECK_MS;
      const second = await registerCase(there);
      const third = await registerCase(there);
      await stays.until(() => stays.cases().length === 3);
      for (const stream of streams) {
        await stream.until(() => stream.timesEnded() > 0);
        expect(stream.cases().map((event) => event.id)).toEqual([String(first.id)]);
      }
      expect(streams.map((stream) => stream.timesEnded())).toEqual([1, 1, 1]);
      // The one still signed in hears every change, in order.
      expect(stays.cases().map((event) => event.id)).toEqual([first, second, third].map((c) => String(c.id)));
      expect(stays.timesEnded()).toBe(0);
    } finally {
      for (const stream of [...streams, stays]) stream.stop();
    }
  });
});
