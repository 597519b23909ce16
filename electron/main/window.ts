import { BrowserWindow, screen } from 'electron';
import { loadWindowState, saveWindowState } from './window-state';

export interface MainWindowOptions {
  /** Absolute path of out/preload/index.cjs. */
  preload: string;
  /** `app://nadzor/index.html`, or the dev server URL under `electron-vite dev`. */
  url: string;
  /** JSON file in userData that remembers size and position. */
  statePath: string;
  devTools: boolean;
}

const defaultSize = { width: 1280, height: 800 };

/** The one application window, sandboxed and isolated; navigation rules live in security.ts. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const saved = loadWindowState(options.statePath, workAreas);
  const { workArea } = screen.getPrimaryDisplay();

  const window = new BrowserWindow({
    ...(saved
      ? { x: saved.x, y: saved.y, width: saved.width, height: saved.height }
      : {
          width: Math.min(defaultSize.width, workArea.width),
          height: Math.min(defaultSize.height, workArea.height),
        }),
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Nadzor',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: options.devTools,
    },
  });

  window.once('ready-to-show', () => {
    if (saved?.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => {
    saveWindowState(options.statePath, { ...window.getNormalBounds(), maximized: window.isMaximized() });
  });
  window.loadURL(options.url).catch((error: unknown) => {
    console.error(`nadzor: could not load ${options.url}`, error);
  });
  return window;
}
