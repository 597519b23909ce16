import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { electronNativeBinding } from '../../electron/main/native-binding';

export const projectRoot = resolve(import.meta.dirname, '..', '..');

/**
 * Where Electron's executable is, or null when it is not installed. Mirrors
 * node_modules/electron/index.js without its side effect: requiring that module downloads the binary.
 */
export function electronBinaryPath(): string | null {
  let electronDir: string;
  try {
    electronDir = dirname(createRequire(join(projectRoot, 'package.json')).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(electronDir, 'path.txt');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : override ? 'electron' : null;
  if (!executable) return null;
  const file = join(override || join(electronDir, 'dist'), executable);
  return existsSync(file) ? file : null;
}

export function hasElectronBinary(): boolean {
  return electronBinaryPath() !== null;
}

/** The Electron-ABI better-sqlite3 the main process loads from a source checkout (see scripts/electron-native.mjs). */
export function electronNativeBindingPath(): string | undefined {
  return electronNativeBinding(false, join(projectRoot, 'out', 'main'));
}
