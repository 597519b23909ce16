import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { dirname, join } from 'node:path';
import { runCli } from './run-cli';
import { describe, expect, it } from 'vitest';
import { tempDbPath } from '../db/test-support';

const nadzor = (...args: string[]) => runCli(args);

const goodCase = {
  registryNumber: '245100031000123',
  article: '194',
  part: '2',
  district: 'Almaty',
  registeredOn: '2024-02-11',
  forwardedToCourtOn: '2024-05-02',
  groupCrime: true,
  platforms: ['Telegram', 'Snapchat'],
  tactics: ['intimate-images', 'sextortion-bot'],
  damageKzt: 1500000,
  victims: [{ sex: 'F', birthDate: '1996-04-03', employment: 'informal' }],
  defendants: [
    {
      personId: 'P-000417',
      fullName: 'Surname Name Patronymic',
      sex: 'M',
      birthDate: '1988-11-20',
      employment: 'unemployed',
      priorConvictions: 2,
      convictedOn: '2024-09-10',
      sentence: { type: 'imprisonment', years: 5, months: 0, on: '2024-09-10' },
    },
  ],
};

function writeFile(db: string, name: string, cases: unknown[]) {
  const path = join(dirname(db), name);
  writeFileSync(path, JSON.stringify({ format: 'nadzor.cases/v1', cases }));
  return path;
}

