import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDbPath } from '../db/test-support';
import {
  canonicalFileText,
  registerCases,
  registerPersons,
} from '../shared/domain/testing/register-fixtures';
import { runCli } from './run-cli';

const nadzor = (...args: string[]) => runCli(args);

function writeText(db: string, name: string, text: string): string {
  const path = join(dirname(db), name);
  writeFileSync(path, text);
  return path;
}

describe('CLI import and export of the monitoring register', () => {
  it('imports cases and register, and export → import → export gives the same file', () => {
    const db = tempDbPath();
    const text = canonicalFileText(registerCases, registerPersons);
    const file = writeText(db, 'register.json', text);
    const imported = nadzor('import', file, '--db', db);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    expect(imported.stdout).toBe(
      `imported 2 cases from ${file}: 2 new, 0 updated, 0 skipped; 1 victim, 2 defendants; ` +
        'monitoring register: 2 persons (2 new, 0 updated, 0 skipped); new article: 188\n',
    );
    const first = join(dirname(db), 'first.json');
    expect(nadzor('export', '--out', first, '--db', db).code).toBe(0);
    expect(readFileSync(first, 'utf8')).toBe(text);
    const copy = join(dirname(db), 'copy.sqlite');
    const second = join(dirname(db), 'second.json');
    expect(nadzor('import', first, '--db', copy).code).toBe(0);
    expect(nadzor('export', '--out', second, '--db', copy).code).toBe(0);
    expect(readFileSync(second, 'utf8')).toBe(text);
    expect(nadzor('audit', 'verify', '--db', copy).stdout).toMatch(/^audit: OK \(\d+ entries\)/);
  });

  it('prints every problem of the register with its JSON path and writes nothing', () => {
    const db = tempDbPath();
    const [amanov, seitkali] = registerPersons;
    const file = writeText(
      db,
      'bad.json',
      JSON.stringify({
        format: 'nadzor.cases/v1',
        cases: registerCases,
        monitoring: [
          amanov,
          { ...seitkali, iin: '930715400124' },
          {
            ...seitkali,
            personId: 'M-000001',
            caseLinks: [{ registryNumber: 'R-404', status: 'confirmed' }],
          },
        ],
      }),
    );
    const result = nadzor('import', file, '--db', db);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'monitoring[1].iin: the check digit (12th) does not match the first 11 digits',
      'monitoring[2].personId: this register number is already used by person 0 of the file',
      'monitoring[2].caseLinks[0].registryNumber: there is no case R-404 in the file or the database',
    ]);
    const out = join(dirname(db), 'out.json');
    expect(nadzor('export', '--out', out, '--db', db).stdout).toMatch(/exported 0 cases/);
    expect(readFileSync(out, 'utf8')).not.toContain('monitoring');
  });

  it('refuses a known register number by default, skips or updates it on request', () => {
    const db = tempDbPath();
    const file = writeText(db, 'register.json', canonicalFileText(registerCases, registerPersons));
    expect(nadzor('import', file, '--db', db).code).toBe(0);
    const changed = writeText(
      db,
      'changed.json',
      JSON.stringify({
        format: 'nadzor.cases/v1',
        cases: [],
        monitoring: [{ ...registerPersons[1], notes: 'new' }],
      }),
    );
    const again = nadzor('import', changed, '--db', db);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/M-000002; nothing was written \(use --on-conflict skip\|update\)/);
    expect(nadzor('import', changed, '--db', db, '--on-conflict', 'skip').stdout).toMatch(
      /monitoring register: 1 person \(0 new, 0 updated, 1 skipped\)/,
    );
    expect(nadzor('import', changed, '--db', db, '--on-conflict', 'update').stdout).toMatch(
      /monitoring register: 1 person \(0 new, 1 updated, 0 skipped\)/,
    );
    expect(nadzor('audit', 'verify', '--db', db).stdout).toMatch(/^audit: OK/);
  });
});

describe('CLI demo with its monitoring register', () => {
  it('fills the register too; 2024 keeps the review’s case figures and gains re-offenders', () => {
    const db = tempDbPath();
    const filled = nadzor('demo', '--db', db);
    expect(filled.code).toBe(0);
    expect(filled.stdout).toMatch(/; monitoring register: \d+ persons\n$/);
    const stats = nadzor('stats', '--year', '2024', '--json', '--db', db);
    expect(stats.code).toBe(0);
    const figures = JSON.parse(stats.stdout) as {
      pipeline: Record<string, number>;
      monitoring: { asOf: string; personsMonitored: number; reoffendedPersons: number };
    };
    expect(figures.pipeline).toMatchObject({
      registered: 52,
      forwardedToCourt: 34,
      convictedPersons: 27,
      sentencedPersons: 27,
      imprisonedPersons: 11,
    });
    expect(figures.monitoring).toMatchObject({ asOf: '2024-12-31' });
    expect(figures.monitoring.personsMonitored).toBeGreaterThan(0);
    expect(figures.monitoring.reoffendedPersons).toBeGreaterThan(0);
    expect(nadzor('audit', 'verify', '--db', db).stdout).toMatch(/^audit: OK/);
  });
});
