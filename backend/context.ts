import type { Store } from '../db/ports';
import type { Language } from '../shared/domain/fields';

/** What every handler gets besides its validated input. */
export interface HandlerContext {
  store: Store;
  actor: string;
  language: Language;
  transport: 'electron' | 'http';
  version: string;
  /** The clock, injected so deadlines and tests agree on "today". */
  now: () => Date;
}
