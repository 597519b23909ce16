#!/usr/bin/env node
// Why this exists: `npm start` / `npm run dev` need two things plain `npm install` may not have produced
// — Electron's own binary (Electron 45 downloads it lazily, on first use) and the Electron-ABI copy of
// better-sqlite3 (scripts/electron-native.mjs). Without this check, a missing piece surfaces as a stack
// trace from deep inside electron-vite or better-sqlite3; here it becomes one paragraph saying what
// happened and that the browser build (`npm run serve`) works regardless. Built-ins only.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareElectronNative } from './electron-native.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const isSet = (value) => value !== undefined && value !== '' && value !== '0' && value !== 'false';
const serveHint =
  'Everything else in Nadzor works without it: the tests, the `nadzor` CLI, and the complete app in a browser through `npm run serve -- --db nadzor.sqlite`.';

/** Same lookup as node_modules/electron/index.js, minus its side effect of downloading. */
function electronBinary(electronDir) {
  const pathFile = path.join(electronDir, 'path.txt');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const executable = fs.existsSync(pathFile)
    ? fs.readFileSync(pathFile, 'utf8')
    : override
      ? 'electron'
      : null;
  if (!executable) return null;
  const file = path.join(override || path.join(electronDir, 'dist'), executable);
  return fs.existsSync(file) ? file : null;
}

function electronDirectory() {
  try {
    return path.dirname(createRequire(path.join(root, 'package.json')).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

function fail(paragraph) {
  console.error(`\n${paragraph}\n`);
  process.exit(1);
}

const electronDir = electronDirectory();
if (!electronDir) fail(`Nadzor: the electron package is not installed (run \`npm install\`). ${serveHint}`);

if (!electronBinary(electronDir)) {
  let why = 'ELECTRON_SKIP_BINARY_DOWNLOAD is set, so it was not downloaded';
  let remedy = 'unset ELECTRON_SKIP_BINARY_DOWNLOAD';
  if (!isSet(process.env.ELECTRON_SKIP_BINARY_DOWNLOAD)) {
    remedy = 'allow access to github.com (or set ELECTRON_MIRROR to a reachable mirror)';
    // Electron's own installer; its errors are long stack traces, so only their first line is kept.
    console.log('Nadzor: downloading the Electron runtime (about 100 MB, once)…');
    const install = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'inherit', 'pipe'],
      timeout: 15 * 60_000,
    });
    const firstLine = (install.stderr || install.error?.message || '').trim().split('\n')[0];
    why = `downloading it failed${firstLine ? ` (${firstLine.slice(0, 200)})` : ''}`;
  }
  if (!electronBinary(electronDir)) {
    fail(
      `Nadzor cannot open its desktop window: the Electron runtime is not installed in ` +
        `node_modules/electron/dist and ${why}. ${serveHint} To get the desktop window, ${remedy} and run ` +
        `this command again.`,
    );
  }
}

const native = prepareElectronNative();
if (!native.ok) {
  fail(
    `Nadzor cannot open its desktop window: the Electron build of its SQLite driver (better-sqlite3) is ` +
      `missing, and ${native.reason}. It is fetched from the better-sqlite3 releases on github.com, or ` +
      `compiled with Electron's headers from electronjs.org and a C++ toolchain. ${serveHint}`,
  );
}
if (native.built) console.log('Nadzor: prepared the Electron build of better-sqlite3.');
