import { describe, expect, it } from 'vitest';
import { dateInputFormats, datesWritten, formatsFor } from './format';

const NBSP = '\u00a0';
const [ru, kk, en] = (['ru', 'kk', 'en'] as const).map((language) => formatsFor(language)) as [
  ReturnType<typeof formatsFor>,
  ReturnType<typeof formatsFor>,
  ReturnType<typeof formatsFor>,
];

describe('numbers', () => {
  it('group thousands with a no-break space in ru and kk, a comma in en', () => {
    expect(kk.number(12345)).toBe(`12${NBSP}345`);
    expect(ru.number(12345)).toBe(`12${NBSP}345`);
    expect(en.number(12345)).toBe('12,345');
    expect(ru.number(1_500_000.5)).toBe(`1${NBSP}500${NBSP}000,5`);
    expect(en.number(1_234_567)).toBe('1,234,567');
    // Fifteen digits stay as they are: no tenth made up by the rounding's nudge.
    expect(en.number(999_999_999_999_999)).toBe('999,999,999,999,999');
    expect(en.money(999_999_999_999_999)).toBe('₸999,999,999,999,999');
    expect(kk.number(999)).toBe('999');
    expect(ru.number(1000)).toBe(`1${NBSP}000`);
  });

  it('write one decimal at most, without a trailing zero', () => {
    expect(ru.number(3.5)).toBe('3,5');
    expect(en.number(3.5)).toBe('3.5');
    expect(en.number(3.0)).toBe('3');
    expect(en.number(2.25)).toBe('2.3');
    expect(en.number(0.04)).toBe('0');
  });

  it('sign negative numbers with a true minus, and zero with none', () => {
    expect(en.number(-3)).toBe('\u22123');
    expect(kk.number(-12345)).toBe(`\u221212${NBSP}345`);
    expect(ru.number(-0.01)).toBe('0');
    expect(ru.number(0)).toBe('0');
  });

  it('write tenge without tiyn', () => {
    expect(ru.money(1_500_000)).toBe(`1${NBSP}500${NBSP}000${NBSP}₸`);
    expect(kk.money(500_000)).toBe(`500${NBSP}000${NBSP}₸`);
    expect(en.money(1_500_000)).toBe('₸1,500,000');
    expect(en.money(-500)).toBe('\u2212₸500');
  });
});

describe('shares and changes', () => {
  it('put a space before % in Russian only', () => {
    expect(ru.percent(65.4)).toBe(`65,4${NBSP}%`);
    expect(kk.percent(65.4)).toBe('65,4%');
    expect(en.percent(65.4)).toBe('65.4%');
    expect(en.percent(28)).toBe('28%');
    expect(en.percent(57.1)).toBe('57.1%');
  });

  it('sign changes, with none for no change', () => {
    expect(ru.change(-21.4)).toBe(`\u221221,4${NBSP}%`);
    expect(ru.change(100)).toBe(`+100${NBSP}%`);
    expect(kk.change(-21.4)).toBe('\u221221,4%');
    expect(en.change(0)).toBe('0%');
    expect(en.change(0.01)).toBe('0%');
  });
});

describe('dates', () => {
  it('write a calendar date as dd.MM.yyyy in ru and kk, and unambiguously in en', () => {
    expect(ru.date('2025-03-04')).toBe('04.03.2025');
    expect(kk.date('2025-03-04')).toBe('04.03.2025');
    expect(en.date('2025-03-04')).toBe('4 Mar 2025');
    expect(en.date('2024-12-31')).toBe('31 Dec 2024');
  });

  it('write a date in words', () => {
    expect(ru.longDate('2025-01-15')).toBe('15 января 2025 г.');
    expect(kk.longDate('2025-03-04')).toBe('2025 жылғы 4 наурыз');
    expect(en.longDate('2025-01-15')).toBe('15 January 2025');
  });

  it('write moments on this computer’s clock', () => {
    const moment = new Date(2026, 2, 2, 14, 5, 9);
    expect(ru.day(moment)).toBe('02.03.2026');
    expect(ru.time(moment)).toBe('14:05');
    expect(ru.minute(moment)).toBe('02.03.2026, 14:05');
    expect(kk.moment(moment)).toBe('02.03.2026, 14:05:09');
    expect(en.minute(moment.toISOString())).toBe('2 Mar 2026, 14:05');
    expect(ru.dateTime(moment)).toMatch(/^2 марта 2026 г\., 14:05:09 UTC[+\u2212]\d/);
  });

  it('show a date field in the language’s own format and accept ISO dates too', () => {
    expect(dateInputFormats.ru).toEqual(['DD.MM.YYYY', 'D.M.YYYY', 'YYYY-MM-DD']);
    expect(dateInputFormats.kk[0]).toBe('DD.MM.YYYY');
    expect(dateInputFormats.en[0]).toBe('D MMM YYYY');
  });

  it('write the ISO dates among a message’s parameters the language’s way, leaving those named as typed', () => {
    const { date } = formatsFor('ru');
    expect(datesWritten({ date: '2026-12-06', value: '2026-12-06', count: 3 }, date, ['value'])).toEqual({
      date: '06.12.2026',
      value: '2026-12-06',
      count: 3,
    });
    expect(datesWritten({ date: '2024-02-30' }, date)).toEqual({ date: '2024-02-30' });
    expect(datesWritten(undefined, date)).toEqual({});
  });
});
