import type { Store } from '../db/ports';
import { openPgStore } from '../db/postgres/store';
import { openSqliteStore } from '../db/sqlite/store';
import { PASSWORD_COST } from './auth/password';
import { Sessions } from './auth/sessions';
import { watchChanges } from './changes';
import { createDispatch } from './dispatch';
import { handlers } from './handlers';
import { seedReferenceData } from './seed-reference';
import type { Backend, BackendOptions } from './types';
import { appVersion } from './version';

export type { Backend, BackendOptions } from './types';
export { DatabaseOpenError } from '../db/open-errors';
export { DatabaseDiskError } from '../db/disk-errors';
export { redacted } from '../db/postgres/store';
export { mimeType, resolveRendererFile } from './renderer-files';

function openStore(options: BackendOptions): Promise<Store> | Store {
  const clock = options.now ? { now: options.now } : {};
  if ('pg' in options) return openPgStore(options.pg, clock);
  return openSqliteStore(options.dbPath, {
    checkPages: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.writeWaitMs !== undefined ? { writeWaitMs: options.writeWaitMs } : {}),
    ...clock,
  });
}

/** Opens the database (migrating it) and returns the one backend both transports call. */
export async function openBackend(options: BackendOptions): Promise<Backend> {
  const store = await openStore(options);
  try {
    await seedReferenceData(store);
  } catch (error) {
    await store.close();
    throw error;
  }
  const now = options.now ?? (() => new Date());
  // In the database when several servers share it, so any of them answers; else in this process's memory.
  const sessions = store.sessions?.(now) ?? new Sessions(now);
  const dispatch = createDispatch(handlers, {
    store,
    sessions,
    transport: options.transport,
    engine: 'pg' in options ? 'postgres' : 'sqlite',
    version: appVersion,
    now,
    passwordCost: options.passwordCost ?? PASSWORD_COST,
  });
  return { dispatch, watchChanges: watchChanges(store, sessions), close: () => store.close() };
}
