import {
  existsSync,
  linkSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliError } from './cli-error';
import { writeOutputFile } from './output-file';

/** A process id no process has now: a child that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(child.stdout);
}

describe('writeOutputFile', () => {
  let dir = '';
  let db = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'nadzor-output-'));
    db = join(dir, 'nadzor.sqlite');
    writeFileSync(db, 'the database');
    writeFileSync(`${db}-wal`, 'its log');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const parts = () => readdirSync(dir).filter((name) => name.endsWith('.part'));

  it('refuses the open database and its companion files by whatever name reaches them', async () => {
    linkSync(db, join(dir, 'hard-link.sqlite'));
    symlinkSync(db, join(dir, 'symlink.sqlite'));
    const names = [
      db,
      join(dir, '.', '..', basename(dir), 'nadzor.sqlite'),
      join(dir, 'hard-link.sqlite'),
      join(dir, 'symlink.sqlite'),
      `${db}-wal`,
    ];
    for (const name of names) {
      const written = writeOutputFile(name, db, async (write) => write('{}'));
      await expect(written, name).rejects.toThrow(CliError);
      await expect(written).rejects.toThrow('is the database this command reads');
    }
    expect(readFileSync(db, 'utf8')).toBe('the database');
    expect(readFileSync(`${db}-wal`, 'utf8')).toBe('its log');
    expect(parts()).toEqual([]);
  });

  it('writes a new file whole and leaves no part file; with no database named, any path is an output', async () => {
    const out = join(dir, 'cases.json');
    expect(
      await writeOutputFile(out, null, async (write) => (await write('{"a":'), await write('1}'), 2)),
    ).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('{"a":1}');
    expect(parts()).toEqual([]);
  });

  it('leaves the old file and no part when the run fails half-way', async () => {
    const out = join(dir, 'cases.json');
    writeFileSync(out, 'yesterday’s export');
    const failing = writeOutputFile(out, db, async (write) => {
      await write('{"format": "nadzor.cases/v1", "cases": [');
      throw new Error('the database went away');
    });
    await expect(failing).rejects.toThrow('the database went away');
    expect(readFileSync(out, 'utf8')).toBe('yesterday’s export');
    expect(parts()).toEqual([]);
  });

  it('says which output cannot be written, as the file system says why', async () => {
    const out = join(dir, 'no-such-folder', 'cases.json');
    await expect(writeOutputFile(out, db, async (write) => write('{}'))).rejects.toThrow(
      `cannot write ${out}: ENOENT`,
    );
  });

  it('clears the part files of runs that were killed, and keeps those of a run still going', async () => {
    const out = join(dir, 'cases.json');
    const stale = `${out}.${deadPid()}.part`;
    const running = `${out}.${process.ppid}.part`;
    const otherOutput = join(dir, 'other.json.1.part');
    for (const file of [stale, running, otherOutput]) writeFileSync(file, '{"format"');
    await writeOutputFile(out, db, async (write) => write('{}'));
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(running)).toBe(true);
    expect(existsSync(otherOutput)).toBe(true);
  });
});
