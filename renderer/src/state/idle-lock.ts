/** Time and timers, injected so the rule can be tested without waiting. */
export interface IdleClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const browserClock: IdleClock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => window.setTimeout(run, ms),
  clearTimeout: (handle) => window.clearTimeout(handle as number),
};

export interface IdleLockOptions {
  /** Time without input after which `onIdle` runs. */
  idleMs: number;
  clock: IdleClock;
  onIdle: () => void;
  /**
   * Runs on input, at most once per `keepAliveMs`. The backend locks a session that has made no call for
   * the idle time, so someone typing a long text without saving must tell it they are there.
   */
  onActive?: () => void;
  keepAliveMs?: number;
}

export interface IdleLock {
  /** Input happened (a key, the pointer, the wheel). */
  activity(): void;
  stop(): void;
}

/**
 * Calls `onIdle` once, when `idleMs` have passed since the last input (or the start). Input only notes
 * the time: one timer is pending at a time, and when it fires early because input came meanwhile it is
 * set again for the rest, so moving the mouse costs no timer churn.
 */
export function startIdleLock({
  idleMs,
  clock,
  onIdle,
  onActive,
  keepAliveMs = 60_000,
}: IdleLockOptions): IdleLock {
  let lastInput = clock.now();
  let lastKeepAlive = lastInput;
  let stopped = false;
  let timer: unknown = null;

  const schedule = (ms: number) => {
    timer = clock.setTimeout(check, ms);
  };
  function check() {
    timer = null;
    if (stopped) return;
    const idleFor = clock.now() - lastInput;
    if (idleFor >= idleMs) {
      stopped = true;
      onIdle();
    } else schedule(idleMs - idleFor);
  }
  schedule(idleMs);

  return {
    activity() {
      if (stopped) return;
      const now = clock.now();
      lastInput = now;
      if (onActive && now - lastKeepAlive >= keepAliveMs) {
        lastKeepAlive = now;
        onActive();
      }
    },
    stop() {
      stopped = true;
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
    },
  };
}
