import { describe, expect, it } from 'vitest';
import { numberFromText, textOfNumber } from './number-text';

describe('number boxes keep what is typed', () => {
  it('read numbers as people write them in Russian (and Kazakh) and in English', () => {
    expect(numberFromText('1 500 000', 'ru')).toBe(1500000);
    expect(numberFromText('1\u00a0500\u00a0000', 'ru')).toBe(1500000);
    expect(numberFromText('1500,5', 'ru')).toBe(1500.5);
    expect(numberFromText('1500.5', 'ru')).toBe(1500.5);
    expect(numberFromText('1,500,000', 'en')).toBe(1500000);
    expect(numberFromText('1,500.5', 'en')).toBe(1500.5);
    expect(numberFromText(' 15 ', 'ru')).toBe(15);
  });

  it('hand what is not a number to the schema unchanged, so it is refused rather than altered', () => {
    expect(numberFromText('-5000', 'ru')).toBe(-5000);
    expect(numberFromText('1.5', 'en')).toBe(1.5);
    for (const text of ['abc', '12abc', '1 50 000', '5-', '1,5,0', '--5'])
      expect(numberFromText(text, 'ru'), text).toBe(text);
    expect(numberFromText('1,50,000', 'en')).toBe('1,50,000');
  });

  it('read an empty box as "not recorded"', () => {
    expect(numberFromText('', 'ru')).toBeNull();
    expect(numberFromText('   ', 'ru')).toBeNull();
    expect(numberFromText(undefined, 'ru')).toBeNull();
  });

  it('show a stored number so that it reads back as the same number', () => {
    for (const locale of ['ru', 'kk', 'en'] as const) {
      const shown = textOfNumber(1500000, locale, { grouped: true });
      expect(numberFromText(shown, locale)).toBe(1500000);
      expect(numberFromText(textOfNumber(1234.56, locale, { grouped: true }), locale)).toBe(1234.56);
    }
    expect(textOfNumber(1500000, 'kk', { grouped: true })).toBe('1\u00a0500\u00a0000');
    expect(textOfNumber(12, 'ru')).toBe('12');
    expect(textOfNumber(null, 'ru')).toBe('');
  });
});
