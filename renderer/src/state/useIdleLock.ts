import { useEffect, useEffectEvent } from 'react';
import { browserClock, startIdleLock } from './idle-lock';

/** What counts as someone at the keyboard. */
const INPUT_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;
/** Often enough that the backend's own idle lock (measured from the last call) never runs ahead of ours. */
const KEEP_ALIVE_MS = 15_000;

/**
 * While `enabled`, calls `onIdle` after `idleMinutes` without keyboard, pointer or wheel input, and
 * `onActive` now and then while there is input.
 */
export function useIdleLock(
  enabled: boolean,
  idleMinutes: number,
  onIdle: () => void,
  onActive: () => void,
): void {
  const idle = useEffectEvent(onIdle);
  const active = useEffectEvent(onActive);

  useEffect(() => {
    if (!enabled) return;
    const lock = startIdleLock({
      idleMs: idleMinutes * 60_000,
      clock: browserClock,
      onIdle: () => idle(),
      onActive: () => active(),
      keepAliveMs: Math.min(KEEP_ALIVE_MS, idleMinutes * 15_000),
    });
    const note = () => lock.activity();
    // Capture: a screen that stops an event's propagation still counts as input.
    for (const type of INPUT_EVENTS) window.addEventListener(type, note, { capture: true, passive: true });
    return () => {
      for (const type of INPUT_EVENTS) window.removeEventListener(type, note, { capture: true });
      lock.stop();
    };
  }, [enabled, idleMinutes]);
}
