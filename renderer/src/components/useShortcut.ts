import { useEffect, useRef } from 'react';

/**
 * Ctrl (⌘ on a Mac) + a key runs `action` while the component is mounted. Matched on the physical key
 * (`KeyF`), so it works with the Russian or Kazakh keyboard layout active too.
 */
export function useCtrlShortcut(code: string, action: () => void): void {
  const latest = useRef(action);
  useEffect(() => {
    latest.current = action;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.code !== code) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [code]);
}
