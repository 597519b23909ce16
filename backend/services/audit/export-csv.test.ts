import { describe, expect, it } from 'vitest';
import { csvField } from './export-csv';

describe('csvField', () => {
  it('quotes a field only when it holds a comma, a quote or a line break (RFC 4180)', () => {
    expect(csvField('Иванова А.')).toBe('Иванова А.');
    expect(csvField(42)).toBe('42');
    expect(csvField(null)).toBe('');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('исх. "17-2"')).toBe('"исх. ""17-2"""');
    expect(csvField('line\r\nnext')).toBe('"line\r\nnext"');
  });

  it('keeps a text a spreadsheet would run as a formula as text', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('+7 701')).toBe("'+7 701");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-1)).toBe('-1');
  });
});
