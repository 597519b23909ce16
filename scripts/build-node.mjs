// The one way a Node entry point of ours (the command line, the web host, the e2e test host) becomes
// plain JavaScript: esbuild bundles our TypeScript into out/<dir>/<name>.mjs, dependencies load from
// node_modules as usual. Each build records the files it read, so the next start can tell whether the
// build is current by statting those files (a few milliseconds) instead of compiling at every start.
import { createRequire } from 'node:module';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILDER = fileURLToPath(import.meta.url);
/** What a build read and wrote, next to its output. */
const MANIFEST = 'build.json';

/**
 * Plain-JavaScript packages bundled into our own files. Node resolved and compiled zod's many modules
 * one by one, about 50 ms of each command line call; ECharts (with zrender, its drawing engine) is
 * bundled with only the parts the charts use (shared/charts/parts.ts), into a chunk loaded when a chart
 * is drawn. Every other package (native ones, and those loaded only on use) still loads from
 * node_modules.
 */
export const BUNDLED = ['zod', 'commander', 'i18next', 'jsonc-parser', 'echarts', 'zrender'];

/** The project's packages that a build leaves to node_modules: read when building, not at each start. */
function externalPackages() {
  const project = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  return [...Object.keys(project.dependencies ?? {}), ...Object.keys(project.devDependencies ?? {})].filter(
    (name) => !BUNDLED.includes(name),
  );
}

/** The command line (`npm run nadzor`) and the web host (`npm run serve`): their sources and builds. */
export const CLI = { entry: 'cli/main.ts', outDir: 'out/cli' };
export const HOST = { entry: 'host/serve.ts', outDir: 'out/host' };

/** The file `entry` (a path under the project, e.g. cli/main.ts) is built to inside `outDir`. */
export const builtFile = (entry, outDir) => resolve(ROOT, outDir, `${basename(entry, extname(entry))}.mjs`);

function readManifest(outDir) {
  try {
    return JSON.parse(readFileSync(join(outDir, MANIFEST), 'utf8'));
  } catch {
    return null;
  }
}

/** True when the last build's output exists and none of the files it read changed since it began. */
function isCurrent(entry, outDir) {
  const manifest = readManifest(outDir);
  if (!manifest || manifest.entry !== resolve(ROOT, entry)) return false;
  try {
    const builtAt = statSync(builtFile(entry, outDir)).mtimeMs;
    return manifest.inputs.every((file) => statSync(file).mtimeMs <= builtAt);
  } catch {
    return false; // an output or an input is gone
  }
}

/**
 * Builds `entry` into `outDir` (both relative to the project root, or absolute) unless the last build
 * is current. Code loaded on use (`await import(...)`) goes into a chunk of its own, so a command
 * that does not need the PDF engine never loads it. Returns the built file and whether it was built now.
 */
export function buildNodeEntry(entry, outDir) {
  const dir = resolve(ROOT, outDir);
  const file = builtFile(entry, dir);
  if (isCurrent(entry, dir)) return { file, built: false };

  // Loaded only when building: a current build starts without esbuild.
  const { buildSync } = createRequire(import.meta.url)('esbuild');
  // The file system's clock is coarser than Date's: go back a little so that a source saved while
  // this build ran always counts as newer than it.
  const startedAt = new Date(Date.now() - 100);
  const result = buildSync({
    entryPoints: [resolve(ROOT, entry)],
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    absWorkingDir: ROOT,
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Dependencies other than BUNDLED (better-sqlite3's native module among them) load from
    // node_modules as usual; a package named here stands for its subpaths too.
    external: externalPackages(),
    // jsonc-parser's "main" is a UMD build that requires its own files at run time; its ES build is whole.
    mainFields: ['module', 'main'],
    // commander is CommonJS and requires Node's modules: an ES module has no \`require\` of its own.
    banner: {
      js: "import { createRequire as createRequireOfBundle } from 'node:module';\nconst require = createRequireOfBundle(import.meta.url);",
    },
    metafile: true,
    write: false,
    logLevel: 'error',
  });

  // Chunks have content-hashed names, so writing them never disturbs a process running the old
  // build; every file is replaced in one step (rename), the entry file last, so no process sees half
  // of a build.
  mkdirSync(dir, { recursive: true });
  const outputs = result.outputFiles.map((output) => output.path);
  for (const output of result.outputFiles)
    if (output.path !== file) replaceFile(output.path, output.contents);
  const read = Object.keys(result.metafile.inputs).map((input) => resolve(ROOT, input));
  const inputs = [...startChecks(read), BUILDER];
  // The packages bundled in, by name: what the build carries besides our own code.
  const packages = [...new Set(read.flatMap((file) => packageOf(file)?.name ?? []))].sort();
  const previous = readManifest(dir);
  replaceFile(
    join(dir, MANIFEST),
    JSON.stringify({ entry: resolve(ROOT, entry), inputs, outputs, packages }, null, 1),
  );
  // Dated to the build's start: a source saved while it ran is newer, so the next start rebuilds.
  replaceFile(file, result.outputFiles.find((output) => output.path === file).contents, startedAt);
  for (const old of previous?.outputs ?? []) if (!outputs.includes(old)) rmSync(old, { force: true });
  return { file, built: true };
}

/**
 * The files a start stats to tell whether the build is current, for the files it read: a bundled
 * package's files (ECharts' alone are some 700, 15–30 ms of stats at every start) stand as the one
 * file npm rewrites whenever it changes their node_modules folder, where npm keeps one.
 */
function startChecks(read) {
  const checks = new Set();
  for (const file of read) {
    const folder = packageOf(file)?.folder;
    const installed = folder && join(folder, '.package-lock.json');
    checks.add(installed && existsSync(installed) ? installed : file);
  }
  return [...checks];
}

/** The package a file belongs to, by name, and the node_modules folder npm installed it into. */
function packageOf(file) {
  const found = /^(.*?[\\/]node_modules)[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(file);
  return found ? { folder: found[1], name: found[2] } : null;
}

function replaceFile(path, contents, modifiedAt) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  if (modifiedAt) utimesSync(temporary, modifiedAt, modifiedAt);
  renameSync(temporary, path);
}

/**
 * Runs the built `entry` in this process (building it first when needed), with the process's own
 * arguments, standard streams and exit code: what `npm run nadzor` and `npm run serve` start.
 */
export async function runBuilt(entry, outDir) {
  let file;
  try {
    ({ file } = buildNodeEntry(entry, outDir));
  } catch {
    // esbuild has printed each error with its file and line.
    console.error(`could not build ${entry}`);
    process.exit(1);
  }
  await import(pathToFileURL(file).href);
}
