import { describe, expect, it } from 'vitest';
import {
  calendarYear,
  halfPeriod,
  isCalendarYear,
  namePeriod,
  parseHalf,
  parseQuarter,
  quarterPeriod,
  shiftDate,
  shiftPeriod,
} from './period';

describe('periods a year apart', () => {
  it('moves a date by whole years, 29 February to 28 February in a common year', () => {
    expect(shiftDate('2024-07-15', -1)).toBe('2023-07-15');
    expect(shiftDate('2024-02-29', -1)).toBe('2023-02-28');
    expect(shiftDate('2023-03-01', 1)).toBe('2024-03-01');
  });

  it("compares a leap year's first quarter with the whole first quarter before, and back", () => {
    expect(shiftPeriod({ from: '2024-01-01', to: '2024-03-31' }, -1)).toEqual({
      from: '2023-01-01',
      to: '2023-03-31',
    });
    expect(shiftPeriod({ from: '2024-02-01', to: '2024-02-29' }, -1)).toEqual({
      from: '2023-02-01',
      to: '2023-02-28',
    });
    expect(shiftPeriod({ from: '2023-02-01', to: '2023-02-28' }, 1)).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
    });
  });

  it('knows the calendar year', () => {
    expect(calendarYear(2024)).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(isCalendarYear(calendarYear(2024), 2024)).toBe(true);
    expect(isCalendarYear({ from: '2024-01-01', to: '2024-06-30' }, 2024)).toBe(false);
  });
});

describe('quarters, halves and their names', () => {
  it('gives a quarter and a half-year their days', () => {
    expect(quarterPeriod(2024, 1)).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(quarterPeriod(2024, 3)).toEqual({ from: '2024-07-01', to: '2024-09-30' });
    expect(quarterPeriod(2024, 4)).toEqual({ from: '2024-10-01', to: '2024-12-31' });
    expect(halfPeriod(2024, 1)).toEqual({ from: '2024-01-01', to: '2024-06-30' });
    expect(halfPeriod(2023, 2)).toEqual({ from: '2023-07-01', to: '2023-12-31' });
  });

  it('reads 2024Q3 and 2024H1, and nothing else', () => {
    expect(parseQuarter('2024Q3')).toEqual({ from: '2024-07-01', to: '2024-09-30' });
    expect(parseQuarter('2024q2')).toEqual({ from: '2024-04-01', to: '2024-06-30' });
    expect(parseHalf('2024H1')).toEqual({ from: '2024-01-01', to: '2024-06-30' });
    for (const bad of ['2024Q5', '2024Q0', '24Q3', '2024-Q3', 'Q3 2024', '2024H3'])
      expect([parseQuarter(bad), parseHalf(bad)]).toEqual([null, null]);
  });

  it('names a period by its days', () => {
    expect(namePeriod({ from: '2024-01-01', to: '2024-12-31' })).toEqual({ kind: 'year', year: 2024 });
    expect(namePeriod({ from: '2024-04-01', to: '2024-06-30' })).toEqual({
      kind: 'quarter',
      year: 2024,
      quarter: 2,
    });
    expect(namePeriod({ from: '2024-07-01', to: '2024-12-31' })).toEqual({
      kind: 'half',
      year: 2024,
      half: 2,
    });
    expect(namePeriod({ from: '2024-04-01', to: '2024-06-29' })).toEqual({
      kind: 'range',
      from: '2024-04-01',
      to: '2024-06-29',
    });
  });
});
