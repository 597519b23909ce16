import { join, resolve } from 'node:path';
import { app, dialog, Menu, session, type BrowserWindow } from 'electron';
import type { Backend } from '../../backend/types';
import { defaultLanguage, translate } from '../../shared/i18n';
import { BackendStartError, startBackendProcess } from './backend-process';
import { handleCalls, serveChangeStreams } from './ipc';
import { electronNativeBinding } from './native-binding';
import { offerRestore } from './offer-restore';
import { appEntryUrl, contentSecurityPolicy, devServerOrigin, isAppUrl } from './origin';
import { registerAppScheme, serveRenderer } from './protocol';
import { hardenAllWebContents, hardenSession } from './security';
import { createMainWindow } from './window';

// Wiring only: the backend owns every rule; this file starts it and gives it a window.

// Privileged schemes must be registered before 'ready' — keep this first, with no await before it.
registerAppScheme();
hardenAllWebContents();

// Tests point the app at their own folder, which also gives them their own single-instance lock.
if (process.env.NADZOR_USER_DATA) app.setPath('userData', resolve(process.env.NADZOR_USER_DATA));

let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  // Another Nadzor already has this data folder open; it gets focused through 'second-instance'.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  start().catch((error: unknown) => exitWithError(error));
}

async function start(): Promise<void> {
  await app.whenReady();
  const devOrigin = devServerOrigin(process.env.ELECTRON_RENDERER_URL, app.isPackaged);
  if (app.isPackaged) Menu.setApplicationMenu(null); // no reload / DevTools entries for users

  hardenSession(session.defaultSession, devOrigin);
  serveRenderer(join(import.meta.dirname, '..', 'renderer'), contentSecurityPolicy(devOrigin));

  const dbPath = process.env.NADZOR_DB
    ? resolve(process.env.NADZOR_DB)
    : join(app.getPath('userData'), 'nadzor.sqlite');
  let backend: Backend;
  try {
    // The database lives in a process of its own, so a long import or a PDF never freezes the window.
    // NADZOR_DB names a file (tests, a second database): no choice to make. Otherwise the first start's
    // choice, kept in the data folder, says whether this window works on that file or the office server.
    backend = await startBackendProcess(
      join(import.meta.dirname, 'backend.js'),
      {
        dbPath,
        ...(process.env.NADZOR_DB ? {} : { dataDir: app.getPath('userData') }),
        ...withNativeBinding(electronNativeBinding(app.isPackaged)),
      },
      (code) =>
        exitWithError(new BackendStartError(`the backend process ended (${code})`, 'app.backendStopped')),
    );
  } catch (error) {
    if (await offerRestore(error, dbPath).catch(() => false)) return;
    exitWithError(error, dbPath);
    return;
  }
  closeOnQuit(backend);
  handleCalls(backend, (url) => isAppUrl(url, devOrigin));
  serveChangeStreams(backend, (url) => isAppUrl(url, devOrigin));

  mainWindow = createMainWindow({
    preload: join(import.meta.dirname, '..', 'preload', 'index.cjs'),
    url: devOrigin ? (process.env.ELECTRON_RENDERER_URL ?? devOrigin) : appEntryUrl,
    statePath: join(app.getPath('userData'), 'window-state.json'),
    devTools: !app.isPackaged,
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function withNativeBinding(file: string | undefined): { nativeBinding?: string } {
  return file ? { nativeBinding: file } : {};
}

/** The database is closed (WAL checkpointed) before the process ends. */
function closeOnQuit(backend: Backend): void {
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    closed = true;
    event.preventDefault();
    void backend
      .close()
      .catch((error: unknown) => console.error('nadzor: closing the database failed', error))
      .finally(() => app.quit());
  });
}

/**
 * A database that cannot be opened (newer schema, not a Nadzor file) or any startup failure: one
 * dialog in the user's words, then exit. Nothing is open yet, so there is nothing to clean up.
 */
function exitWithError(error: unknown, dbPath?: string): void {
  console.error('nadzor: startup failed', error);
  const { key, params, message } = (typeof error === 'object' && error !== null ? error : {}) as {
    key?: unknown;
    params?: unknown;
    message?: unknown;
  };
  const worded =
    typeof key === 'string'
      ? translate(
          defaultLanguage,
          key,
          typeof params === 'object' && params !== null ? { ...params } : undefined,
        )
      : typeof message === 'string'
        ? message
        : String(error);
  dialog.showErrorBox(translate(defaultLanguage, 'app.name'), dbPath ? `${worded}\n\n${dbPath}` : worded);
  app.exit(1);
}
