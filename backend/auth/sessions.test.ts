import { describe, expect, it } from 'vitest';
import { Sessions } from './sessions';

function clock() {
  let now = Date.parse('2026-11-23T09:00:00Z');
  return { now: () => new Date(now), advance: (minutes: number) => (now += minutes * 60_000) };
}

describe('sessions and the idle lock', () => {
  it('finds a session by its token only, and forgets it on sign-out', () => {
    const sessions = new Sessions(clock().now);
    const token = sessions.open(7);
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    expect(sessions.find(token, 15)).toMatchObject({ userId: 7, locked: false });
    expect(sessions.find('0'.repeat(64), 15)).toBeNull();
    expect(sessions.find(undefined, 15)).toBeNull();
    sessions.close(token);
    expect(sessions.find(token, 15)).toBeNull();
  });

  it('locks a session idle for longer than the limit; activity holds the lock off', () => {
    const c = clock();
    const sessions = new Sessions(c.now);
    const token = sessions.open(1);
    c.advance(14);
    const session = sessions.find(token, 15)!;
    expect(session.locked).toBe(false);
    sessions.touch(session);
    c.advance(15);
    expect(sessions.find(token, 15)!.locked).toBe(false);
    c.advance(0.5);
    expect(sessions.find(token, 15)!.locked).toBe(true);
    // A locked session stays locked until unlocked, however it is found again.
    expect(sessions.find(token, 600)!.locked).toBe(true);
    sessions.unlock(sessions.find(token, 15)!);
    expect(sessions.find(token, 15)!.locked).toBe(false);
  });

  it('ends every session of one user, optionally keeping the caller’s own', () => {
    const sessions = new Sessions(clock().now);
    const [a, b, other] = [sessions.open(1), sessions.open(1), sessions.open(2)];
    sessions.closeAllOf(1, b);
    expect(sessions.find(a, 15)).toBeNull();
    expect(sessions.find(b, 15)).not.toBeNull();
    expect(sessions.find(other, 15)).not.toBeNull();
  });
});
