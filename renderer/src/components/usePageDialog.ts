import { useState, type RefObject } from 'react';

/**
 * The one form dialog a record page has open, and for what. `seq` tells one opening from the next, so
 * a closing dialog never clears the one opened after it; `key={dialog.seq}` gives each opening a fresh
 * form. A closed dialog gives focus back to the button that opened it; when the action has removed that
 * button (forwarding removes "Forward to court"), the page heading takes it instead.
 */
export function usePageDialog<Target extends object>(heading: RefObject<HTMLElement | null>) {
  const [dialog, setDialog] = useState<(Target & { seq: number; open: boolean }) | null>(null);
  const seq = dialog?.seq;
  return {
    dialog,
    show: (target: Target) =>
      setDialog((current) => ({ ...target, seq: (current?.seq ?? 0) + 1, open: true })),
    open: dialog?.open ?? false,
    onClose: () => setDialog((current) => (current ? { ...current, open: false } : null)),
    afterClose: () => {
      setDialog((current) => (current?.seq === seq && !current?.open ? null : current));
      if (!document.activeElement || document.activeElement === document.body) heading.current?.focus();
    },
  };
}
