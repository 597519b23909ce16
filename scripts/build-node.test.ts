import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildNodeEntry } from './build-node.mjs';

// A tiny program in a folder of its own: an entry, a module it imports, and one it loads on use.
let dir: string;
let out: string;
const source = (name: string) => join(dir, name);
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);

function write(name: string, text: string, modifiedAt = hoursAgo(3)): void {
  writeFileSync(source(name), text);
  utimesSync(source(name), modifiedAt, modifiedAt);
}
/**
 * A moment just after the last build began: an edit saved then makes a source newer than the build.
 * Rounded up to the next whole millisecond first: a time set through a Date is truncated to whole
 * milliseconds and stored in binary fractions of a second, so "mtime + 1 ms" could land back at the
 * build's own time (one run in a few failed so).
 */
const justAfterTheBuild = () => new Date(Math.ceil(statSync(join(out, 'main.mjs')).mtimeMs) + 1);

const build = () => buildNodeEntry(source('main.ts'), out);
const run = (...args: string[]) =>
  execFileSync(process.execPath, [join(out, 'main.mjs'), ...args], { encoding: 'utf8' });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'nadzor-build-'));
  out = join(dir, 'out');
  write('word.ts', "export const word: string = 'first';\n");
  write('heavy.ts', "console.log('heavy loaded');\nexport const heavy = 1;\n");
  write(
    'main.ts',
    "import { word } from './word';\nconsole.log(word);\nif (process.argv[2] === 'heavy') await import('./heavy');\n",
  );
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('buildNodeEntry', () => {
  it('builds a missing output into <out>/<entry name>.mjs that runs under plain Node', () => {
    expect(build()).toEqual({ file: join(out, 'main.mjs'), built: true });
    expect(run()).toBe('first\n');
  });

  it('does not rebuild while no source it bundles is newer than the output', () => {
    build();
    const builtAt = statSync(join(out, 'main.mjs')).mtimeMs;
    expect(build().built).toBe(false);
    expect(build().built).toBe(false);
    expect(statSync(join(out, 'main.mjs')).mtimeMs).toBe(builtAt);
  });

  it('rebuilds when an imported source is newer than the output, with its new content', () => {
    build();
    write('word.ts', "export const word: string = 'second';\n", justAfterTheBuild());
    expect(build().built).toBe(true);
    expect(run()).toBe('second\n');
    expect(build().built).toBe(false);
  });

  it('rebuilds when the output is gone', () => {
    build();
    rmSync(join(out, 'main.mjs'));
    expect(build().built).toBe(true);
    expect(run()).toBe('first\n');
  });

  it('loads a module imported on use only when it is used, and drops chunks a rebuild replaced', () => {
    build();
    expect(run()).toBe('first\n');
    expect(run('heavy')).toBe('first\nheavy loaded\n');
    const chunksBefore = JSON.parse(readFileSync(join(out, 'build.json'), 'utf8')) as { outputs: string[] };
    write('heavy.ts', "console.log('heavy changed');\nexport const heavy = 2;\n", justAfterTheBuild());
    expect(build().built).toBe(true);
    expect(run('heavy')).toBe('first\nheavy changed\n');
    const replaced = chunksBefore.outputs.filter((file) => !file.endsWith('main.mjs'));
    expect(replaced.length).toBeGreaterThan(0);
    for (const file of replaced) expect(() => statSync(file)).toThrow();
  });

  it('rebuilds when npm changed a bundled package, known by the record npm keeps of node_modules', () => {
    // A bundled package: not a dependency of the project's package.json, so the build carries it.
    mkdirSync(source('node_modules/greeting'), { recursive: true });
    write('node_modules/greeting/package.json', '{"name":"greeting","main":"index.js"}\n');
    write('node_modules/greeting/index.js', "exports.greeting = 'hello';\n");
    write('node_modules/.package-lock.json', '{"packages":{}}\n');
    write('main.ts', "import { greeting } from 'greeting';\nconsole.log(greeting);\n");
    build();
    expect(run()).toBe('hello\n');
    const { inputs } = JSON.parse(readFileSync(join(out, 'build.json'), 'utf8')) as { inputs: string[] };
    expect(inputs).toContain(source('node_modules/.package-lock.json'));
    expect(inputs).not.toContain(source('node_modules/greeting/index.js'));

    // npm writes the package's new files and its record of the folder.
    write('node_modules/greeting/index.js', "exports.greeting = 'salem';\n", justAfterTheBuild());
    write('node_modules/.package-lock.json', '{"packages":{"greeting":{}}}\n', justAfterTheBuild());
    expect(build().built).toBe(true);
    expect(run()).toBe('salem\n');
  });
});
