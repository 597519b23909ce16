import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { afterFailure, isLocked, type LockState } from './lockout';

const start = new Date('2026-11-23T09:00:00Z');
const minutes = (n: number) => new Date(start.getTime() + n * 60_000);
const fresh: LockState = { failedAttempts: 0, lockedUntil: null };

describe('lockout after failed sign-ins', () => {
  it('locks on the fifth failure in a row, for 15 minutes', () => {
    let state = fresh;
    for (let i = 1; i <= 4; i++) {
      state = afterFailure(state, start);
      expect(state).toEqual({ failedAttempts: i, lockedUntil: null });
      expect(isLocked(state, start)).toBe(false);
    }
    state = afterFailure(state, start);
    expect(state).toEqual({ failedAttempts: 5, lockedUntil: minutes(15).toISOString() });
    expect(isLocked(state, minutes(14.99))).toBe(true);
    expect(isLocked(state, minutes(15))).toBe(false);
  });

  it('gives five fresh attempts once a lock has run out', () => {
    const locked = { failedAttempts: 5, lockedUntil: minutes(15).toISOString() };
    const after = afterFailure(locked, minutes(20));
    expect(after).toEqual({ failedAttempts: 1, lockedUntil: null });
  });

  it('never locks before five failures, and always locks at five (any timing within the window)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 60_000 }), { minLength: 1, maxLength: 12 }), (gaps) => {
        let state = fresh;
        let at = start.getTime();
        for (const [i, gap] of gaps.entries()) {
          at += gap;
          state = afterFailure(state, new Date(at));
          expect(isLocked(state, new Date(at))).toBe(i + 1 >= 5);
          if (isLocked(state, new Date(at))) break;
        }
      }),
    );
  });
});
