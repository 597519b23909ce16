import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Electron-ABI better-sqlite3 binary that scripts/electron-native.mjs prepares
 * (node_modules/better-sqlite3 itself stays built for plain Node, for the tests and CLI).
 * A packaged app carries it as an extra resource (electron-builder.yml); a source checkout finds it
 * in build/, resolved from out/main/, since `electron out/main/index.js` makes out/main the app path.
 */
export function electronNativeBinding(
  isPackaged: boolean,
  mainDir: string = import.meta.dirname,
  resourcesPath: string = process.resourcesPath,
): string | undefined {
  if (isPackaged) return join(resourcesPath, 'native', 'better_sqlite3.node');
  const file = join(
    mainDir,
    '..',
    '..',
    'build',
    'electron-native',
    'better-sqlite3',
    'build',
    'Release',
    'better_sqlite3.node',
  );
  return existsSync(file) ? file : undefined;
}
