import { describe, expect, it } from 'vitest';
import { daysBetween, daysInMonth, isFutureDate, isIsoDate, todayIso, yearOf } from './dates';

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

  it('counts days across months and leap years', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2024-12-01', '2024-11-30')).toBe(-1);
    expect(daysBetween('2024-12-31', '2025-01-01')).toBe(1);
  });

  it('tells a date still to come from today and the past', () => {
    expect(isFutureDate('2025-03-05', '2025-03-04')).toBe(true);
    expect(isFutureDate('2027-01-03', '2025-03-04')).toBe(true);
    expect(isFutureDate('2025-03-04', '2025-03-04')).toBe(false);
    expect(isFutureDate('2024-12-31', '2025-03-04')).toBe(false);
  });
});
