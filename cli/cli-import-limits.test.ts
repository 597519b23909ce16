import Database from 'better-sqlite3';
import { truncateSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { tempDbPath } from '../db/test-support';
import { runCli } from './run-cli';
import { createDatabase } from './test-database';

/*
 * Hostile files given to `nadzor import`: too large, nested too deep, not JSON, not UTF-8. Each is
 * refused in one line that says what is wrong (and where), and the database is left as it was: no
 * case, no audit entry, no import run.
 */

const MIB = 1024 * 1024;

describe('nadzor import refuses a hostile file whole', () => {
  let db = '';
  beforeEach(async () => {
    db = tempDbPath();
    await createDatabase(db);
  });

  /** Cases, audit entries and import runs: the reference data's 22 entries, nothing else. */
  const written = () => {
    const file = new Database(db, { readonly: true });
    const count = (table: string) =>
      (file.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const counts = { cases: count('cases'), audit: count('audit_log'), imports: count('imports') };
    file.close();
    return counts;
  };
  const nothingWritten = { cases: 0, audit: 22, imports: 0 };

  const refused = (name: string, content: string | Buffer, message: string) => {
    const path = join(dirname(db), name);
    writeFileSync(path, content);
    const result = runCli(['import', path, '--db', db]);
    expect(result).toMatchObject({ code: 1, stdout: '', stderr: `nadzor: ${path}: ${message}\n` });
    expect(written()).toEqual(nothingWritten);
  };

  it('a file over 256 MB, by its size alone, before reading it', () => {
    const path = join(dirname(db), 'huge.json');
    writeFileSync(path, '');
    // A sparse file: 256 MB and one byte long, yet nothing on the disk and nothing to read.
    truncateSync(path, 256 * MIB + 1);
    const result = runCli(['import', path, '--db', db]);
    expect(result).toMatchObject({
      code: 1,
      stdout: '',
      stderr:
        `nadzor: ${path}: The file is 257 MB, more than the 256 MB an import takes; ` +
        'split it into smaller files and import each; nothing was written\n',
    });
    expect(written()).toEqual(nothingWritten);
  });

  it('100,000 nested arrays, without overflowing the stack', () => {
    refused(
      'deep.json',
      '['.repeat(100_000) + ']'.repeat(100_000),
      'The file nests arrays and objects more than 64 levels deep (line 1); a case file is never that deep; nothing was written',
    );
  });

  it('malformed JSON, by line and column', () => {
    refused(
      'broken.json',
      '{\n  "format": "nadzor.cases/v1"\n  "cases": []\n}\n',
      'The file is not valid JSON: a comma is missing at line 3, column 3; nothing was written',
    );
  });

  it('a UTF-16 file, named as such', () => {
    refused(
      'utf16.json',
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from('{"format": "nadzor.cases/v1", "cases": []}', 'utf16le'),
      ]),
      'The file is saved as UTF-16 text; save it as UTF-8 (in Notepad: Save as → Encoding: UTF-8) and import it again; nothing was written',
    );
  });
});
