import { useState, useSyncExternalStore } from 'react';
import { onStaleRefusal, staleRefusalCount } from './client';

/**
 * The record an open form works on: as it was when the form opened (`openedSeq`, a dialog's `seq`),
 * even while the page behind it shows other users' changes as they come. So a form's save still
 * carries the version it was made on and is refused if someone changed the record meanwhile (naming
 * who); from that refusal on, the form follows the record as read again, and the second save keeps both.
 */
export function useAsOpened<T>(current: T, openedSeq: number | undefined): T {
  const refusals = useSyncExternalStore(onStaleRefusal, staleRefusalCount);
  const [held, setHeld] = useState({ seq: openedSeq, refusals, value: current });
  if (held.seq !== openedSeq) {
    setHeld({ seq: openedSeq, refusals, value: current });
    return current;
  }
  return held.refusals === refusals ? held.value : current;
}
