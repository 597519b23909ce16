import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { app, dialog, Menu, session, type BrowserWindow } from 'electron';
import type { Backend } from '../../backend/types';
import { defaultLanguage, translate } from '../../shared/i18n';
import { BackendStartError, startBackendProcess } from './backend-process';
import { handleCalls, serveChangeStreams } from './ipc';
import { loadChosenDatabase, saveChosenDatabase } from './chosen-database';
import { electronNativeBinding } from './native-binding';
import { appEntryUrl, contentSecurityPolicy, devServerOrigin, isAppUrl } from './origin';
import { registerAppScheme, serveRenderer } from './protocol';
import { hardenAllWebContents, hardenSession } from './security';
import { openAtStartup } from './startup-recovery';
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

  // The database lives in a process of its own, so a long import or a PDF never freezes the window.
  // A file named outright (NADZOR_DB: tests, a second database) or chosen by the person is opened as it
  // is; otherwise the first start's choice, kept in the data folder, says whether this window works on
  // its own file or the office server. A refused file: startup-recovery.ts asks what to do.
  const userData = app.getPath('userData');
  const choiceFile = join(userData, 'database-file.json');
  const backend = await openAtStartup<Backend>({
    language: defaultLanguage,
    defaultPath: join(userData, 'nadzor.sqlite'),
    namedPath: process.env.NADZOR_DB ? resolve(process.env.NADZOR_DB) : undefined,
    remembered: loadChosenDatabase(choiceFile),
    exists: existsSync,
    remember: (dbPath) => saveChosenDatabase(choiceFile, dbPath),
    showMessageBox: (options) => dialog.showMessageBox(options),
    showOpenDialog: (options) => dialog.showOpenDialog(options),
    start: (dbPath, named) =>
      startBackendProcess(
        join(import.meta.dirname, 'backend.js'),
        {
          dbPath,
          ...(named ? {} : { dataDir: userData }),
          ...withNativeBinding(electronNativeBinding(app.isPackaged)),
        },
        (code) =>
          exitWithError(new BackendStartError(`the backend process ended (${code})`, 'app.backendStopped')),
      ),
  });
  if (!backend) {
    app.exit(0); // the person chose to quit: nothing was opened, nothing written
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
 * A startup failure other than a refused database (those are asked about: startup-recovery.ts): one
 * dialog in the user's words, then exit. Nothing is open yet, so there is nothing to clean up.
 */
function exitWithError(error: unknown): void {
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
  dialog.showErrorBox(translate(defaultLanguage, 'app.name'), worded);
  app.exit(1);
}
