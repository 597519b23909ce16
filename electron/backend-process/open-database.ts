import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { openBackend } from '../../backend';
import type { Backend } from '../../backend/types';
import { openClient } from '../../office-client/client-backend';

/** What the main process tells the backend process to open (passed as its one argument, in JSON). */
export interface BackendProcessOptions {
  /** The SQLite file on this computer. */
  dbPath: string;
  /** Electron's ABI build of better-sqlite3 (electron/main/native-binding.ts), when there is one. */
  nativeBinding?: string;
  /**
   * The app's data folder, where the first start's choice (this computer or the office server) is kept;
   * absent when a test or a second database names the file (NADZOR_DB): then there is no choice to make.
   */
  dataDir?: string;
}

/** The database this window works on: the file, or what the first start chose. */
export function openDatabase(options: BackendProcessOptions): Promise<Backend> {
  mkdirSync(dirname(options.dbPath), { recursive: true });
  const openLocal = () =>
    openBackend({
      dbPath: options.dbPath,
      transport: 'electron',
      // The desktop app keeps the day's first and its closing backups (backend/services/backups).
      autoBackups: true,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  if (!options.dataDir) return openLocal();
  return openClient({
    dataDir: options.dataDir,
    openLocal,
    hasLocalDatabase: () => existsSync(options.dbPath),
  });
}
