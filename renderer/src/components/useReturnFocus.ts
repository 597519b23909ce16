import { useCallback, useLayoutEffect, useRef } from 'react';

/** The focus is nowhere useful: on the page itself, or on a control that is no longer displayed. */
function focusLost(): boolean {
  const active = document.activeElement;
  return (
    active === null ||
    active === document.body ||
    (active instanceof HTMLElement && active.getClientRects().length === 0)
  );
}

/**
 * Puts the keyboard focus back on the control that opened a drawer once it has closed. antd does it
 * only when its opening slide had finished; a drawer closed sooner is removed at once and the focus
 * falls to the page. Pass the returned function to the drawer's `afterOpenChange`.
 */
export function useReturnFocus(open: boolean): (visible: boolean) => void {
  const opener = useRef<HTMLElement | null>(null);

  const restore = useCallback(() => {
    const target = opener.current;
    if (!focusLost()) return;
    if (target?.isConnected) target.focus({ preventScroll: true });
    else if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  }, []);

  useLayoutEffect(() => {
    if (open) {
      const active = document.activeElement;
      opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
      return undefined;
    }
    // A drawer removed without its closing slide: the focus has already fallen by the next frame.
    const frame = requestAnimationFrame(restore);
    return () => cancelAnimationFrame(frame);
  }, [open, restore]);

  // After the closing slide: the close button that had the focus is hidden now.
  return useCallback((visible: boolean) => !visible && restore(), [restore]);
}
