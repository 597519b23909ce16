import { describe, expect, it } from 'vitest';
import { periodHeads } from './period-labels';

describe('the heads of a period and of the same days in other years', () => {
  it('heads a quarter by the quarter of each year, and a whole year by the year alone', () => {
    const quarter = periodHeads({ from: '2024-07-01', to: '2024-09-30' }, 2024, 'ru');
    expect(quarter.isYear).toBe(false);
    expect([quarter.of(2023), quarter.of(2024)]).toEqual(['III кв. 2023', 'III кв. 2024']);
    expect(periodHeads({ from: '2024-07-01', to: '2024-09-30' }, 2024, 'en').of(2020)).toBe('Q3 2020');
    const year = periodHeads({ from: '2024-01-01', to: '2024-12-31' }, 2024, 'ru');
    expect([year.isYear, year.of(2023)]).toEqual([true, '2023']);
  });
});
