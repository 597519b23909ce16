import { describe, expect, it } from 'vitest';
import { screenFormats, trendOf } from './report-format';

// The formats separate thousands with a (narrow) no-break space in Russian and Kazakh; compare with plain spaces.
const plain = (text: string | null) => text?.replace(/[\u00a0\u202f]/g, ' ') ?? null;

describe('figures on the Reports screen', () => {
  it('write numbers and shares as each language does', () => {
    const ru = screenFormats('ru');
    expect(plain(ru.number(1500))).toBe('1 500');
    expect(plain(ru.number(3.5))).toBe('3,5');
    expect(plain(ru.percent(65.4))).toBe('65,4 %');
    const kk = screenFormats('kk');
    expect(plain(kk.number(1500))).toBe('1 500');
    expect(plain(kk.percent(65.4))).toBe('65,4%');
    const en = screenFormats('en');
    expect(en.number(1500)).toBe('1,500');
    expect(en.percent(65.4)).toBe('65.4%');
    expect(en.percent(100)).toBe('100%');
  });

  it('keep shares stored with one decimal free of floating-point noise', () => {
    expect(screenFormats('en').percent(28)).toBe('28%');
    expect(screenFormats('en').percent(57.1)).toBe('57.1%');
  });

  it('show a share of nothing as a dash, never as 0 %', () => {
    expect(screenFormats('ru').percent(null)).toBe('—');
  });

  it('sign changes with a true minus, and have no percentage for a district that is new', () => {
    const ru = screenFormats('ru');
    expect(plain(ru.change(-21.4))).toBe('\u221221,4 %');
    expect(plain(ru.change(100))).toBe('+100 %');
    expect(plain(ru.change(0))).toBe('0 %');
    expect(ru.change(null)).toBeNull();
    expect(screenFormats('en').change(-1.9)).toBe('\u22121.9%');
  });

  it('tell rises, falls, no change and new apart', () => {
    expect([trendOf(12.5), trendOf(-3), trendOf(0), trendOf(null)]).toEqual(['up', 'down', 'same', 'new']);
  });
});
