import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

const listeners = new Set<() => void>();
let inPrintDialog = false;
let printMedia: MediaQueryList | null = null;

function announce(printing: boolean) {
  inPrintDialog = printing;
  // window.print() lays the page out for paper before it returns, and before any task or microtask
  // React would render in: what changes for paper must be in the DOM when beforeprint returns.
  flushSync(() => listeners.forEach((listener) => listener()));
}

/** Listens once, from the first subscriber on: importing this module touches no window (unit tests). */
function media(): MediaQueryList {
  if (printMedia) return printMedia;
  printMedia = window.matchMedia('print');
  window.addEventListener('beforeprint', () => announce(true));
  window.addEventListener('afterprint', () => announce(false));
  // A print preview emulated without the dialog (devtools, the e2e tests) sends no beforeprint.
  printMedia.addEventListener('change', () => announce(inPrintDialog));
  return printMedia;
}

const subscribe = (onChange: () => void) => {
  media();
  listeners.add(onChange);
  return () => listeners.delete(onChange);
};

/**
 * Whether the page is being laid out for paper: between the print dialog's beforeprint and afterprint,
 * or while print media is emulated. For what CSS alone cannot do, such as drawing every row of a
 * virtual table.
 */
export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, () => inPrintDialog || media().matches);
}
