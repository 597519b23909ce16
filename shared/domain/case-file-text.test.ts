import { describe, expect, it } from 'vitest';
import { decodeCaseFile } from './case-file-encoding';
import { translate } from '../i18n';
import { parseCaseFileText } from './case-file-text';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** Windows-1251 bytes of Cyrillic-and-ASCII text, as Notepad saves "ANSI" on a Russian Windows. */
const cp1251 = (text: string) =>
  Uint8Array.from(
    [...text].map((c) => (c >= 'А' && c <= 'я' ? c.charCodeAt(0) - 0x410 + 0xc0 : c.charCodeAt(0))),
  );
const utf16le = (text: string, bom: boolean) => {
  const out = [...(bom ? [0xff, 0xfe] : [])];
  for (const c of text) out.push(c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8);
  return Uint8Array.from(out);
};

const FILE = '{"format": "nadzor.cases/v1", "cases": [{"district": "Алматы"}]}';

describe('decodeCaseFile', () => {
  it('reads UTF-8, with or without its byte-order mark', () => {
    expect(decodeCaseFile(utf8(FILE))).toEqual({ ok: true, text: FILE });
    expect(decodeCaseFile(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(FILE)]))).toEqual({
      ok: true,
      text: FILE,
    });
  });

  it('names a Windows-1251 file as such instead of reading its Cyrillic as replacement characters', () => {
    expect(decodeCaseFile(cp1251(FILE))).toEqual({
      ok: false,
      problem: { path: '', key: 'errors.import.cp1251' },
    });
  });

  it('names a UTF-16 file as such, with or without its byte-order mark', () => {
    for (const bom of [true, false])
      expect(decodeCaseFile(utf16le(FILE, bom))).toEqual({
        ok: false,
        problem: { path: '', key: 'errors.import.utf16' },
      });
  });

  it('says on which line other bytes that are not UTF-8 begin', () => {
    const bytes = Uint8Array.from([
      ...utf8('{\n "format": "nadzor.cases/v1",\n "x": "'),
      0x80,
      0x81,
      ...utf8('"}'),
    ]);
    expect(decodeCaseFile(bytes)).toEqual({
      ok: false,
      problem: { path: '', key: 'errors.import.notUtf8', params: { line: 3 } },
    });
  });
});

describe('parseCaseFileText', () => {
  it('gives the value of a well-formed file', () => {
    expect(parseCaseFileText(`\uFEFF${FILE}`)).toEqual({
      ok: true,
      value: { format: 'nadzor.cases/v1', cases: [{ district: 'Алматы' }] },
    });
  });

  it('refuses every key given twice in one object, at the object’s path, even `format`', () => {
    const text =
      '{"format": "x", "format": "nadzor.cases/v1", "cases": [{"a": 1, "b": {"c": 1, "c": 2}}, {"a": 1, "a": 2}]}';
    expect(parseCaseFileText(text)).toEqual({
      ok: false,
      problems: [
        { path: '', key: 'errors.import.repeatedKey', params: { key: 'format' } },
        { path: 'cases[0].b', key: 'errors.import.repeatedKey', params: { key: 'c' } },
        { path: 'cases[1]', key: 'errors.import.repeatedKey', params: { key: 'a' } },
      ],
    });
  });

  it('allows one key in two different objects', () => {
    expect(parseCaseFileText('{"cases": [{"a": 1}, {"a": 2}], "a": 3}').ok).toBe(true);
  });

  it('refuses a string or key holding half of a UTF-16 pair, at its path, and keeps a whole pair', () => {
    const text =
      '{"cases": [{"registryNumber": "LS\\ud800", "name": "\\udc00x", "\\ud83d": 1, "ok": "\\ud83d\\ude00"}]}';
    expect(parseCaseFileText(text)).toEqual({
      ok: false,
      problems: [
        { path: 'cases[0].registryNumber', key: 'errors.import.loneSurrogate' },
        { path: 'cases[0].name', key: 'errors.import.loneSurrogate' },
        { path: 'cases[0]', key: 'errors.import.loneSurrogate' },
      ],
    });
  });

  it('refuses text that is not JSON, naming the line and column of the first error and what is wrong', () => {
    const cases: [string, string, number, number][] = [
      ['{"format": ', 'ValueExpected', 1, 12],
      ['{\n  "format": "nadzor.cases/v1",\n  "cases" []\n}', 'ColonExpected', 3, 11],
      ['{\n  "a": 1\n  "b": 2\n}', 'CommaExpected', 3, 3],
      ['[1, 2,]', 'ValueExpected', 1, 7],
      ['{"a": 1} // note', 'InvalidCommentToken', 1, 10],
      ['{"a": "x', 'UnexpectedEndOfString', 1, 7],
      ['{"a": [1, 2}', 'CommaExpected', 1, 12],
    ];
    for (const [text, code, line, column] of cases) {
      expect(parseCaseFileText(text), text).toEqual({
        ok: false,
        problems: [{ path: '', key: `errors.import.json.${code}`, params: { line, column } }],
      });
    }
    expect(translate('ru', 'errors.import.json.CommaExpected', { line: 3, column: 3 })).toBe(
      'Файл не является корректным JSON: нет запятой в строке 3, позиция 3',
    );
  });

  it('refuses nesting deeper than 64 levels before parsing, even 100,000 levels, with the line', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(parseCaseFileText(deep)).toEqual({
      ok: false,
      problems: [{ path: '', key: 'errors.import.tooDeep', params: { limit: 64, line: 1 } }],
    });
    const objects = '{\n"a":'.repeat(65) + '1' + '}'.repeat(65);
    expect(parseCaseFileText(objects)).toEqual({
      ok: false,
      problems: [{ path: '', key: 'errors.import.tooDeep', params: { limit: 64, line: 65 } }],
    });
    // Brackets inside strings are text, not nesting; 64 levels are taken.
    expect(parseCaseFileText(`{"a": "${'['.repeat(1000)}\\"["}`).ok).toBe(true);
    expect(parseCaseFileText('['.repeat(64) + ']'.repeat(64)).ok).toBe(true);
  });
});
