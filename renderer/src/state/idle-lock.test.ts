import { describe, expect, it, vi } from 'vitest';
import { startIdleLock, type IdleClock } from './idle-lock';

/** A clock whose time moves only when the test says so, firing timers that come due on the way. */
function fakeClock() {
  let time = 1_000_000;
  let nextId = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  const clock: IdleClock = {
    now: () => time,
    setTimeout: (run, ms) => {
      const id = nextId++;
      timers.set(id, { at: time + ms, run });
      return id;
    },
    clearTimeout: (handle) => {
      timers.delete(handle as number);
    },
  };
  const advance = (ms: number) => {
    const end = time + ms;
    for (;;) {
      const due = [...timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      time = due[1].at;
      due[1].run();
    }
    time = end;
  };
  return { clock, advance, pending: () => timers.size };
}

const MINUTE = 60_000;

describe('idle lock', () => {
  it('locks once the idle time has passed without input', () => {
    const { clock, advance } = fakeClock();
    const onIdle = vi.fn();
    startIdleLock({ idleMs: 15 * MINUTE, clock, onIdle });
    advance(15 * MINUTE - 1);
    expect(onIdle).not.toHaveBeenCalled();
    advance(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('measures from the last input, not from the start', () => {
    const { clock, advance } = fakeClock();
    const onIdle = vi.fn();
    const lock = startIdleLock({ idleMs: 10 * MINUTE, clock, onIdle });
    advance(9 * MINUTE);
    lock.activity();
    advance(9 * MINUTE);
    expect(onIdle).not.toHaveBeenCalled();
    lock.activity();
    advance(10 * MINUTE - 1);
    expect(onIdle).not.toHaveBeenCalled();
    advance(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('locks only once, and input after the lock changes nothing', () => {
    const { clock, advance, pending } = fakeClock();
    const onIdle = vi.fn();
    const lock = startIdleLock({ idleMs: MINUTE, clock, onIdle });
    advance(5 * MINUTE);
    lock.activity();
    advance(5 * MINUTE);
    expect(onIdle).toHaveBeenCalledTimes(1);
    expect(pending()).toBe(0);
  });

  it('keeps a single timer however much input comes', () => {
    const { clock, advance, pending } = fakeClock();
    const lock = startIdleLock({ idleMs: MINUTE, clock, onIdle: vi.fn() });
    for (let i = 0; i < 100; i++) {
      advance(100);
      lock.activity();
    }
    expect(pending()).toBe(1);
  });

  it('stopping (signing out, locking by hand) cancels the lock', () => {
    const { clock, advance, pending } = fakeClock();
    const onIdle = vi.fn();
    const lock = startIdleLock({ idleMs: MINUTE, clock, onIdle });
    advance(30_000);
    lock.stop();
    expect(pending()).toBe(0);
    advance(10 * MINUTE);
    expect(onIdle).not.toHaveBeenCalled();
  });

  it('tells the backend about input at most once per keep-alive interval', () => {
    const { clock, advance } = fakeClock();
    const onActive = vi.fn();
    const lock = startIdleLock({
      idleMs: 15 * MINUTE,
      clock,
      onIdle: vi.fn(),
      onActive,
      keepAliveMs: MINUTE,
    });
    lock.activity(); // right at the start: the session was just used
    expect(onActive).not.toHaveBeenCalled();
    advance(MINUTE);
    lock.activity();
    lock.activity();
    advance(30_000);
    lock.activity();
    expect(onActive).toHaveBeenCalledTimes(1);
    advance(30_000);
    lock.activity();
    expect(onActive).toHaveBeenCalledTimes(2);
  });

  it('without input there is nothing to keep alive', () => {
    const { clock, advance } = fakeClock();
    const onActive = vi.fn();
    startIdleLock({ idleMs: 15 * MINUTE, clock, onIdle: vi.fn(), onActive, keepAliveMs: MINUTE });
    advance(14 * MINUTE);
    expect(onActive).not.toHaveBeenCalled();
  });
});
