import type { Store } from '../db/ports';
import { openSqliteStore } from '../db/sqlite/store';
import { PASSWORD_COST } from './auth/password';
import { Sessions, type SessionStore } from './auth/sessions';
import { SESSION_RECHECK_MS, watchChanges } from './changes';
import { createDispatch } from './dispatch';
import { handlers } from './handlers';
import { seedReferenceData } from './seed-reference';
import { DatabaseBackups } from './services/backups/database-backups';
import { swappableStore } from './swappable-store';
import type { Backend, BackendOptions } from './types';
import { appVersion } from './version';

export type { Backend, BackendOptions } from './types';
export { DatabaseOpenError } from '../db/open-errors';
export { startupRestoreFor, type StartupRestore } from './services/backups/startup-restore';
export { DatabaseDiskError } from '../db/disk-errors';
export { redacted } from '../db/postgres/redacted';
export { mimeType, resolveRendererFile } from './renderer-files';

function openStore(options: BackendOptions): Promise<Store> | Store {
  const clock = options.now ? { now: options.now } : {};
  // Loaded only for an office's database: the driver is a tenth of a second of every other start.
  if ('pg' in options)
    return import('../db/postgres/store').then(({ openPgStore }) => openPgStore(options.pg, clock));
  return openSqliteStore(options.dbPath, {
    checkPages: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.writeWaitMs !== undefined ? { writeWaitMs: options.writeWaitMs } : {}),
    ...clock,
  });
}

async function openSeeded(options: BackendOptions): Promise<Store> {
  const store = await openStore(options);
  try {
    await seedReferenceData(store);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

/** Opens the database (migrating it) and returns the one backend both transports call. */
export async function openBackend(options: BackendOptions): Promise<Backend> {
  const now = options.now ?? (() => new Date());
  let store: Store;
  let sessions: SessionStore;
  let backups: DatabaseBackups | undefined;
  if ('pg' in options) {
    store = await openSeeded(options);
    const users = store;
    // In the database when several servers share it, so any of them answers.
    sessions = store.sessions?.(now) ?? new Sessions(now, (id) => users.read((r) => r.users.byId(id)));
  } else {
    // A database file can be put back from a backup while the app runs: the store underneath is swapped.
    const swappable = swappableStore(await openSeeded(options));
    const local = new Sessions(now, (id) => swappable.read((r) => r.users.byId(id)));
    store = swappable;
    sessions = local;
    backups = new DatabaseBackups({
      store: swappable,
      dbPath: swappable.path,
      reopen: () => openSeeded(options),
      endSessions: () => local.closeAll(),
      now,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      log: (message) => console.error(message),
    });
  }
  // The day's first start backs up in the background: a failing backup never holds up the start.
  const startBackup = options.autoBackups ? backups?.automatic('start') : undefined;
  const dispatch = createDispatch(handlers, {
    store,
    sessions,
    transport: options.transport,
    engine: 'pg' in options ? 'postgres' : 'sqlite',
    version: appVersion,
    now,
    passwordCost: options.passwordCost ?? PASSWORD_COST,
    ...(backups ? { backups } : {}),
  });
  return {
    dispatch,
    // The desktop's sessions are in memory: looked up at every change for nothing.
    watchChanges: watchChanges(store, sessions, {
      now,
      recheckEveryMs: 'pg' in options ? SESSION_RECHECK_MS : 0,
    }),
    close: async () => {
      await startBackup;
      if (options.autoBackups) await backups?.automatic('exit');
      await store.close();
    },
  };
}
