import { describe, expect, it } from 'vitest';
import { daysInMonth, isIsoDate, todayIso, yearOf } from './dates';

describe('calendar dates', () => {
  it('accepts real dates only, in YYYY-MM-DD form', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-04-31')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-1-01')).toBe(false);
    expect(isIsoDate('11.02.2024')).toBe(false);
    expect(isIsoDate('2024-02-11T00:00')).toBe(false);
  });

  it('knows month lengths across leap years', () => {
    expect([daysInMonth(2024, 2), daysInMonth(2100, 2), daysInMonth(2000, 2), daysInMonth(2025, 12)]).toEqual(
      [29, 28, 29, 31],
    );
  });

  it('formats the local date and reads the year', () => {
    expect(todayIso(new Date(2025, 0, 5, 23, 30))).toBe('2025-01-05');
    expect(yearOf('2024-12-31')).toBe(2024);
  });
});
