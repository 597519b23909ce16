import { describe, expect, it } from 'vitest';
import { calendarYear, isCalendarYear, shiftDate, shiftPeriod } from './period';

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
