import { describe, expect, it } from 'vitest';
import { SessionCache } from './session-cache';
import { cacheFixture } from './testing/cache-fixture';

interface Row {
  user_id: number;
  last_activity_ms: number;
  locked: boolean;
}

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);

/** A sessions table read through the cache, counting its reads; `release` answers held reads. */
function fixture() {
  const table = new Map<string, Row>([
    [A, { user_id: 1, last_activity_ms: 1000, locked: false }],
    [B, { user_id: 2, last_activity_ms: 1000, locked: false }],
  ]);
  const f = cacheFixture(true);
  const cache = new SessionCache<Row>(f.live, f.listen, (row) => !row.locked);
  const find = (key: string) =>
    cache.find(key, () => {
      const row = table.get(key);
      return f.read(row && { ...row });
    });
  return { ...f, cache, find, table };
}

describe('the sessions kept by an office server', () => {
  it('keeps an open session once read, and reads every time while not listening', async () => {
    const f = fixture();
    expect(await f.find(A)).toMatchObject({ row: { user_id: 1 }, kept: false });
    expect(await f.find(A)).toMatchObject({ row: { user_id: 1 }, kept: true });
    expect(f.reads()).toBe(1);
    f.setLive(false);
    expect(await f.find(A)).toMatchObject({ kept: false });
    expect(await f.find(B)).toMatchObject({ kept: false });
    expect(await f.find(B)).toMatchObject({ kept: false });
    expect(f.reads()).toBe(4);
    expect(f.listenAsked()).toBe(5);
  });

  it('keeps neither a session it may not keep nor one that is not there', async () => {
    const f = fixture();
    f.table.get(A)!.locked = true;
    await f.find(A);
    expect(await f.find(A)).toMatchObject({ row: { locked: true }, kept: false });
    expect(await f.find('c'.repeat(64))).toEqual({ row: undefined, kept: false });
    expect(await f.find('c'.repeat(64))).toEqual({ row: undefined, kept: false });
    expect(f.reads()).toBe(4);
    expect(f.cache.size).toBe(0);
  });

  it('forgets a session, or a user’s, announced as changed; anything else it cannot read forgets all', async () => {
    const f = fixture();
    await f.find(A);
    await f.find(B);
    f.cache.heard(`session:${A}`);
    expect(await f.find(A)).toMatchObject({ kept: false });
    expect(await f.find(B)).toMatchObject({ kept: true });
    f.cache.heard('user:2');
    expect(await f.find(A)).toMatchObject({ kept: true });
    expect(await f.find(B)).toMatchObject({ kept: false });
    for (const payload of ['', 'user:', 'user:x', 'session:zz', 'other:1']) {
      await f.find(A);
      await f.find(B);
      expect(f.cache.size).toBe(2);
      f.cache.heard(payload);
      expect(f.cache.size).toBe(0);
    }
  });

  it('does not keep a row read while its session, its user or everything was forgotten', async () => {
    const f = fixture();
    /** Whether A, read while `meanwhile` happens, is kept. */
    const keptAfter = async (meanwhile: () => void) => {
      f.cache.drop();
      f.holdReads(true);
      const reading = f.find(A);
      meanwhile();
      f.release();
      await reading;
      f.holdReads(false);
      return (await f.find(A)).kept;
    };
    expect(await keptAfter(() => f.cache.forget(A))).toBe(false);
    expect(await keptAfter(() => f.cache.heard('user:1'))).toBe(false);
    expect(await keptAfter(() => f.cache.drop())).toBe(false);
    // Nor one read while the channel was lost (and found again): losing it drops everything.
    expect(
      await keptAfter(() => {
        f.setLive(false);
        f.setLive(true);
        f.cache.drop();
      }),
    ).toBe(false);
    // Another session's or another user's change, or none, does not concern it.
    expect(await keptAfter(() => f.cache.forget(B))).toBe(true);
    expect(await keptAfter(() => f.cache.heard('user:2'))).toBe(true);
    expect(await keptAfter(() => undefined)).toBe(true);
  });

  it('notes a call’s activity on the kept row, never moving it back', async () => {
    const f = fixture();
    await f.find(A);
    f.cache.noteActivity(A, 5000);
    f.cache.noteActivity(A, 3000);
    expect(await f.find(A)).toMatchObject({ row: { last_activity_ms: 5000 }, kept: true });
    // A session not kept is not created by a note.
    f.cache.noteActivity(B, 5000);
    expect(f.cache.size).toBe(1);
  });
});
