import { useContext, useEffect, useRef } from 'react';
import { SessionContext } from '../state/session';

/**
 * Ctrl (⌘ on a Mac) + a key runs `action` while the component is mounted, and not while a lock hides
 * the screen. Matched on the physical key (`KeyF`), so it works with the Russian or Kazakh keyboard
 * layout active too.
 */
export function useCtrlShortcut(code: string, action: () => void): void {
  const latest = useRef(action);
  const locked = useContext(SessionContext)?.locked === true;
  const isLocked = useRef(locked);
  useEffect(() => {
    latest.current = action;
    isLocked.current = locked;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.code !== code) return;
      if (isLocked.current) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [code]);
}
