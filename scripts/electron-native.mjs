#!/usr/bin/env node
// Why this exists: better-sqlite3 is a native addon, and one `.node` file cannot serve two runtimes.
// `npm install` builds node_modules/better-sqlite3 for plain Node (tests, CLI, local host); Electron has
// a different ABI. Rebuilding node_modules in place for Electron would break `npm test`, so this script
// keeps a second, Electron-ABI copy in build/electron-native/ that Electron's main process passes to
// better-sqlite3 as `nativeBinding`. Runs as `postinstall` (never failing the install) and, through
// prepareElectronNative(), from scripts/require-electron.mjs before `npm start` / `npm run dev`.
// Plain Node ESM with built-ins only: it must run before anything else is trusted to work.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = path.join(root, 'build', 'electron-native');
const copyDir = path.join(outDir, 'better-sqlite3');
const markerPath = path.join(copyDir, 'nadzor-electron-native.json');

/** The file electron/main/native-binding.ts looks for; keep the two in step. */
export const bindingPath = path.join(copyDir, 'build', 'Release', 'better_sqlite3.node');
/** Output of the last prebuild-install / node-gyp attempt, so the one-line summaries can point to it. */
export const logPath = path.join(outDir, 'prepare.log');

// npm turns ~/.npmrc into npm_config_* variables (this machine sets nodedir=/usr), and node-gyp lets
// those variables override its command-line flags: left in, they would silently build against Node's
// headers instead of Electron's. The log level goes too, so prepare.log says what went wrong.
// prettier-ignore
const overriddenSettings = new Set([
  'nodedir', 'target', 'runtime', 'disturl', 'dist_url', 'arch', 'target_arch', 'platform',
  'target_platform', 'build_from_source', 'devdir', 'libc', 'abi', 'loglevel', 'silent',
]);

/**
 * Makes sure build/electron-native holds a better-sqlite3 binary for the installed Electron.
 * Never throws for expected failures (offline, no compiler): returns `{ ok: false, reason }`.
 * @returns {{ ok: true, bindingPath: string, built: boolean } | { ok: false, reason: string }}
 */