describe('CLI import, export and demo', () => {
  it('import prints every problem with its JSON path, one per line, and writes nothing', () => {
    const db = tempDbPath();
    const bad = {
      ...goodCase,
      defendants: [{ ...goodCase.defendants[0], sex: 'X' }],
      forwardedToCourtOn: '2024-01-01',
    };
    const other = { ...goodCase, registryNumber: 'R-2', closedOn: '2024-03-01' };
    const file = writeFile(db, 'bad.json', [goodCase, other, bad]);
    const result = nadzor('import', file, '--db', db);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'cases[1].closedReason: the closure date and reason go together',
      'cases[1].closedOn: a closed case cannot be forwarded to court',
      'cases[2].defendants[0].sex: expected "M" or "F"',
      'cases[2].registryNumber: the same registry number as cases[0]',
      'cases[2].forwardedToCourtOn: cannot be before the registration date (2024-02-11)',
    ]);
    expect(nadzor('export', '--out', join(dirname(db), 'out.json'), '--db', db).stdout).toMatch(
      /exported 0 cases/,
    );
  });

  it('imports, refuses a known registry number by default, skips or updates on request', () => {
    const db = tempDbPath();
    const file = writeFile(db, 'good.json', [goodCase]);
    const first = nadzor('import', file, '--db', db);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toMatch(
      /^imported 1 case from .*: 1 new, 0 updated, 0 skipped; 1 victim, 1 defendant; new platform: Snapchat; new tactic: sextortion-bot\n$/,
    );
    const again = nadzor('import', file, '--db', db);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(
      /1 registry number is already in the database: 245100031000123; nothing was written/,
    );
    expect(nadzor('import', file, '--db', db, '--on-conflict', 'skip').stdout).toMatch(
      /0 new, 0 updated, 1 skipped/,
    );
    expect(nadzor('import', file, '--db', db, '--on-conflict', 'update').stdout).toMatch(
      /0 new, 1 updated, 0 skipped/,
    );
    expect(nadzor('import', file, '--db', db, '--on-conflict', 'merge').code).toBe(2);
    expect(nadzor('audit', 'verify', '--db', db).stdout).toMatch(/^audit: OK/);
  });

  it('names every conflicting registry number, however many there are, in one line', () => {
    const db = tempDbPath();
    const cases = Array.from({ length: 25 }, (_, i) => ({ ...goodCase, registryNumber: `R-${i + 1}` }));
    const file = writeFile(db, 'many.json', cases);
    expect(nadzor('import', file, '--db', db).code).toBe(0);
    const again = nadzor('import', file, '--db', db);
    expect(again.code).toBe(1);
    const numbers = cases.map((c) => c.registryNumber).join(', ');
    expect(again.stderr).toBe(
      `nadzor: 25 registry numbers are already in the database: ${numbers}; nothing was written (use --on-conflict skip|update)\n`,
    );
  });

  it('export → import into an empty database → export is identical', () => {
    const db = tempDbPath();
    nadzor(
      'import',
      writeFile(db, 'good.json', [goodCase, { ...goodCase, registryNumber: 'R-2', defendants: [] }]),
      '--db',
      db,
    );
    const first = join(dirname(db), 'first.json');
    const second = join(dirname(db), 'second.json');
    expect(nadzor('export', '--out', first, '--db', db).stdout).toBe(`exported 2 cases to ${first}\n`);
    const copy = join(dirname(db), 'copy.sqlite');
    expect(nadzor('import', first, '--db', copy).code).toBe(0);
    expect(nadzor('export', '--out', second, '--db', copy).code).toBe(0);
    expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));
  });

  it('reports an unreadable or non-JSON file in one line', () => {
    const db = tempDbPath();
    const notJson = join(dirname(db), 'x.json');
    writeFileSync(notJson, '{"format": ');
    expect(nadzor('import', notJson, '--db', db)).toMatchObject({ code: 1 });
    expect(nadzor('import', notJson, '--db', db).stderr.trim().split('\n')).toHaveLength(1);
    expect(nadzor('import', join(dirname(db), 'missing.json'), '--db', db).stderr).toMatch(
      /cannot read .*missing\.json: ENOENT/,
    );
    // JSON, though not a case file: said as such, not taken for a spreadsheet.
    const nothing = join(dirname(db), 'null.json');
    writeFileSync(nothing, 'null');
    expect(nadzor('import', nothing, '--db', db)).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^[^\n]*null\.json: expected an object with fields/) as unknown,
    });
  });

  it('refuses a Windows-1251 file, repeated keys and broken characters by name and place, and writes nothing', () => {
    const db = tempDbPath();
    const ansi = join(dirname(db), 'ansi.json');
    const text = JSON.stringify({ format: 'nadzor.cases/v1', cases: [{ ...goodCase, district: 'Есиль' }] });
    // As Notepad saves "ANSI" on a Russian Windows: А–я as the bytes 0xC0–0xFF.
    const windows1251 = [...text].map((c) =>
      c >= 'А' && c <= 'я' ? c.charCodeAt(0) - 0x350 : c.charCodeAt(0),
    );
    writeFileSync(ansi, Buffer.from(windows1251));
    const refused = nadzor('import', ansi, '--db', db);
    expect(refused).toMatchObject({ code: 1, stdout: '' });
    expect(refused.stderr).toBe(
      `nadzor: ${ansi}: The file is saved in the Windows-1251 (Cyrillic) encoding; save it as UTF-8 (in Notepad: Save as → Encoding: UTF-8) and import it again; nothing was written\n`,
    );

    const twice = join(dirname(db), 'twice.json');
    writeFileSync(
      twice,
      '{"format": "nadzor.cases/v1", "cases": [{"registryNumber": "LS\\ud800", "article": "194", "article": "190"}]}',
    );
    expect(nadzor('import', twice, '--db', db).stderr.trim().split('\n')).toEqual([
      'cases[0]: the field “article” is given twice in one object; keep one',
      'cases[0].registryNumber: the text holds a broken character (half of a UTF-16 pair); type it again',
    ]);
    expect(existsSync(db)).toBe(false);
  });

  it('demo fills an empty database once and refuses a database with cases', () => {
    const db = tempDbPath();
    const filled = nadzor('demo', '--db', db);
    expect(filled.code).toBe(0);
    expect(filled.stdout).toMatch(/^demo: \d+ cases/);
    const again = nadzor('demo', '--db', db);
    expect(again).toMatchObject({ code: 1 });
    expect(again.stderr).toMatch(/already has cases/);
    expect(nadzor('audit', 'verify', '--db', db).code).toBe(0);
  });

  it('export to a .xlsx file writes the case list as a spreadsheet in the language asked; .json stays the case file', async () => {
    const db = tempDbPath();
    const other = { ...goodCase, registryNumber: '245100031000124', district: 'Nura', damageKzt: null };
    expect(nadzor('import', writeFile(db, 'two.json', [goodCase, other]), '--db', db).code).toBe(0);
    const xlsx = join(dirname(db), 'cases.XLSX');
    expect(nadzor('export', '--out', xlsx, '--db', db, '--lang', 'kk').stdout).toBe(
      `exported 2 cases to the spreadsheet ${xlsx}\n`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    const sheet = workbook.getWorksheet('Істер')!;
    expect(sheet.rowCount).toBe(3);
    expect([1, 4, 5, 13].map((column) => sheet.getRow(1).getCell(column).value)).toEqual([
      'СДТБТ нөмірі',
      'Аудан',
      'Тіркелген күні',
      'Залал, теңге',
    ]);
    expect([1, 4, 5, 13].map((column) => sheet.getRow(2).getCell(column).value)).toEqual([
      '245100031000123',
      'Алматы',
      new Date('2024-02-11T00:00:00.000Z'),
      1500000,
    ]);
    expect(sheet.getRow(3).getCell(4).value).toBe('Нұра');
    expect(sheet.getRow(3).getCell(13).value).toBeNull();

    const json = join(dirname(db), 'cases.json');
    expect(nadzor('export', '--out', json, '--db', db).code).toBe(0);
    expect(JSON.parse(readFileSync(json, 'utf8'))).toMatchObject({ format: 'nadzor.cases/v1' });
    expect(nadzor('export', '--out', xlsx, '--db', db, '--lang', 'de').stderr).toMatch(
      /expected ru, kk or en/,
    );
  });

  it('import of a spreadsheet: the columns by a mapping file (headers or letters), every problem by row and column', async () => {
    const db = tempDbPath();
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Дела').addRows([
      ['No', 'Registered', 'Area', 'Art.'],
      ['245100031000901', '15.01.2024', 'Yesil', '194'],
      ['245100031000902', 'soon', 'Нұра', '194'],
    ]);
    const sheet = join(dirname(db), 'cases.xlsx');
    await workbook.xlsx.writeFile(sheet);
    const mapping = join(dirname(db), 'mapping.json');
    writeFileSync(
      mapping,
      JSON.stringify({ registryNumber: 'A', registeredOn: 'Registered', district: 'C', article: 'Art.' }),
    );

    const bad = nadzor('import', sheet, '--mapping', mapping, '--db', db);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n')).toEqual([
      'row 3, column B (Registered): “soon” is not a date: write it as 31.12.2024',
      'nothing was written',
    ]);

    workbook.getWorksheet('Дела')!.getCell('B3').value = new Date(Date.UTC(2024, 1, 2));
    await workbook.xlsx.writeFile(sheet);
    const good = nadzor('import', sheet, '--mapping', mapping, '--db', db);
    expect(good.stdout).toMatch(/^imported 2 cases from .*cases\.xlsx: 2 new, 0 updated, 0 skipped/);
    const exported = join(dirname(db), 'back.json');
    expect(nadzor('export', '--out', exported, '--db', db).code).toBe(0);
    const cases = (JSON.parse(readFileSync(exported, 'utf8')) as { cases: Record<string, unknown>[] }).cases;
    expect(cases.map((c) => [c.registryNumber, c.registeredOn, c.district])).toEqual([
      ['245100031000901', '2024-01-15', 'Yesil'],
      ['245100031000902', '2024-02-02', 'Nura'],
    ]);

    writeFileSync(mapping, JSON.stringify({ registryNumber: 'Z' }));
    expect(nadzor('import', sheet, '--mapping', mapping, '--db', db).stderr).toMatch(
      /The sheet has no column “Z”/,
    );
    expect(
      nadzor('import', writeFile(db, 'plain.json', [goodCase]), '--mapping', mapping, '--db', db).stderr,
    ).toMatch(/--mapping is for a spreadsheet/);
  });
});
