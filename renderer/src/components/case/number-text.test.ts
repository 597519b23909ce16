import { describe, expect, it } from 'vitest';
import { numberFromText, textOfNumber } from './number-text';

describe('number boxes keep what is typed', () => {
  it('read numbers as people write them in Russian (and Kazakh) and in English', () => {
    expect(numberFromText('1 500 000', 'ru-RU')).toBe(1500000);
    expect(numberFromText('1\u00a0500\u00a0000', 'ru-RU')).toBe(1500000);
    expect(numberFromText('1500,5', 'ru-RU')).toBe(1500.5);
    expect(numberFromText('1500.5', 'ru-RU')).toBe(1500.5);
    expect(numberFromText('1,500,000', 'en-GB')).toBe(1500000);
    expect(numberFromText('1,500.5', 'en-GB')).toBe(1500.5);
    expect(numberFromText(' 15 ', 'ru-RU')).toBe(15);
  });

  it('hand what is not a number to the schema unchanged, so it is refused rather than altered', () => {
    expect(numberFromText('-5000', 'ru-RU')).toBe(-5000);
    expect(numberFromText('1.5', 'en-GB')).toBe(1.5);
    for (const text of ['abc', '12abc', '1 50 000', '5-', '1,5,0', '--5'])
      expect(numberFromText(text, 'ru-RU'), text).toBe(text);
    expect(numberFromText('1,50,000', 'en-GB')).toBe('1,50,000');
  });

  it('read an empty box as "not recorded"', () => {
    expect(numberFromText('', 'ru-RU')).toBeNull();
    expect(numberFromText('   ', 'ru-RU')).toBeNull();
    expect(numberFromText(undefined, 'ru-RU')).toBeNull();
  });

  it('show a stored number so that it reads back as the same number', () => {
    for (const locale of ['ru-RU', 'en-GB']) {
      const shown = textOfNumber(1500000, locale, { grouped: true });
      expect(numberFromText(shown, locale)).toBe(1500000);
      expect(numberFromText(textOfNumber(1234.56, locale, { grouped: true }), locale)).toBe(1234.56);
    }
    expect(textOfNumber(12, 'ru-RU')).toBe('12');
    expect(textOfNumber(null, 'ru-RU')).toBe('');
  });
});