export function prepareElectronNative() {
  const electron = readJson(packageFile('electron'));
  if (!electron) return { ok: false, reason: 'the electron package is not installed' };
  const sqliteManifest = packageFile('better-sqlite3');
  const sqlite = readJson(sqliteManifest);
  if (!sqliteManifest || !sqlite) return { ok: false, reason: 'better-sqlite3 is not installed' };

  const target = {
    electron: electron.version,
    abi: readAbi(path.dirname(packageFile('electron'))),
    betterSqlite3: sqlite.version,
    platform: process.platform,
    arch: process.arch,
  };
  if (markerMatches(target) && fs.existsSync(bindingPath)) return { ok: true, bindingPath, built: false };

  // A fresh copy without build/: a stale or Node-ABI binary must never be mistaken for the result.
  const sqliteDir = fs.realpathSync(path.dirname(sqliteManifest));
  fs.rmSync(copyDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  fs.cpSync(sqliteDir, copyDir, { recursive: true, filter: (src) => src !== path.join(sqliteDir, 'build') });

  const log = fs.openSync(logPath, 'w');
  try {
    for (const attempt of [prebuildInstall(target, sqliteDir), nodeGypRebuild(target)]) {
      if (!attempt) continue;
      fs.writeSync(log, `\n$ ${attempt.label}\n`);
      const result = spawnSync(process.execPath, attempt.args, {
        cwd: copyDir,
        env: childEnv(),
        stdio: ['ignore', log, log],
        timeout: attempt.timeoutMs,
        windowsHide: true,
      });
      if (result.status === 0 && fs.existsSync(bindingPath)) {
        fs.writeFileSync(markerPath, JSON.stringify({ ...target, via: attempt.name }, null, 2) + '\n');
        return { ok: true, bindingPath, built: true };
      }
      fs.writeSync(log, `\n${attempt.name} failed (${result.error?.message ?? `exit ${result.status}`})\n`);
    }
  } finally {
    fs.closeSync(log);
  }
  return {
    ok: false,
    reason: `no prebuilt binary could be fetched and building one failed, see ${relative(logPath)}`,
  };
}

/** Prebuilt binaries from better-sqlite3's GitHub releases: seconds, and no compiler needed. */
function prebuildInstall(target, sqliteDir) {
  const bin = resolveFrom(path.join(sqliteDir, 'package.json'), 'prebuild-install/bin.js');
  if (!bin) return null;
  const flags = [
    `--runtime=electron`,
    `--target=${target.electron}`,
    `--arch=${target.arch}`,
    `--platform=${target.platform}`,
  ];
  return {
    name: 'prebuild-install',
    label: `prebuild-install ${flags.join(' ')}`,
    args: [bin, ...flags, '--verbose'],
    timeoutMs: 120_000,
  };
}

/** Compiling against Electron's headers: needs network access to electronjs.org and a C++ toolchain. */
function nodeGypRebuild(target) {
  const bin = findNodeGyp();
  if (!bin) return null;
  const flags = [
    'rebuild',
    '--release',
    '--runtime=electron',
    `--target=${target.electron}`,
    `--arch=${target.arch}`,
    '--dist-url=https://electronjs.org/headers',
    `--devdir=${path.join(os.homedir(), '.electron-gyp')}`,
    '--jobs=max',
    '--loglevel=info',
  ];
  return {
    name: 'node-gyp',
    label: `node-gyp ${flags.join(' ')}`,
    args: [bin, ...flags],
    timeoutMs: 15 * 60_000,
  };
}

/** node-gyp from the project, else the copy npm bundles (npm names it in npm_config_node_gyp). */
function findNodeGyp() {
  const bundled = process.env.npm_config_node_gyp;
  const npmDirs = [
    path.join(path.dirname(process.execPath), '..', 'lib'),
    path.dirname(process.execPath),
  ].map((dir) => path.join(dir, 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  const candidates = [
    resolveFrom(path.join(root, 'package.json'), 'node-gyp/bin/node-gyp.js'),
    bundled,
    ...npmDirs,
  ];
  return candidates.find((file) => file && fs.existsSync(file)) ?? null;
}

function childEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    const setting = key
      .toLowerCase()
      .replaceAll('-', '_')
      .replace(/^(npm_config_|npm_package_config_node_gyp_)/, '');
    if (setting !== key.toLowerCase().replaceAll('-', '_') && overriddenSettings.has(setting))
      delete env[key];
  }
  return env;
}

/** Electron ships its ABI number next to package.json; the marker records it for clarity. */
function readAbi(electronDir) {
  try {
    return fs.readFileSync(path.join(electronDir, 'abi_version'), 'utf8').trim();
  } catch {
    return null;
  }
}

function markerMatches(target) {
  const marker = readJson(markerPath);
  return marker !== null && Object.entries(target).every(([key, value]) => marker[key] === value);
}

function packageFile(name) {
  return resolveFrom(path.join(root, 'package.json'), `${name}/package.json`);
}

function resolveFrom(from, request) {
  try {
    return createRequire(from).resolve(request);
  } catch {
    return null;
  }
}

function readJson(file) {
  try {
    return file ? JSON.parse(fs.readFileSync(file, 'utf8')) : null;
  } catch {
    return null;
  }
}

const relative = (file) => path.relative(process.cwd(), file) || file;
const isSet = (value) => value !== undefined && value !== '' && value !== '0' && value !== 'false';

// As `postinstall`: one line at most, and always exit 0 — a missing Electron copy must never fail
// `npm install`, since tests, the CLI and `npm run serve` do not need it.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const notPrepared = (why) =>
    console.log(
      `Nadzor: the Electron copy of better-sqlite3 was not prepared (${why}); \`npm start\` will try again.`,
    );
  if (isSet(process.env.CI)) notPrepared('CI is set');
  else if (isSet(process.env.ELECTRON_SKIP_BINARY_DOWNLOAD))
    notPrepared('ELECTRON_SKIP_BINARY_DOWNLOAD is set');
  else {
    try {
      const result = prepareElectronNative();
      if (!result.ok) notPrepared(result.reason);
      else if (result.built)
        console.log(`Nadzor: prepared the Electron copy of better-sqlite3 in ${relative(outDir)}.`);
    } catch (error) {
      notPrepared(error instanceof Error ? error.message : String(error));
    }
  }
  process.exitCode = 0;
}
