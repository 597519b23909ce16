import { describe, expect, it } from 'vitest';
import { formatsFor } from './format';

const NBSP = '\u00a0';

describe('formats of the review', () => {
  it('write numbers and shares as each locale does', () => {
    const [ru, kk, en] = (['ru', 'kk', 'en'] as const).map((language) => formatsFor(language));
    expect(ru!.number(1_500_000.5)).toBe(`1${NBSP}500${NBSP}000,5`);
    expect(kk!.number(1_500_000)).toBe(`1${NBSP}500${NBSP}000`);
    expect(en!.number(1_500_000)).toBe('1,500,000');
    expect(ru!.percent(65.4)).toBe(`65,4${NBSP}%`);
    expect(kk!.percent(65.4)).toBe('65,4%');
    expect(en!.percent(65.4)).toBe('65.4%');
    // Shares are stored with one decimal; a whole share prints without a trailing zero.
    expect(en!.percent(28)).toBe('28%');
  });

  it('sign changes with a true minus, and none for no change', () => {
    const ru = formatsFor('ru');
    expect(ru.change(-21.4)).toBe(`\u221221,4${NBSP}%`);
    expect(ru.change(100)).toBe(`+100${NBSP}%`);
    expect(formatsFor('en').change(0)).toBe('0%');
    expect(formatsFor('en').number(-3)).toBe('\u22123');
  });

  it('write calendar dates in words without shifting them across time zones', () => {
    expect(formatsFor('ru').date('2025-01-15')).toBe('15 января 2025 г.');
    expect(formatsFor('en').date('2025-01-15')).toBe('15 January 2025');
    expect(formatsFor('kk').date('2025-01-15')).toMatch(/^2025 ж\. 15 қаңтар/);
  });
});

describe('Kazakh numbers where the runtime has no Kazakh data', () => {
  it('borrow the Russian format without the space before the percent sign', () => {
    const kk = formatsFor('kk', false);
    const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
    expect(plain(kk.number(1500))).toBe('1 500');
    expect(kk.percent(65.4)).toBe('65,4%');
    expect(kk.change(-21.4)).toBe('\u221221,4%');
  });
});
